import { ClassType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength, Min, MinLength } from 'class-validator';

/** Every mutation input: an optional idempotency key. */
@InputType()
export abstract class MutationInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller.',
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey?: string | null;
}

/** A change to an existing record: which one, and the version the caller last read. */
@InputType()
export abstract class VersionedInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a record changed since then is a CONFLICT and nothing is written.' })
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'Archive or restore a record: its ID and the version you last read.' })
export class RecordVersionInput extends VersionedInput {}

export { NotBlank } from '../common/validation';

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

/**
 * The fields of `<Type>Payload { <type>: Type!, replayed: Boolean! }`, the result of a mutation on
 * one record: declare `@ObjectType() class ActionPayload extends Payload(Action) {}`.
 */
export function Payload<T extends object>(cls: ClassType<T>) {
  @ObjectType()
  abstract class PayloadClass {
    @Field(() => cls, { name: lowerFirst(cls.name), description: `The ${cls.name} as it is after the change.` })
    record!: T;

    @Field({ description: 'True when an idempotency key matched an earlier call: that first result is returned and nothing was written again.' })
    replayed!: boolean;
  }
  return PayloadClass;
}
