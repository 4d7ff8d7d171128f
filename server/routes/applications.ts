/**
 * Online applications: POST /api/applications (ciphertext + metadata, Idempotency-Key header),
 * and for the authority side GET …/authority/applications/{reference} and POST …/ack with a
 * static bearer token (AUTHORITY_TOKEN).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { applicationSubmission, IDEMPOTENCY_HEADER, idempotencyKey, MAX_CIPHERTEXT_CHARS } from '../../src/contract/applications.ts';
import type { AppEnv } from '../app-env.ts';
import { receiveApplication, sameToken, storedView } from '../domain/applications.ts';
import { ApiProblem, notFound, problemResponse } from '../http/problem.ts';
import { parseJsonBody, parseParam } from '../http/validate.ts';

export const APPLICATIONS_PATH = '/api/applications';
/** The JWE plus a little JSON around it. */
export const APPLICATION_BODY_LIMIT = MAX_CIPHERTEXT_CHARS + 4096;

const referenceParam = z.string().regex(/^SP-[A-Z0-9]{4}-[A-Z0-9]{4}$/, 'eine Vorgangsnummer wie SP-7KQ2-M9XD');

function unauthorized(c: Context<AppEnv>): Response {
  return new Response(
    JSON.stringify({ type: '/api/docs#problem-unauthorized', title: 'Anmeldung erforderlich.', status: 401, detail: 'Bitte senden Sie das Token der Behörde (Authorization: Bearer …).', instance: c.req.path }),
    { status: 401, headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'WWW-Authenticate': 'Bearer realm="authority"' } },
  );
}

export function applicationRoutes(options: { authorityToken?: string | undefined } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limit = bodyLimit({
    maxSize: APPLICATION_BODY_LIMIT,
    onError: (c) => problemResponse(c, new ApiProblem(413, 'tooLarge', 'Der Antrag mit allen Anlagen ist zu groß. Erlaubt sind zusammen etwa 10 MB Anlagen.')),
  });

  app.post(APPLICATIONS_PATH, limit, async (c) => {
    const key = parseParam(c.req.header(IDEMPOTENCY_HEADER) ?? '', idempotencyKey, IDEMPOTENCY_HEADER);
    const submission = await parseJsonBody(c, applicationSubmission);
    const { receipt, created } = await receiveApplication(c.var.deps.storage, c.var.deps.clock(), submission, key);
    c.header('Cache-Control', 'no-store');
    return c.json(receipt, created ? 201 : 200);
  });

  const authorised = (c: Context<AppEnv>): boolean => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    return !!options.authorityToken && !!token && sameToken(token, options.authorityToken);
  };

  app.get('/api/authority/applications/:reference', async (c) => {
    if (!authorised(c)) return unauthorized(c);
    const reference = parseParam(c.req.param('reference'), referenceParam, 'reference');
    const record = await c.var.deps.storage.applications.get(reference);
    if (!record) throw notFound(`Einen Antrag ${reference} gibt es nicht.`);
    c.header('Cache-Control', 'no-store');
    return c.json(storedView(record));
  });

  app.post('/api/authority/applications/:reference/ack', async (c) => {
    if (!authorised(c)) return unauthorized(c);
    const reference = parseParam(c.req.param('reference'), referenceParam, 'reference');
    const record = await c.var.deps.storage.applications.acknowledge(reference, c.var.deps.clock());
    if (!record) throw notFound(`Einen Antrag ${reference} gibt es nicht.`);
    return c.json(storedView(record));
  });

  return app;
}
