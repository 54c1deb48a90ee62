import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';

@InputType()
export class OutcomeMeasureFilter {
  @Field(() => ID, { nullable: true, description: 'Only measures under this national outcome.' })
  @IsOptional()
  outcomeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only measures under outcomes of this pillar.' })
  @IsOptional()
  pillarId?: string | null;
}

@InputType()
export class NationalOutcomeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  planId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pillarId?: string | null;
}
