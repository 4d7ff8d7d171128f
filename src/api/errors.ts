/** What a failed API call throws: the server's problem details, or a network failure. */
import type { FieldError, Problem } from '../contract/problem.ts';

/** The API answered with an error status (RFC 9457 problem details when it sent them). */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly status: number;
  readonly problem: Problem;
  /** Seconds to wait before trying again (429, 503), from the Retry-After header. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Field errors by path, for showing each message at its field. */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** Worth trying again later: the service is overloaded or briefly unavailable. */
  get transient(): boolean {
    return this.status === 503 || this.status === 429;
  }
}

/** The request did not reach the API or no answer came back (offline, DNS, CORS, connection reset). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(cause: unknown) {
    super('Die Verbindung zum Server ist fehlgeschlagen.', { cause });
  }
}

export function isTransient(error: unknown): error is ProblemError | NetworkError {
  return error instanceof NetworkError || (error instanceof ProblemError && error.transient);
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The error for a failed response: its problem details, or its status alone when the body is not JSON. */
export async function problemError(response: Response): Promise<ProblemError> {
  let problem: Problem = { type: 'about:blank', title: response.statusText || 'Fehler', status: response.status };
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.title === 'string') problem = { ...body, status: response.status, type: body.type ?? 'about:blank', title: body.title };
  } catch {
    // Not JSON (a proxy's error page): the status alone.
  }
  return new ProblemError(problem, retryAfter(response));
}
