/** Renders the OpenAPI document as a plain, accessible HTML reference (German). */
import { PROBLEM_TYPES, type ProblemKind } from '../../src/contract/problem.ts';

type Json = Record<string, unknown>;

const escape = (s: unknown): string =>
  String(s).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const PROBLEM_TEXT: Record<ProblemKind, string> = {
  validation: '400 (Pfad- und Suchangaben) oder 422 (JSON-Inhalt): Angaben verletzen das Schema. „errors“ nennt jedes Feld mit Pfad und Meldung.',
  malformed: '400: Der Inhalt ist kein gültiges JSON.',
  notFound: '404: Die angefragte Kommune, Leistung, Beratungsstelle oder Postleitzahl gibt es nicht.',
  conflict: '409: Die Anfrage widerspricht dem aktuellen Stand (etwa ein bereits vergebener Termin).',
  tooLarge: '413: Der Inhalt überschreitet die erlaubte Größe.',
  unsupportedMediaType: '415: Der Inhalt muss JSON sein (Content-Type: application/json).',
  methodNotAllowed: '405: Diese Methode ist für diese Adresse nicht vorgesehen.',
  forbiddenOrigin: '403: Die aufrufende Website steht in keiner Mandantenkonfiguration unter „origins“.',
  rateLimited: '429: Zu viele Anfragen; „Retry-After“ nennt die Wartezeit in Sekunden.',
  unavailable: '503: Die Datenbank ist vorübergehend nicht erreichbar; später erneut versuchen.',
  internal: '500: Unerwarteter Fehler; die Antwort enthält die Anfragekennung im Kopf „X-Request-Id“.',
  unauthorized: '401: Anmeldung fehlt, ist abgelaufen oder wurde beendet (Beratungsplatz, Behördenschnittstelle).',
  forbidden: '403: Angemeldet, aber ohne Berechtigung (Rolle) oder ohne gültiges CSRF-Merkmal.',
};

function schemaName(schema: unknown): string {
  if (schema && typeof schema === 'object' && '$ref' in schema) {
    const id = String((schema as { $ref: string }).$ref).split('/').pop();
    return `<a href="#schema-${escape(id)}">${escape(id)}</a>`;
  }
  return `<code>${escape(JSON.stringify(schema))}</code>`;
}

function operation(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
  const body = op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
  return `<section class="op" id="op-${escape(op.operationId)}">
  <h3><span class="method">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
  <p>${escape(op.summary ?? '')}</p>
  ${
    params.length
      ? `<table><caption>Parameter</caption><thead><tr><th scope="col">Name</th><th scope="col">Ort</th><th scope="col">Pflicht</th><th scope="col">Schema</th><th scope="col">Beschreibung</th></tr></thead><tbody>
  ${params
    .map(
      (p) =>
        `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'ja' : 'nein'}</td><td><code>${escape(JSON.stringify(p.schema))}</code></td><td>${escape(p.description ?? '')}</td></tr>`,
    )
    .join('\n')}</tbody></table>`
      : ''
  }
  ${body?.content ? `<p>Inhalt (JSON): ${schemaName(Object.values(body.content)[0]?.schema)}</p>` : ''}
  <table><caption>Antworten</caption><thead><tr><th scope="col">Status</th><th scope="col">Bedeutung</th><th scope="col">Inhalt</th></tr></thead><tbody>
  ${responses
    .map(([status, r]) => {
      const content = r.content as Record<string, { schema?: unknown }> | undefined;
      const [type, media] = content ? (Object.entries(content)[0] ?? []) : [];
      return `<tr><td>${escape(status)}</td><td>${escape(r.description)}</td><td>${type ? `${escape(type)}: ${schemaName(media?.schema)}` : ''}</td></tr>`;
    })
    .join('\n')}</tbody></table>
</section>`;
}

export function renderDocs(doc: Json): string {
  const info = doc.info as { title: string; version: string; description: string };
  const paths = Object.entries(doc.paths as Record<string, Record<string, Json>>);
  const schemas = Object.entries((doc.components as { schemas: Record<string, unknown> }).schemas);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title)} – Referenz</title>
<link rel="stylesheet" href="/api/docs/style.css">
</head>
<body>
<header><h1>${escape(info.title)}</h1><p>Version ${escape(info.version)} · <a href="/api/openapi.json">OpenAPI 3.1 (JSON)</a></p></header>
<nav aria-label="Inhalt"><ul>
${paths.flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => `<li><a href="#op-${escape(op.operationId)}">${escape(m.toUpperCase())} ${escape(path)}</a></li>`)).join('\n')}
<li><a href="#problems">Fehlerarten</a></li><li><a href="#schemas">Schemas</a></li>
</ul></nav>
<main>
<p>${escape(info.description)}</p>
<h2>Endpunkte</h2>
${paths.flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => operation(path, m, op))).join('\n')}
<h2 id="problems">Fehlerarten (RFC 9457)</h2>
<dl>
${(Object.keys(PROBLEM_TYPES) as ProblemKind[])
  .map((kind) => `<dt id="${escape(PROBLEM_TYPES[kind].split('#')[1])}"><code>${escape(PROBLEM_TYPES[kind])}</code></dt><dd>${escape(PROBLEM_TEXT[kind])}</dd>`)
  .join('\n')}
</dl>
<h2 id="schemas">Schemas</h2>
${schemas.map(([id, schema]) => `<section id="schema-${escape(id)}"><h3>${escape(id)}</h3><pre>${escape(JSON.stringify(schema, null, 2))}</pre></section>`).join('\n')}
</main>
</body>
</html>`;
}

export const DOCS_CSS = `
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1b1b1b; background: #fff; }
a { color: #0b5cad; }
a:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { background: #f3f3f3; padding: 0.75rem; overflow-x: auto; }
.op { border-top: 1px solid #ccc; padding-top: 0.5rem; }
.method { background: #0b5cad; color: #fff; padding: 0 0.4rem; border-radius: 3px; }
table { border-collapse: collapse; margin: 0.5rem 0; width: 100%; }
caption { text-align: left; font-weight: bold; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td code { word-break: break-word; }
`;
