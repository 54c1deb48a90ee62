import { defineMutations, mutationDecorator } from '../../core/rules';
import { adminOnly, structure } from '../../auth/permissions';

/** Who may call each of the outcome feature's mutations, and the record that decides their scope. */
export const OUTCOME_MUTATIONS = defineMutations({
  createNationalOutcome: adminOnly,
  updateNationalOutcome: structure('id', 'NationalOutcome'),
  archiveNationalOutcome: adminOnly,
  restoreNationalOutcome: adminOnly,
  createOutcomeMeasure: structure('outcomeId', 'NationalOutcome'),
  updateOutcomeMeasure: structure('id', 'OutcomeMeasure'),
  archiveOutcomeMeasure: structure('id', 'OutcomeMeasure'),
  restoreOutcomeMeasure: structure('id', 'OutcomeMeasure'),
  recordMeasureValue: structure('measureId', 'OutcomeMeasure'),
});

/** `@OutcomeMutation('<name>', () => Payload, options)`: a outcome mutation, named and permitted by its rule above. */
export const OutcomeMutation = mutationDecorator(OUTCOME_MUTATIONS);
