/**
 * /dev/mailbox: the outbox as a page, so `npm start` shows the whole booking loop without a mail
 * server. Off when NODE_ENV=production. No scripts; links are plain anchors.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { latestMessages } from '../mail/outbox.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
/** Turns bare http(s) links of a plain-text body into anchors. */
const linkify = (s: string) => escape(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

const isProduction = (): boolean => typeof process !== 'undefined' && process.env?.NODE_ENV === 'production';

export function bookingDevMailbox(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/dev/mailbox', async (c) => {
    if (isProduction()) return c.html('<!doctype html><html lang="de"><title>Nicht gefunden</title><h1>Seite nicht gefunden</h1></html>', 404);
    const messages = await latestMessages(c.var.deps.storage.sql);
    const time = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
    const items = messages
      .map(
        (m) => `<article aria-labelledby="m${m.id}"><h2 id="m${m.id}">${escape(m.subject)}</h2>
<p class="meta">An: ${escape(m.recipient)} · ${time.format(m.createdAt)} · ${escape(m.kind)}</p>
<pre>${linkify(m.body)}</pre></article>`,
      )
      .join('\n');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    c.header('Cache-Control', 'no-store');
    return c.html(`<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Postausgang (Entwicklung)</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;line-height:1.5}article{border:1px solid #767676;border-radius:.5rem;padding:0 1rem;margin-block:1rem}pre{white-space:pre-wrap;font:inherit}.meta{color:#333}</style></head>
<body><main><h1>Postausgang (nur Entwicklung)</h1>
<p>Hier erscheinen die E-Mails, die die Plattform ohne konfigurierten Mailserver verschicken würde. Im Betrieb (NODE_ENV=production) ist diese Seite abgeschaltet.</p>
${items || '<p>Noch keine Nachrichten.</p>'}
</main></body></html>`);
  });
  return app;
}
