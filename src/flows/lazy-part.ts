/**
 * A part of a widget that loads on demand (a later step's views, the result page): fetched once per
 * page, prefetched when the browser is idle, and loadable again after a failed attempt.
 */
export interface LazyPart<T> {
  /** The module once loaded; undefined before. */
  readonly value: T | undefined;
  /** Loads the module (or joins the load under way); rejects if the network fails, and may be called again. */
  load(): Promise<T>;
  /** Starts loading when the browser is idle, so the citizen rarely waits; failures wait for `load()`. */
  prefetch(): void;
}

const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
};

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  const load = (): Promise<T> =>
    (pending ??= importer().then(
      (module) => (value = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return {
    get value() {
      return value;
    },
    load,
    prefetch() {
      if (!value && !pending) whenIdle(() => void load().catch(() => undefined));
    },
  };
}
