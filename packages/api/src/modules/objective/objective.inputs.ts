import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ObjectiveFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  planId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pillarId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  priorityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only objectives this agency is responsible for: its ID, name, short name or any alias.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  agency?: string | null;
}
