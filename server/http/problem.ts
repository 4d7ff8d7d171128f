/** Errors as RFC 9457 problem details; handlers throw `ApiProblem`, the app turns it into a response. */
import type { Context } from 'hono';
import { PROBLEM_TYPES, type FieldError, type Problem, type ProblemKind } from '../../src/contract/problem.ts';

const TITLES: Record<ProblemKind, string> = {
  validation: 'Die Angaben sind nicht gültig.',
  malformed: 'Die Anfrage ist nicht lesbar.',
  notFound: 'Nicht gefunden.',
  conflict: 'Das steht im Widerspruch zum aktuellen Stand.',
  tooLarge: 'Die Anfrage ist zu groß.',
  unsupportedMediaType: 'Dieses Format wird nicht angenommen.',
  methodNotAllowed: 'Diese Methode ist hier nicht erlaubt.',
  forbiddenOrigin: 'Diese Website darf die Schnittstelle nicht aufrufen.',
  rateLimited: 'Zu viele Anfragen.',
  unavailable: 'Der Dienst ist vorübergehend nicht erreichbar.',
  internal: 'Ein unerwarteter Fehler ist aufgetreten.',
  unauthorized: 'Anmeldung erforderlich.',
  forbidden: 'Keine Berechtigung.',
};

export class ApiProblem extends Error {
  override name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly kind: ProblemKind,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? TITLES[kind]);
  }
}

export function toProblem(p: ApiProblem, instance?: string): Problem {
  return {
    type: PROBLEM_TYPES[p.kind],
    title: TITLES[p.kind],
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(p.errors?.length ? { errors: p.errors } : {}),
  };
}

export function problemResponse(c: Context, p: ApiProblem): Response {
  const body = toProblem(p, c.req.path);
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...p.headers },
  });
}

export const notFound = (detail: string) => new ApiProblem(404, 'notFound', detail);
