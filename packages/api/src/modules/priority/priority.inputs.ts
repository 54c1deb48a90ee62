import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';

@InputType()
export class PriorityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  planId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pillarId?: string | null;
}
