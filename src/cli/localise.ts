// Errors and bad-value reasons in the user's language: a coded one is said from the catalogue,
// anything else in the English it was raised with.
import { sanitizeText } from '../output/text.js';
import type { FesrError, IssueCode } from '../errors.js';
import type { Messages } from '../i18n/messages.js';

/**
 * An error in the user's language, ready for the terminal: messages quote values from files
 * and flags, so each line goes through the one sanitiser.
 */
export function describeError(error: FesrError, t: Messages): [message: string, hint?: string] {
  const localised = error.detail && t.errors[error.detail.code]?.(error.detail.params);
  const [message, hint] = localised ?? [error.message, error.hint];
  const clean = (text: string) => text.split('\n').map(sanitizeText).join('\n');
  return hint === undefined ? [clean(message)] : [clean(message), clean(hint)];
}

export function describeIssue(
  issue: { reason: string; code?: IssueCode; params?: Record<string, string> },
  t: Messages,
): string {
  return (issue.code && t.admin.rowIssues[issue.code]?.(issue.params ?? {})) || issue.reason;
}
