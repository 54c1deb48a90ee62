import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';

@InputType()
export class PillarFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  planId?: string | null;
}

@InputType()
export class CreatePillarInput extends MutationInput {
  @Field(() => ID, { description: 'The delivery plan the pillar belongs to.' })
  planId!: string;

  @Field(() => Int, { description: 'Its number in the plan, from 1; unique within the plan.' })
  @IsInt()
  @Min(1)
  @Max(100)
  number!: number;

  @Field({ description: 'The national name, e.g. "Break drug supply chains".' })
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The heading the delivery plan uses.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  headingInPlan?: string | null;

  @Field(() => String, { nullable: true, description: "The strategy's vision statement for this pillar." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(10000)
  @NotBlank()
  vision?: string | null;

  @Field(() => String, { nullable: true, description: "The CDP subgroup that owns this pillar's action plan." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  subgroup?: string | null;

  @Field(() => String, { nullable: true, description: 'Who leads the pillar for the partnership.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  lead?: string | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field.' })
export class UpdatePillarInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  headingInPlan?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(10000)
  @NotBlank()
  vision?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  subgroup?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  lead?: string | null;
}
