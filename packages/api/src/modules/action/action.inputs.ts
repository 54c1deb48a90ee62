import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { ActionStatus } from './action.entity';

@InputType({ description: 'Filters for actions; all given filters must match.' })
export class ActionFilter {
  @Field(() => ID, { nullable: true, description: 'Only actions of this plan.' })
  @IsOptional()
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only actions under this pillar.' })
  @IsOptional()
  pillarId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only actions under this priority.' })
  @IsOptional()
  priorityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only actions of this objective.' })
  @IsOptional()
  objectiveId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only actions this agency is responsible for (through the objective or the action): its ID, name, short name or any alias, case-insensitive.',
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  agency?: string | null;

  @Field(() => [ActionStatus], { nullable: true, description: 'Only actions with one of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: ActionStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only actions whose text contains this, case-insensitive.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  search?: string | null;
}
