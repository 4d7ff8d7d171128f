/**
 * Query-string parameters described by a strict zod object: their JSON Schema (for the OpenAPI
 * document) and their kind (so the server turns `?topic=a&topic=b&limit=5` into typed values).
 */
import { z } from 'zod';

export type ParamKind = 'string' | 'number' | 'integer' | 'boolean' | 'array';

export interface QueryParameter {
  name: string;
  required: boolean;
  kind: ParamKind;
  /** What the items of an array parameter are. */
  itemKind?: ParamKind;
  schema: Record<string, unknown>;
}

type JsonSchema = Record<string, unknown> & { type?: string; items?: { type?: string } };

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _s, ...rest } = schema;
  return rest;
}

export function queryParameters(schema: z.ZodObject): QueryParameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = strip(z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const kind = (json.type ?? 'string') as ParamKind;
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      required: !optional,
      kind,
      ...(kind === 'array' ? { itemKind: (json.items?.type ?? 'string') as ParamKind } : {}),
      schema: json,
    };
  });
}
