import { en } from './en.js';
import { it } from './it.js';
import { helpEn } from './help-en.js';
import { helpIt } from './help-it.js';
import type { HelpMessages } from './help-messages.js';
import type { ReasonParams } from '../core/reason-codes.js';
import type { ExtractedRule, Reason } from '../core/types.js';
import type { Lang, Messages } from './messages.js';

export type { HelpMessages, Lang, Messages };

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

/** A rule read from words, as `fesr show` lists it; `places` names a territory rule's area. */
export function describeRule(rule: ExtractedRule, places: readonly string[], t: Messages): string {
  const w = t.ruleWords;
  if (rule.kind === 'halt')
    return `${rule.closed ? w.closed : w.suspended}${rule.since ? ` ${w.since(rule.since)}` : ''}`;
  const unsure = 'sure' in rule && !rule.sure ? ` (${w.toVerify})` : '';
  return `${w.label[rule.kind]}${unsure}: ${ruleValue(rule, places, t)}`;
}

function ruleValue(
  rule: Exclude<ExtractedRule, { kind: 'halt' }>,
  places: readonly string[],
  t: Messages,
): string {
  const w = t.ruleWords;
  switch (rule.kind) {
    case 'territory':
      return t.list(places);
    case 'sector':
      // A long list of codes says less than the labels it comes from.
      return `${t.list(rule.labels)}${rule.codes.length <= 8 ? ` (ATECO ${rule.codes.join(', ')})` : ''}`;
    case 'deadline':
      return rule.closesOn;
    case 'applicants-only':
      return t.list(rule.who.map(w.restricted));
    case 'special-status':
      return w.statuses(rule.any);
    case 'firm-age':
      return w.age(rule);
    case 'legal-form':
      return t.list(rule.forms.map(t.legalFormName));
    case 'area':
      return w.area(rule.label);
    case 'condition':
      return w.condition(rule.label);
    case 'size-words':
      return w.sizes(rule.sizes);
  }
}

const HELP: Record<Lang, HelpMessages> = { en: helpEn, it: helpIt };

/** The words of `--help` in a language. */
export function helpFor(lang: Lang): HelpMessages {
  return HELP[lang];
}
