import { en } from './en.js';
import { it } from './it.js';
import type { ReasonParams } from '../core/reason-codes.js';
import type { Reason } from '../core/types.js';
import type { Lang, Messages } from './messages.js';

export type { Lang, Messages };

const CATALOGUES: Record<Lang, Messages> = { en, it };

export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/** A reason in words: the code's sentence, then the words it rests on, when there are any. */
export function describeReason(reason: Reason, t: Messages): string {
  // The code and its params travel together in a Reason, which TypeScript cannot correlate.
  const text = (t.reasons[reason.code] as (p: ReasonParams, t: Messages) => string)(
    reason.params,
    t,
  );
  return reason.quote && reason.source
    ? `${text}; ${t.quoted(reason.source, reason.field ?? '', reason.quote)}`
    : text;
}

/** Italian when the locale says so (LC_ALL, then LC_MESSAGES, then LANG), English otherwise. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('it') ? 'it' : 'en';
}
