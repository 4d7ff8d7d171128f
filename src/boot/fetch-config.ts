/**
 * Fetches the resolved tenant configuration, retrying transient failures with backoff.
 * Kept tiny: it is part of loader.js, which has a 3 KB budget.
 */
export type ConfigResponse =
  | { ok: true; json: unknown }
  | { ok: false; reason: 'unknown-tenant' | 'network'; detail: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fetchConfig(url: string, attempts = 4, firstDelayMs = 400): Promise<ConfigResponse> {
  let detail = '';
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(firstDelayMs * 2 ** (attempt - 1));
    try {
      const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
      if (response.ok) return { ok: true, json: await response.json() };
      detail = `HTTP ${response.status}`;
      // An unread body keeps the request open in some browsers.
      void response.body?.cancel();
      if (response.status === 404) return { ok: false, reason: 'unknown-tenant', detail };
      // Other 4xx will not get better by asking again.
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, reason: 'network', detail };
}
