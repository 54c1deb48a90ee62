import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DocumentNode, Kind, OperationDefinitionNode, parse } from 'graphql';

/** The repository root, from packages/api/src/graphql/limits/__tests__. */
export const ROOT = join(__dirname, '..', '..', '..', '..', '..', '..');

/** The API's schema as committed (packages/schema/schema.graphql, checked against the code by schema:check). */
export const schema = buildSchema(readFileSync(join(ROOT, 'packages', 'schema', 'schema.graphql'), 'utf8'));

/** Every operation and fragment the SDK sends (packages/sdk/src/operations/*.graphql), as one document. */
export function sdkDocument(): DocumentNode {
  const dir = join(ROOT, 'packages', 'sdk', 'src', 'operations');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return parse(files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n'));
}

/** The first (or only) operation of a document. */
export function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation in the document');
  return operation;
}
