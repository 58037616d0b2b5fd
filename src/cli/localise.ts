// Errors and bad-value reasons in the user's language: a coded one is said from the catalogue,
// anything else in the English it was raised with.
import type { FesrError, IssueCode } from '../errors.js';
import type { Messages } from '../i18n/messages.js';

export function describeError(error: FesrError, t: Messages): [message: string, hint?: string] {
  const localised = error.detail && t.errors[error.detail.code]?.(error.detail.params);
  return localised ?? [error.message, error.hint];
}

export function describeIssue(
  issue: { reason: string; code?: IssueCode; params?: Record<string, string> },
  t: Messages,
): string {
  return (issue.code && t.admin.rowIssues[issue.code]?.(issue.params ?? {})) || issue.reason;
}
