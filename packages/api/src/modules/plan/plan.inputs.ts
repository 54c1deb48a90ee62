import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';
import { PlanKind, PlanStatus } from './plan.entity';

@InputType()
export class PlanFilter {
  @Field(() => PlanKind, { nullable: true })
  @IsOptional()
  kind?: PlanKind | null;

  @Field(() => String, { nullable: true, description: 'e.g. "2024-25".' })
  @IsOptional()
  @MaxLength(40)
  periodLabel?: string | null;

  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  status?: PlanStatus | null;
}

@InputType({ description: 'A new plan, DRAFT: a strategy, or a delivery plan (of a strategy).' })
export class CreatePlanInput extends MutationInput {
  @Field(() => PlanKind)
  @IsEnum(PlanKind)
  kind!: PlanKind;

  @Field({ description: 'e.g. "Annual Delivery Plan 2025-2026".' })
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  title!: string;

  @Field({ description: 'e.g. "2025-26" or "2024-2027"; unique per kind.' })
  @MinLength(1)
  @MaxLength(40)
  @NotBlank()
  periodLabel!: string;

  @Field(() => LocalDateResolver)
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'On or after periodStart.' })
  periodEnd!: string;

  @Field(() => ID, { nullable: true, description: 'For a delivery plan: the strategy it delivers.' })
  @IsOptional()
  strategyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(10000)
  @NotBlank()
  summary?: string | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field.' })
export class UpdatePlanInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(10000)
  @NotBlank()
  summary?: string | null;
}

@InputType({ description: 'Records that a DRAFT plan was agreed: when, and by which body. Its wording is then locked.' })
export class AgreePlanInput extends VersionedInput {
  @Field(() => LocalDateResolver, { description: 'The date of the meeting that agreed it.' })
  agreedOn!: string;

  @Field({ description: 'The body that agreed it, e.g. "CDP Board".' })
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  agreedBy!: string;
}

@InputType({
  description:
    'A new DRAFT delivery plan for the next period, carried from an existing one: its pillars, priorities and objectives, and its actions that are not COMPLETED or CANCELLED.',
})
export class RollOverPlanInput extends MutationInput {
  @Field(() => ID, { description: 'The delivery plan to carry from (left as it is).' })
  fromPlanId!: string;

  @Field({ description: 'e.g. "2025-26".' })
  @MinLength(1)
  @MaxLength(40)
  @NotBlank()
  periodLabel!: string;

  @Field(() => LocalDateResolver, { description: 'After the period of the plan carried from.' })
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'On or after periodStart.' })
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: 'Default: "Annual Delivery Plan <periodLabel>".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  title?: string | null;
}
