import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';
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
