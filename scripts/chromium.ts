/**
 * The one place that says which Chromium the tests, e2e runs and benchmarks drive. Browsers cannot
 * be downloaded on our machines, so we use Debian's (`CHROME_PATH` overrides it).
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep a headless run quiet: no sandbox as root, no GPU, and no background calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs, headless: true } as const;
