import 'reflect-metadata';
import { join } from 'node:path';
import ts from 'typescript';
import { GraphQLObjectType } from 'graphql';
import { createSchema } from '../../schema';
import { MUTATION_RULES } from '../../modules';

const API_ROOT = join(__dirname, '..', '..', '..');

describe('mutation names and their rules', () => {
  it('are checked by the compiler: every mistake in the fixture is refused, and nothing else', () => {
    const configFile = ts.readConfigFile(join(API_ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, API_ROOT);
    const program = ts.createProgram([join(__dirname, 'mutation-names.fixture.ts')], { ...options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('cover every mutation of the schema, and nothing that is not one', async () => {
    const mutation = (await createSchema()).getMutationType() as GraphQLObjectType;
    expect(Object.keys(MUTATION_RULES).sort()).toEqual(Object.keys(mutation.getFields()).sort());
  });
});
