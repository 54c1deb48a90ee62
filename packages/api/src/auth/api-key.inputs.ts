import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { MutationInput, NotBlank } from '../graphql/mutation';
import { ApiKey } from './api-key.entity';
import { Role } from './roles';

@InputType()
export class CreateApiKeyInput extends MutationInput {
  @Field({ description: 'What the key is for, e.g. "RESET case system".' })
  @MinLength(1)
  @MaxLength(200)
  @NotBlank()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Who holds the key; default the name. At most two live keys per principal.' })
  @IsOptional()
  @MaxLength(200)
  principal?: string | null;

  @Field(() => String, { nullable: true, description: 'For agency_editor: the agency (ID, name or alias).' })
  @IsOptional()
  @MaxLength(200)
  agency?: string | null;

  @Field(() => String, { nullable: true, description: 'For pillar_lead: the pillar (ID, or its number 1-3 in the current delivery plan).' })
  @IsOptional()
  @MaxLength(200)
  pillar?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;
}

@InputType()
export class ApiKeyIdInput extends MutationInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class RotateApiKeyInput extends ApiKeyIdInput {
  @Field(() => Date, { nullable: true, description: 'When the new key expires; default never.' })
  @IsOptional()
  expiresAt?: Date | null;
}

@ObjectType({ description: 'A new key. `secret` is shown this once: store it now; it cannot be read again.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field({ description: 'The key to send as "Authorization: Bearer <secret>".' })
  secret!: string;
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;
}
