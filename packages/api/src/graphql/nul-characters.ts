import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { validationError, type FieldProblem } from '../common/errors';

const NUL = '\u0000';
const MESSAGE = 'must not contain the NUL character (U+0000).';

/** Every string in a variable's value that holds U+0000, by path ("input.text", "ids.2"). */
function nulPaths(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulPaths(item, `${path}.${i}`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulPaths(item, `${path}.${key}`, found);
  }
}

/** The arguments whose literal strings in the document hold U+0000, by argument name. */
function literalNulArguments(document: DocumentNode): string[] {
  const found: string[] = [];
  visit(document, {
    Argument(node) {
      let nul = false;
      visit(node.value, {
        [Kind.STRING](s) {
          if (s.value.includes(NUL)) nul = true;
        },
      });
      if (nul) found.push(node.name.value);
    },
  });
  return found;
}

/**
 * Refuses any input string holding U+0000, in variables or in the document's literals, as
 * BAD_USER_INPUT (rule `noNulCharacter`), before anything runs. No plan text has a use for it, and
 * PostgreSQL cannot store it in text (SQLite can): refusing it on both engines keeps them alike and
 * turns what would be a database error into the caller's error.
 */
export const refuseNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const paths: string[] = [];
        for (const [name, value] of Object.entries(request.variables ?? {})) nulPaths(value, name, paths);
        paths.push(...literalNulArguments(document));
        if (!paths.length) return;
        const fields: FieldProblem[] = [...new Set(paths)].map((path) => ({ path, rule: 'noNulCharacter', message: `Argument "${path}" ${MESSAGE}` }));
        // The one validation shape (validationError), thrown as the query limits do (graphql/limits):
        // an error thrown here is the whole answer, HTTP 400.
        const { message, code, extensions } = validationError(fields);
        throw new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
      },
    };
  },
};
