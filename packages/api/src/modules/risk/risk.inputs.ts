import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';
import { RiskStatus } from './risk.entity';
import { RISK_RATING } from './risk.score';

const MAX_SCORE = RISK_RATING.max * RISK_RATING.max;

@InputType({ description: 'Filters for risks; all given filters must match. Archived risks are never listed.' })
export class RiskFilter {
  @Field(() => ID, { nullable: true, description: 'Only risks on this action.' })
  @IsOptional()
  actionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only risks on actions under this pillar.' })
  @IsOptional()
  pillarId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only risks this agency owns: its ID, name, short name or any alias, case-insensitive.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  agency?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only risks scoring at least this (likelihood × impact, 1 to 25).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SCORE)
  minScore?: number | null;

  @Field(() => [RiskStatus], { nullable: true, description: 'Only risks with one of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(RiskStatus, { each: true })
  status?: RiskStatus[] | null;
}

@InputType()
export class CreateRiskInput extends MutationInput {
  @Field(() => ID, { description: 'The action the risk threatens.' })
  actionId!: string;

  @Field({ description: 'What might happen, and its effect on the action.' })
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  description!: string;

  @Field(() => Int, { description: '1 (rare) to 5 (almost certain).' })
  @IsInt()
  @Min(RISK_RATING.min)
  @Max(RISK_RATING.max)
  likelihood!: number;

  @Field(() => Int, { description: '1 (negligible) to 5 (severe).' })
  @IsInt()
  @Min(RISK_RATING.min)
  @Max(RISK_RATING.max)
  impact!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The agency that owns the risk: its ID, name, short name or alias; a live agency. Optional: a risk may be recorded before its owner is agreed.',
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  ownerAgency?: string | null;

  @Field(() => String, { nullable: true, description: 'What is done to make it less likely or less harmful.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  mitigation?: string | null;

  @Field(() => RiskStatus, { nullable: true, description: 'Default OPEN.' })
  @IsOptional()
  @IsEnum(RiskStatus)
  status?: RiskStatus | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field (owner agency, mitigation).' })
export class UpdateRiskInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  description?: string;

  @Field(() => Int, { nullable: true, description: '1 to 5.' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(RISK_RATING.min)
  @Max(RISK_RATING.max)
  likelihood?: number;

  @Field(() => Int, { nullable: true, description: '1 to 5.' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(RISK_RATING.min)
  @Max(RISK_RATING.max)
  impact?: number;

  @Field(() => String, { nullable: true, description: 'The owning agency (ID, name, short name or alias, a live agency); null clears it.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  ownerAgency?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  mitigation?: string | null;

  @Field(() => RiskStatus, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(RiskStatus)
  status?: RiskStatus;
}
