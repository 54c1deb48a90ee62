import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';

@InputType()
export class ObjectiveFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  planId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pillarId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  priorityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only objectives this agency is responsible for: its ID, name, short name or any alias.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  agency?: string | null;
}

const SUB_POINTS_DESCRIPTION = 'Sub-points listed under the objective, in order: at most 20, each 1 to 500 characters.';

@InputType()
export class CreateObjectiveInput extends MutationInput {
  @Field(() => ID, { description: 'The priority the objective belongs to.' })
  priorityId!: string;

  @Field({ description: 'The objective as it should read in the plan.' })
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  text!: string;

  @Field(() => [String], { nullable: true, description: `${SUB_POINTS_DESCRIPTION} Default none.` })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(500, { each: true })
  @NotBlank({ each: true })
  subPoints?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Place within the priority, from 1; default last.' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  position?: number | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are.' })
export class UpdateObjectiveInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  text?: string;

  @Field(() => [String], { nullable: true, description: `Replaces the sub-points; [] removes them. ${SUB_POINTS_DESCRIPTION}` })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(500, { each: true })
  @NotBlank({ each: true })
  subPoints?: string[];

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number;
}
