import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';

@InputType()
export class PriorityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  planId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pillarId?: string | null;
}

@InputType()
export class CreatePriorityInput extends MutationInput {
  @Field(() => ID, { description: 'The pillar the priority belongs to.' })
  pillarId!: string;

  @Field({ description: "The delivery plan table's title." })
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  title!: string;

  @Field(() => String, { nullable: true, description: "The strategy's name for this priority, where it differs." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  strategyName?: string | null;

  @Field(() => String, { nullable: true, description: "The strategy's narrative for this priority." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(10000)
  @NotBlank()
  strategyNarrative?: string | null;

  @Field(() => Int, { nullable: true, description: 'Place within the pillar, from 1; default last.' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  position?: number | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field.' })
export class UpdatePriorityInput extends VersionedInput {
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
  @MaxLength(300)
  @NotBlank()
  strategyName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(10000)
  @NotBlank()
  strategyNarrative?: string | null;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number;
}
