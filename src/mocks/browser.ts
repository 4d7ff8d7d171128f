/**
 * MSW for component tests and dev mode: every request to `…/api/…` is answered by the real API app
 * running in the page (see mock-app.ts). The worker script is served at /mockServiceWorker.js.
 */
import { http } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApp, type MockAppOptions } from './mock-app.ts';

export interface MockApi {
  /** For a test's error states: `worker.use(http.get(…, () => HttpResponse.error()))`, then `resetHandlers()`. */
  readonly worker: SetupWorker;
  stop(): Promise<void>;
}

const fetchJson = async (path: string): Promise<unknown> => {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`Mock data ${path}: ${response.status}`);
  return response.json();
};

/** Starts the in-page API; resolves when requests to /api/* are answered. */
export async function startMockApi(options: Partial<MockAppOptions> = {}): Promise<MockApi> {
  const { app, close } = await createMockApp({ readJson: fetchJson, ...options });
  // Only paths that start with /api/ (and the demo map tiles): '*/api/*' would also catch modules such
  // as /src/api/bookings.ts that a widget imports lazily while the worker runs.
  const worker = setupWorker(http.all(/^https?:\/\/[^/]+\/(api|demo\/tiles)\//, ({ request }) => app.fetch(request)));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return {
    worker,
    async stop() {
      worker.stop();
      await close();
    },
  };
}
