import { Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Max, Min } from 'class-validator';
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

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date to measure from; default today.' })
  @IsOptional()
  asOf?: string | null;

  @Field(() => [ReprocurementStatus], { nullable: true })
  @IsOptional()
  status?: ReprocurementStatus[] | null;
}
