import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { MutationInput, NotBlank } from '../../graphql/mutation';
import { LatePolicy } from './round.entity';

const ROUND_HELP = 'The round: its ID, or its key "2024-25Q2" (also "2024-25 Q2").';

@InputType({ description: "Opens a plan quarter's reporting round." })
export class OpenRoundInput extends MutationInput {
  @Field({ description: 'The quarter, e.g. "2024-25 Q2"; it must lie within the plan period.' })
  @IsString()
  @MaxLength(20)
  quarter!: string;

  @Field(() => ID, { nullable: true, description: 'The plan; default the delivery plan whose period holds the quarter.' })
  @IsOptional()
  @IsString()
  planId?: string | null;

  @Field(() => LocalDateResolver, {
    description: "The last day for submissions: from the quarter's first day to the end of the quarter after it.",
  })
  deadline!: string;

  @Field(() => LatePolicy, {
    nullable: true,
    description: 'What an update after close does; default the LATE_UPDATES setting (refuse: REFUSE, record: RECORD_LATE).',
  })
  @IsOptional()
  @IsEnum(LatePolicy)
  latePolicy?: LatePolicy | null;
}

@InputType({ description: "Signs off a pillar's updates in an open round: they are final for the quarter." })
export class SignOffPillarInput extends MutationInput {
  @Field({ description: ROUND_HELP })
  @IsString()
  @MaxLength(200)
  roundId!: string;

  @Field(() => ID, { description: "A live pillar of the round's plan." })
  @IsString()
  pillarId!: string;

  @Field(() => String, { nullable: true, description: '1 to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @NotBlank()
  note?: string | null;
}

@InputType({ description: 'Closes a round once every pillar of its plan is signed off, storing its snapshot.' })
export class CloseRoundInput extends MutationInput {
  @Field({ description: ROUND_HELP })
  @IsString()
  @MaxLength(200)
  roundId!: string;

  @Field(() => Int, { nullable: true, description: "The round's version you last read; if it changed since, it is a CONFLICT and nothing is written." })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}
