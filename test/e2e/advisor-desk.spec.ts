/**
 * The advisor desk end to end, keyboard only: a citizen books through the booking API, the advisor
 * signs in, finds the booking, confirms it, and the citizen's confirmation mail is in the dev mailbox.
 * Also: the idle warning with "Angemeldet bleiben", the automatic sign-out, and OIDC sign-in against a
 * local `oidc-provider` with a second server started here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { solveChallenge } from 'altcha-lib/v1';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { axeViolations } from './support/axe.ts';

const PASSWORD = 'Demo-Beratung-2026!';

async function advisorCentre(request: APIRequestContext): Promise<string> {
  const r = await request.post('/api/advisor/session', { data: { username: 'dortmund1.beratung', password: PASSWORD, transport: 'bearer' } });
  expect(r.status()).toBe(201);
  const session = await r.json();
  await request.delete('/api/advisor/session', { headers: { Authorization: `Bearer ${session.token}` } });
  return session.account.centreId as string;
}

/** What the booking widget does, through the same public API: options, a free slot, proof of work, booking. */
async function bookAsCitizen(request: APIRequestContext, centreId: string, email: string): Promise<string> {
  const options = await (await request.get(`/api/centres/${centreId}/booking`)).json();
  const topic = options.topics[0] as string;
  const mode = options.modes[0] as string;
  const slots = await (await request.get(`/api/centres/${centreId}/slots?topic=${topic}&mode=${mode}&days=28`)).json();
  const free = (slots.days as Array<{ slots: Array<{ startsAt: string }> }>).flatMap((d) => d.slots).reverse();
  const challenge = await (await request.post('/api/bookings/challenge')).json();
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  const proof = Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature })).toString('base64');
  // The latest free slots: other tests book the earliest ones.
  for (const slot of free.slice(0, 5)) {
    const r = await request.post('/api/bookings', {
      headers: { 'Idempotency-Key': `e2e-desk-${crypto.randomUUID()}` },
      data: { centreId, topic, mode, startsAt: slot.startsAt, tenant: '05913000', contact: { name: 'Kim E2E', email }, consent: true, proof },
    });
    if (r.status() === 201) return (await r.json()).reference as string;
    if (r.status() !== 409) throw new Error(`booking failed: ${r.status()} ${await r.text()}`);
  }
  throw new Error('no free slot');
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    return root.activeElement === el;
  });
}

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable by Tab');
}

async function signIn(page: Page, username: string): Promise<void> {
  const desk = page.locator('soz-advisor-desk');
  await tabTo(page, desk.getByLabel('Benutzername'));
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(desk.getByRole('button', { name: 'Überall abmelden' })).toBeVisible();
}

