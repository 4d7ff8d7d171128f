/**
 * RFC 9457 problem details, the one error shape of the API: a German human message per field,
 * with the field's path (`topic[1]`, `body.email`), so a form can show it at the right place.
 */
import { z } from 'zod';

export const fieldError = z.strictObject({
  path: z.string(),
  message: z.string(),
});

export const problem = z.object({
  /** A URI naming the kind of problem; documented on /api/docs. */
  type: z.string(),
  title: z.string(),
  status: z.int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(fieldError).optional(),
});

export type FieldError = z.infer<typeof fieldError>;
export type Problem = z.infer<typeof problem>;

/** The kinds of problem and their types (fragments of the reference page). */
export const PROBLEM_TYPES = {
  validation: '/api/docs#problem-validation',
  malformed: '/api/docs#problem-malformed',
  notFound: '/api/docs#problem-not-found',
  conflict: '/api/docs#problem-conflict',
  tooLarge: '/api/docs#problem-too-large',
  unsupportedMediaType: '/api/docs#problem-unsupported-media-type',
  methodNotAllowed: '/api/docs#problem-method-not-allowed',
  forbiddenOrigin: '/api/docs#problem-forbidden-origin',
  rateLimited: '/api/docs#problem-rate-limited',
  unavailable: '/api/docs#problem-unavailable',
  internal: '/api/docs#problem-internal',
  unauthorized: '/api/docs#problem-unauthorized',
  forbidden: '/api/docs#problem-forbidden',
} as const;
export type ProblemKind = keyof typeof PROBLEM_TYPES;
