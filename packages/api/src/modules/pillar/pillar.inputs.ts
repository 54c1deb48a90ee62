import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';

@InputType()
export class PillarFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  planId?: string | null;
}
