import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ExampleFile, ExampleRequest, RecordedExample } from '@cdp/api/dist/rest/examples';

/**
 * The committed OpenAPI document and its recorded examples, and the JSON Schema validation of
 * answers against the document (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses, with ajv-formats).
 */

export const DOCUMENT_FILE = resolve(__dirname, '../../packages/schema/openapi.json');
export const EXAMPLES_FILE = resolve(__dirname, '../../packages/api/src/rest/openapi-examples.json');

export type Json = Record<string, any>;

export const readDocument = (): Json => JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as Json;
export const readExamples = (): ExampleFile => JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')) as ExampleFile;

export const mediaType = (value: string | null | undefined): string | undefined => (value ? value.split(';')[0].trim().toLowerCase() : undefined);
export const isJson = (type: string | undefined): boolean => !!type && (type === 'application/json' || type.endsWith('+json'));

export function ndjsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

const BASE = 'https://cdp.invalid';

/** A schema with its document-local references (#/components/...) made absolute, for ajv. */
function absolute(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(absolute);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Json).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${BASE}${v.slice(1)}` : absolute(v)]),
    );
  }
  return value;
}

/** Validates values against the document's schemas (each compiled once). */
export class SchemaValidator {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  private readonly compiled = new Map<object, ValidateFunction>();

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      this.ajv.addSchema({ ...(absolute(schema) as Json), $id: `${BASE}/components/schemas/${name}` });
    }
  }

  /** The problems of a value against a schema of the document ([] when it conforms). */
  errors(schema: object, value: unknown): string[] {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(absolute(schema) as Json);
      this.compiled.set(schema, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
}

/** The operation of the document an example belongs to. */
export function operationOf(document: Json, example: RecordedExample): Json {
  const operation = document.paths?.[example.path]?.[example.request.method.toLowerCase()] as Json | undefined;
  if (!operation) throw new Error(`${example.request.method} ${example.path} is not in the document`);
  return operation;
}

/** The callers' Authorization headers. */
export type Credentials = Partial<Record<ExampleRequest['as'], string>>;

/** Sends an example's request to a server as it was recorded (setups are the caller's business). */
export async function sendExample(
  origin: string,
  request: ExampleRequest,
  credentials: Credentials,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...(request.headers ?? {}), ...extraHeaders };
  const key = credentials[request.as];
  if (key) headers.authorization = `Bearer ${key}`;
  let body: string | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] ??= 'application/json';
  } else if (request.text !== undefined) body = request.text;
  else if (request.bodyBytes !== undefined) {
    body = JSON.stringify({ text: 'x'.repeat(request.bodyBytes - 11) });
    headers['content-type'] ??= 'application/json';
  }
  return fetch(`${origin}${request.url}`, { method: request.method, headers, body, redirect: 'manual' });
}
