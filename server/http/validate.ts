/**
 * Parsing of path, query and body against the contract's schemas. Query strings are turned into
 * typed values by the schema's own description (numbers, booleans, repeated keys as lists).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { queryParameters, type ParamKind, type QueryParameter } from '../../src/contract/query.ts';
import { fieldErrors } from './messages.ts';
import { ApiProblem } from './problem.ts';

const MAX_QUERY_VALUES = 50;

function convert(raw: string, kind: ParamKind | undefined): unknown {
  if (kind === 'number' || kind === 'integer') {
    return /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
  }
  if (kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

const described = new WeakMap<z.ZodObject, Map<string, QueryParameter>>();

function describe(schema: z.ZodObject): Map<string, QueryParameter> {
  let params = described.get(schema);
  if (!params) {
    params = new Map(queryParameters(schema).map((p) => [p.name, p]));
    described.set(schema, params);
  }
  return params;
}

export function parseQuery<S extends z.ZodObject>(c: Context, schema: S): z.output<S> {
  const params = describe(schema);
  const url = new URL(c.req.url);
  const input: Record<string, unknown> = {};
  let count = 0;
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    count += values.length;
    const param = params.get(name);
    if (param?.kind === 'array') input[name] = values.map((v) => convert(v, param.itemKind));
    else input[name] = values.length === 1 ? convert(values[0]!, param?.kind) : values;
  }
  if (count > MAX_QUERY_VALUES) {
    throw new ApiProblem(400, 'validation', `Höchstens ${MAX_QUERY_VALUES} Suchangaben sind erlaubt.`);
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ApiProblem(400, 'validation', 'Bitte prüfen Sie die Suchangaben.', fieldErrors(result.error, input));
  }
  return result.data;
}

export function parseParam<S extends z.ZodType>(value: string, schema: S, name: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiProblem(400, 'validation', undefined, fieldErrors(result.error, value, name));
  }
  return result.data;
}

/** Reads a JSON body: 415 without JSON content type, 400 when unreadable, 422 when it breaks the schema. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new ApiProblem(415, 'unsupportedMediaType', 'Bitte senden Sie die Angaben als JSON (Content-Type: application/json).');
  }
  let input: unknown;
  try {
    input = JSON.parse(await c.req.text());
  } catch (error) {
    if (error instanceof ApiProblem) throw error;
    throw new ApiProblem(400, 'malformed', 'Der Inhalt ist kein gültiges JSON.');
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ApiProblem(422, 'validation', 'Bitte prüfen Sie die markierten Angaben.', fieldErrors(result.error, input));
  }
  return result.data;
}
