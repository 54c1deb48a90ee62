import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';
import { MeasureDirection, MeasureUnit, MeasureValueKind } from './outcome.entity';

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

@InputType()
export class CreateOutcomeMeasureInput extends MutationInput {
  @Field(() => ID, { description: 'The national outcome the measure sits under.' })
  outcomeId!: string;

  @Field({ description: 'The measure as written in the strategy.' })
  @MinLength(1)
  @MaxLength(1000)
  @NotBlank()
  name!: string;

  @Field(() => MeasureUnit)
  @IsEnum(MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => MeasureDirection)
  @IsEnum(MeasureDirection)
  direction!: MeasureDirection;

  @Field(() => Int, { nullable: true, description: 'Place within the outcome, from 1; default last.' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  position?: number | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are.' })
export class UpdateOutcomeMeasureInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @NotBlank()
  name?: string;

  @Field(() => MeasureUnit, { nullable: true, description: 'PERCENT only when every value of the measure lies from 0 to 100.' })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(MeasureUnit)
  unit?: MeasureUnit;

  @Field(() => MeasureDirection, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(MeasureDirection)
  direction?: MeasureDirection;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number;
}

@InputType({
  description:
    "Records a measure's baseline, target or observed value for a period. A value of the same kind for the same period (start and end) is updated instead, and then expectedVersion (that value's version) is required.",
})
export class RecordMeasureValueInput extends MutationInput {
  @Field(() => ID)
  measureId!: string;

  @Field(() => MeasureValueKind)
  @IsEnum(MeasureValueKind)
  kind!: MeasureValueKind;

  @Field({ description: 'The period as the source gives it, e.g. "2024-25 Q1" or "Jan 2022 to Sep 2023".' })
  @MinLength(1)
  @MaxLength(100)
  @NotBlank()
  periodLabel!: string;

  @Field(() => LocalDateResolver)
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'On or after periodStart.' })
  periodEnd!: string;

  @Field(() => Float, { description: 'A finite number; 0 to 100 for a PERCENT measure.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1e12)
  @Max(1e12)
  value!: number;

  @Field(() => String, { nullable: true, description: 'What the figure counts, where it differs from the measure.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(1000)
  @NotBlank()
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(500)
  @NotBlank()
  source?: string | null;

  @Field(() => Int, { nullable: true, description: 'Required when a value of this kind for this period exists: the version of it you last read.' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType({ description: "A national outcome of a strategy's outcomes framework." })
export class CreateNationalOutcomeInput extends MutationInput {
  @Field(() => ID, { description: 'The strategy whose outcomes framework lists it.' })
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'The pillar it is listed under.' })
  @IsOptional()
  pillarId?: string | null;

  @Field({ description: 'e.g. "Reduce drug supply".' })
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Place in the framework, from 1; default last.' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  position?: number | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field.' })
export class UpdateNationalOutcomeInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  name?: string;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number;
}
