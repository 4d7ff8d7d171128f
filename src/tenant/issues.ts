/**
 * A tenant-configuration problem, phrased for the municipal web team that must fix it:
 * where it is, what was expected, what was found, and what to do.
 */
export interface TenantIssue {
  /** JSON path such as `services[2].service`. */
  path: string;
  expected: string;
  found: string;
  /** What to do, in plain German. */
  fix: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nichts';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** One line for the console: precise enough to fix the file without reading our code. */
export function formatIssue(issue: TenantIssue): string {
  return `${issue.path || '(Wurzel)'}: erwartet ${issue.expected}, gefunden ${issue.found}. ${issue.fix}`;
}
