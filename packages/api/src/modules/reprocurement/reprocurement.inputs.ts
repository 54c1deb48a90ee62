import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsEnum, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';
import { ReprocurementStatus } from './reprocurement.entity';

@InputType({ description: 'Filters for reprocurement deadlines. Dates are relative to asOf, which defaults to today (UTC).' })
export class ReprocurementFilter {
  @Field(() => Int, { nullable: true, description: 'Only open contracts (not started or in progress) expiring from asOf to asOf + this many days.' })
  @IsOptional()
  @Min(0)
  @Max(3660)
  dueWithinDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only open contracts already expired before asOf; false: only those that are not.' })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "The date to measure from, default today: it also sets the listed contracts' overdue and daysUntilExpiry (unless those fields are given their own asOf).",
  })
  @IsOptional()
  asOf?: string | null;

  @Field(() => [ReprocurementStatus], { nullable: true })
  @IsOptional()
  status?: ReprocurementStatus[] | null;
}

@InputType()
export class CreateReprocurementInput extends MutationInput {
  @Field(() => ID, { description: 'The objective the deadline is listed under.' })
  objectiveId!: string;

  @Field({ description: 'The service, e.g. "Needle exchange supplies".' })
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  service!: string;

  @Field(() => String, { nullable: true, description: 'The current supplier.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  supplier?: string | null;

  @Field(() => LocalDateResolver, { description: 'When the current contract expires (may already have passed: it is then overdue).' })
  expiryDate!: string;

  @Field(() => String, { nullable: true, description: 'The agency responsible for reprocuring it: its ID, name, short name or any alias.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  agency?: string | null;

  @Field(() => ReprocurementStatus, { nullable: true, description: 'Default NOT_STARTED.' })
  @IsOptional()
  @IsEnum(ReprocurementStatus)
  status?: ReprocurementStatus | null;
}

@InputType({
  description: 'Fields to change; omitted fields are left as they are, null clears an optional field. The status changes through setReprocurementStatus.',
})
export class UpdateReprocurementInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  service?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  supplier?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'A correction of the expiry date; an extension goes through setReprocurementStatus.' })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  expiryDate?: string;

  @Field(() => String, { nullable: true, description: 'The responsible agency (ID, name, short name or alias); null clears it.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  agency?: string | null;
}

@InputType({
  description: 'Moves a reprocurement on: its status, and where it changes, its expiry date. EXTENDED needs the new expiry date, later than the current one.',
})
export class SetReprocurementStatusInput extends VersionedInput {
  @Field(() => ReprocurementStatus)
  @IsEnum(ReprocurementStatus)
  status!: ReprocurementStatus;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The new expiry date: required with EXTENDED (and later than the current one), optional otherwise (e.g. the end of an awarded contract).',
  })
  @IsOptional()
  @IsString()
  expiryDate?: string | null;
}
