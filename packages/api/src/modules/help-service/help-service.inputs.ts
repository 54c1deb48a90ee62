import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MutationInput, NotBlank, VersionedInput } from '../../graphql/mutation';
import { IsUkPhone } from '../../common/validation';

@InputType()
export class CreateHelpServiceInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: 'The partnership that publishes it; default the only partnership (required when there are several).' })
  @IsOptional()
  partnershipId?: string | null;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  name!: string;

  @Field({ description: 'What it offers and to whom.' })
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who it serves, e.g. "Adults (18+) living in Tower Hamlets".' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  audience?: string | null;

  @Field(() => Int, { nullable: true, description: '0 to 120, at most maxAge.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 120, at least minAge.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  maxAge?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A UK telephone number: national ("020 7422 6752", "0300 123 6600", "0800 77 66 00"), international ("+44 20 7422 6752"), or a short code (111, 116 123).',
  })
  @IsOptional()
  @MaxLength(40)
  @IsUkPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A web address; the protocol may be left out.' })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ require_protocol: false })
  website?: string | null;

  @Field(() => Int, { nullable: true, description: "Place in the partnership's list, from 1; default last." })
  @IsOptional()
  @Min(1)
  @Max(10000)
  position?: number | null;
}

@InputType({ description: 'Fields to change; omitted fields are left as they are, null clears an optional field.' })
export class UpdateHelpServiceInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @NotBlank()
  audience?: string | null;

  @Field(() => Int, { nullable: true, description: '0 to 120, at most maxAge.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 120, at least minAge.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  maxAge?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A UK telephone number: national ("020 7422 6752", "0300 123 6600", "0800 77 66 00"), international ("+44 20 7422 6752"), or a short code (111, 116 123).',
  })
  @IsOptional()
  @MaxLength(40)
  @IsUkPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A web address; the protocol may be left out.' })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ require_protocol: false })
  website?: string | null;

  @Field(() => Int, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number;
}
