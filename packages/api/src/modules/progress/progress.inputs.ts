import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MutationInput, NotBlank } from '../../graphql/mutation';
import { ActionStatus } from '../action/action.entity';
import { Rag } from './progress.entity';

const QUARTER_HELP = 'A financial-year quarter, e.g. "2024-25 Q1": Q1 is April to June, Q4 January to March.';

@InputType({ description: "A quarterly progress update on an action. Updates form a series: each one is kept, the latest is the action's current state." })
export class RecordProgressInput extends MutationInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The responsible agency the update is for: one of the action's agencies (its own or its objective's). An agency editor's key posts for its own agency (leave it out, or give its own); an admin or pillar lead names the agency, or leaves it out for an update on the action as a whole.",
  })
  @IsOptional()
  @IsString()
  agencyId?: string | null;

  @Field({ description: `${QUARTER_HELP} It must lie within the action's plan period.` })
  @IsString()
  @MaxLength(20)
  quarter!: string;

  @Field(() => ActionStatus, { description: "The action's status as of this update; the action takes it when this is its latest update." })
  @IsEnum(ActionStatus)
  status!: ActionStatus;

  @Field(() => Rag)
  @IsEnum(Rag)
  rag!: Rag;

  @Field(() => Int, { nullable: true, description: '0 to 100, where it fits; 100 if given with COMPLETED.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete?: number | null;

  @Field({ description: 'What was done and what is next: 1 to 4000 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  @NotBlank()
  commentary!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The action's version you last read; if the action changed since, it is a CONFLICT and nothing is written.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}

const REASON_HELP = 'Why: 1 to 2000 characters, kept with the update and in the audit log.';
const UPDATE_VERSION_HELP = "The progress update's version you last read; if it changed since, it is a CONFLICT and nothing is written.";

@InputType({
  description:
    "A correction of a progress update: a new update (same action, agency and quarter) with the values given here and the original's for the rest. The original keeps its values, is marked CORRECTED (correctedBy) and no longer counts.",
})
export class CorrectProgressUpdateInput extends MutationInput {
  @Field(() => ID, { description: 'The progress update to correct: a CURRENT one (neither corrected nor withdrawn).' })
  @IsString()
  id!: string;

  @Field(() => Int, { nullable: true, description: UPDATE_VERSION_HELP })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field({ description: REASON_HELP })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  reason!: string;

  @Field(() => ActionStatus, { nullable: true, description: "The corrected status; default the original's." })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus | null;

  @Field(() => Rag, { nullable: true, description: "The corrected RAG; default the original's." })
  @IsOptional()
  @IsEnum(Rag)
  rag?: Rag | null;

  @Field(() => Int, { nullable: true, description: "The corrected percent (0 to 100), or null to clear it; left out, the original's." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete?: number | null;

  @Field(() => String, { nullable: true, description: "The corrected commentary (1 to 4000 characters); default the original's." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  @NotBlank()
  commentary?: string | null;
}

@InputType({ description: 'A withdrawal of a progress update: it keeps its values, is marked WITHDRAWN with the reason, and no longer counts.' })
export class WithdrawProgressUpdateInput extends MutationInput {
  @Field(() => ID, { description: 'The progress update to withdraw: a CURRENT one (neither corrected nor withdrawn).' })
  @IsString()
  id!: string;

  @Field(() => Int, { nullable: true, description: UPDATE_VERSION_HELP })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field({ description: REASON_HELP })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  reason!: string;
}

@ArgsType()
export class ProgressQuarterArgs {
  @Field({ description: QUARTER_HELP })
  @IsString()
  @MaxLength(20)
  quarter!: string;

  @Field(() => ID, { nullable: true, description: 'The plan; default the delivery plan whose period holds the quarter (else the current delivery plan).' })
  @IsOptional()
  planId?: string | null;
}
