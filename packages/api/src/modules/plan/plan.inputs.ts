import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PlanKind } from './plan.entity';

@InputType()
export class PlanFilter {
  @Field(() => PlanKind, { nullable: true })
  @IsOptional()
  kind?: PlanKind | null;

  @Field(() => String, { nullable: true, description: 'e.g. "2024-25".' })
  @IsOptional()
  @MaxLength(40)
  periodLabel?: string | null;
}
