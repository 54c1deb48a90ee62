import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';
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

@InputType()
export class CreateActionInput extends MutationInput {
  @Field(() => ID, { description: 'The objective the action belongs to.' })
  objectiveId!: string;

  @Field({ description: 'The action as it should read in the plan.' })
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  fundingCondition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  target?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(120)
  durationMonths?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Within the plan's period; default the plan's last day." })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'Default NOT_STARTED.' })
  @IsOptional()
  status?: ActionStatus | null;

  @Field(() => Int, { nullable: true, description: 'Place within the objective, from 1; default last.' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  position?: number | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field.' })
export class UpdateActionInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  text?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  fundingCondition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  target?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(120)
  durationMonths?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => ActionStatus, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(ActionStatus)
  status?: ActionStatus;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number;

  @Field(() => ID, {
    nullable: true,
    description:
      "The lead agency, one of the action's agencies: once it has posted for a quarter, its RAG is the action's quarter RAG; null clears it (then the worst of its agencies' RAGs). Pillar leads and admins only.",
  })
  @IsOptional()
  @IsString()
  leadAgencyId?: string | null;
}
