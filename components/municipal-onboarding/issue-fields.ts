/** Maps the loader's issues to the form: the error summary's entries and each field's message. */
import { formatIssue, type TenantIssue } from '../../src/tenant/issues.ts';
import { fieldId } from '../../src/onboarding/configurator/steps.ts';
import type { FieldError } from '../ui/error-summary.ts';

export function summaryErrors(issues: readonly TenantIssue[]): FieldError[] {
  return issues.map((issue) => ({ fieldId: fieldId(issue.path), message: formatIssue(issue) }));
}

/** The message of the issue at `path` (or inside it, e.g. `offices[0].contact.email`), if any. */
export function errorAt(issues: readonly TenantIssue[], ...paths: string[]): string | undefined {
  const issue = issues.find((i) => paths.includes(i.path));
  return issue ? formatIssue(issue) : undefined;
}