test('an advisor confirms a new booking by keyboard, and the citizen gets the confirmation mail', async ({ page, request }) => {
  test.setTimeout(60_000);
  const email = `kim-${Date.now()}@example.org`;
  const reference = await bookAsCitizen(request, await advisorCentre(request), email);

  await page.goto('/beratungsplatz/');
  const desk = page.locator('soz-advisor-desk');
  await expect(desk.getByRole('heading', { name: 'Anmeldung für Beratungsstellen' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await signIn(page, 'dortmund1.beratung');
  await expect(desk.getByRole('heading', { name: /^Termine am/ })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await tabTo(page, desk.getByRole('button', { name: 'Liste', exact: true }));
  await page.keyboard.press('Enter');
  await expect(desk.getByRole('heading', { name: /^Die nächsten 28 Tage/ })).toBeFocused();
  const row = desk.getByRole('row').filter({ hasText: 'Kim E2E' }).first();
  await expect(row).toContainText('vorläufig');
  expect(await axeViolations(page)).toEqual([]);

  await tabTo(page, row.getByRole('button', { name: /^Details/ }));
  await page.keyboard.press('Enter');
  const dialog = desk.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Termin ${reference}` })).toBeFocused();
  await expect(dialog).toContainText(email);
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, dialog.getByRole('button', { name: 'Bestätigen' }));
  await page.keyboard.press('Enter');
  await expect(dialog.locator('[data-status]')).toHaveText('bestätigt');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('bestätigt');

  await page.goto('/dev/mailbox');
  const mail = page.getByRole('article').filter({ hasText: `An: ${email}` }).filter({ hasText: 'Ihr Beratungstermin ist bestätigt' });
  await expect(mail).toHaveCount(1);
  await expect(mail).toContainText(reference);
});

test('warns before the idle sign-out, "Angemeldet bleiben" keeps the session, and silence signs out', async ({ page }) => {
  await page.clock.install();
  await page.goto('/beratungsplatz/');
  const desk = page.locator('soz-advisor-desk');
  await signIn(page, 'dortmund2.beratung');

  await page.clock.fastForward('13:30');
  const warning = desk.getByRole('alertdialog', { name: 'Sind Sie noch da?' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Angemeldet bleiben' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  await expect(desk.getByRole('button', { name: 'Überall abmelden' })).toBeVisible();

  await page.clock.fastForward('15:30');
  await expect(desk.getByText('Sie wurden nach längerer Untätigkeit automatisch abgemeldet.')).toBeVisible();
  await expect(desk.getByLabel('Benutzername')).toBeVisible();
  // The server session is gone too: a reload does not sign in again.
  await page.reload();
  await expect(desk.getByRole('heading', { name: 'Anmeldung für Beratungsstellen' })).toBeVisible();
});

test.describe('sign-in through the organisation (OIDC)', () => {
  let provider: Server | undefined;
  let api: ChildProcess | undefined;
  let base = '';

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    provider = createServer();
    await new Promise<void>((resolve) => provider!.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    const port = 8300 + Math.floor(Math.random() * 500);
    base = `http://localhost:${port}`;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const oidc = new Provider(issuer, {
      jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig' }] },
      ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
      clients: [{ client_id: 'desk', client_secret: 'e2e-secret', redirect_uris: [`${base}/api/advisor/oidc/callback`], grant_types: ['authorization_code'], response_types: ['code'] }],
      findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
      loadExistingGrant: async (ctx) => {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
        grant.addOIDCScope('openid profile email');
        await grant.save();
        return grant;
      },
      features: { devInteractions: { enabled: false } },
    });
    // The identity provider's login page, reduced to "this person is dortmund1.beratung".
    provider.on('request', (req, res) => {
      if (req.url?.startsWith('/interaction/')) void oidc.interactionFinished(req, res, { login: { accountId: 'dortmund1.beratung' } }, { mergeWithLastSubmission: false });
      else oidc.callback()(req, res);
    });
    api = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env, PORT: String(port), PGLITE_DIR: mkdtempSync(join(tmpdir(), 'soz-e2e-oidc-')), SEED_CENTRES: '30', LOG_LEVEL: 'warn', NODE_ENV: 'test',
        OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'desk', OIDC_CLIENT_SECRET: 'e2e-secret', OIDC_REDIRECT_URI: `${base}/api/advisor/oidc/callback`,
        OIDC_RETURN_URL: '/beratungsplatz/', OIDC_ACCOUNT_CLAIM: 'sub',
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 120; i++) {
      if (await fetch(`${base}/api/ready`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('server with OIDC did not start');
  });

  test.afterAll(async () => {
    api?.kill('SIGTERM');
    provider?.closeAllConnections();
    await new Promise((resolve) => provider?.close(resolve));
  });

  test('signs in with the identity provider by keyboard and lands on the desk', async ({ page }) => {
    await page.goto(`${base}/beratungsplatz/`);
    const desk = page.locator('soz-advisor-desk');
    const link = desk.getByRole('link', { name: 'Mit dem Konto Ihrer Organisation anmelden' });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${base}/beratungsplatz/`);
    await expect(desk.getByRole('button', { name: 'Überall abmelden' })).toBeVisible();
    await expect(desk.getByRole('heading', { name: /^Termine am/ })).toBeVisible();
  });
});
