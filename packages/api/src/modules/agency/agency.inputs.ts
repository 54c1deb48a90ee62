import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsOptional, IsString, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';
import { IsUkPhone } from '../../common/validation';
import { AgencyKind } from './agency.entity';

@InputType()
export class AgencyFilter {
  @Field(() => String, { nullable: true, description: 'Agencies whose name, short name or an alias contains this, case-insensitive.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  search?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  kind?: AgencyKind | null;
}

const ALIASES_DESCRIPTION =
  'Other names for the agency (at most 50, each 1 to 200 characters); matched case-insensitively, ignoring surrounding spaces and trailing commas. A name that already belongs to another agency is rejected.';

@InputType()
export class CreateAgencyInput extends MutationInput {
  @Field({ description: 'Canonical name; unique among agencies, their short names and aliases.' })
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "MPS".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(50)
  @NotBlank()
  shortName?: string | null;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  description?: string | null;

  @Field(() => [String], { nullable: true, description: ALIASES_DESCRIPTION })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  @NotBlank({ each: true })
  aliases?: string[] | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field.' })
export class UpdateAgencyInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(50)
  @NotBlank()
  shortName?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(AgencyKind)
  kind?: AgencyKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  description?: string | null;

  @Field(() => String, { nullable: true, description: "The agency's contact for the plan (its lead); null clears it. 1 to 200 characters." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'An email address; null clears it.' })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'A UK telephone number, e.g. "020 7364 5000"; null clears it.' })
  @IsOptional()
  @MaxLength(30)
  @IsUkPhone()
  contactPhone?: string | null;

  @Field(() => [String], { nullable: true, description: `Replaces the set of aliases; [] removes them all. ${ALIASES_DESCRIPTION}` })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  @NotBlank({ each: true })
  aliases?: string[];
}

@InputType({
  description:
    "Merges one agency (the source) into another (the target): the source's responsibilities, reprocurements, name, short name and aliases move to the target, and the source is archived.",
})
export class MergeAgenciesInput extends MutationInput {
  @Field(() => ID, { description: 'The agency to merge away; it is archived, pointing at the target.' })
  sourceId!: string;

  @Field(() => ID, { description: 'The agency that remains.' })
  targetId!: string;

  @Field(() => Int, { description: 'The version of the source you last read.' })
  @Min(1)
  expectedSourceVersion!: number;

  @Field(() => Int, { description: 'The version of the target you last read.' })
  @Min(1)
  expectedTargetVersion!: number;
}

@InputType({ description: "Makes an agency responsible for an objective (adds it to the objective row's agencies)." })
export class AddObjectiveAgencyInput extends MutationInput {
  @Field(() => ID)
  objectiveId!: string;

  @Field({ description: 'The agency: its ID, name, short name or any alias (case-insensitive).' })
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  agency!: string;

  @Field(() => String, { nullable: true, description: 'The wording the plan uses for the agency here, e.g. "LBTH ASC,".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  asWritten?: string | null;
}

@InputType({ description: "Removes an agency's responsibility for an objective." })
export class RemoveObjectiveAgencyInput extends MutationInput {
  @Field(() => ID)
  objectiveId!: string;

  @Field(() => ID)
  agencyId!: string;
}

@InputType({ description: 'Makes an agency responsible for one action, beyond the agencies of its objective row.' })
export class AddActionAgencyInput extends MutationInput {
  @Field(() => ID)
  actionId!: string;

  @Field({ description: 'The agency: its ID, name, short name or any alias (case-insensitive).' })
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  agency!: string;

  @Field(() => String, { nullable: true, description: 'The wording used for the agency here.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  asWritten?: string | null;
}

@InputType({ description: "Removes an agency's responsibility recorded on one action (not those of its objective row)." })
export class RemoveActionAgencyInput extends MutationInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => ID)
  agencyId!: string;
}
