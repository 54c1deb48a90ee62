import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../modules/agency/agency.entity';

export enum ResponsibilitySource {
  OBJECTIVE = 'OBJECTIVE',
  ACTION = 'ACTION',
}
registerEnumType(ResponsibilitySource, {
  name: 'ResponsibilitySource',
  description: 'Where a responsibility is recorded: on the objective row (as the plan lists agencies) or on the action itself.',
});

@ObjectType({ description: "An agency's responsibility, with the agency's name as the plan wrote it." })
export class AgencyResponsibility {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String, { nullable: true, description: 'The wording the plan used, e.g. "LBTH ASC," or "Metropolitan Police Service (MPS)".' })
  asWritten!: string | null;

  @Field(() => ResponsibilitySource)
  source!: ResponsibilitySource;
}
