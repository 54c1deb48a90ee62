import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'An object with a global ID, fetchable with node(id).',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  /** Read from each record's `globalId` getter (see PlanRecord), never from the numeric key. */
  @Field(() => ID, { name: 'id', description: 'Global object ID.' })
  globalId!: string;
}
