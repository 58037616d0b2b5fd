import { en } from './en.js';
import { it } from './it.js';
import type { Lang, Messages } from './messages.js';

export type { Lang, Messages };

const CATALOGUES: Record<Lang, Messages> = { en, it };

export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/** Italian when the locale says so (LC_ALL, then LC_MESSAGES, then LANG), English otherwise. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('it') ? 'it' : 'en';
}
