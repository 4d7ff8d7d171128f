/** Building blocks shared by the feature modules that add their paths to the OpenAPI document. */
import { z } from 'zod';

export type Json = Record<string, unknown>;

/** A zod schema as an inline JSON Schema; `input` for request bodies (defaults are optional there). */
export const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Json => {
  const { $schema: _s, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
};
export const jsonBody = (s: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: schema(s) } } });
export const request = (s: z.ZodType) => ({ required: true, content: { 'application/json': { schema: schema(s, 'input') } } });
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
