// Deadlines and halts in the words of a record (`Note_di_apertura_chiusura`, the title): "entro le
// ore 12.00 del 30 maggio 2025", "termini chiusi", "sportello sospeso in data 27-02-2025".
import type { ExtractedRule, Provenance, ProvenanceSource } from '../types.js';
import { findItalianDates, type DateMention } from './italian-dates.js';
import { cueBefore, quoteOf, searchable } from './words.js';

/**
 * The last of these words before a date says what the date is. Closing words make it a deadline;
 * opening words make it a start, which these rules leave to the date fields.
 */
const CLOSING_CUES =
  /\b(entro|fino al|fino alle|fino a|sino al|sino alle|non oltre|scadenza|scade|chiusura|chiudera|chiude|termine|al)\b/g;
const OPENING_CUES =
  /\b(dal|dalle|dall|a partire|a decorrere|apertura|aprira|apre|avvio|operativa|attivo|aperto)\b/g;
/** How far before a date its cue may stand ("entro le ore 12.00 del 30 maggio 2025"). */
const CUE_DISTANCE = 60;
/** After a date, words that keep the call open past it: a first day's hours, not a deadline. */
const OPEN_AFTER =
  /\b(?:fino|sino) (?:a|ad) esaurimento\b|\bfino al totale impegno\b|\bgiorni (?:lavorativi )?successivi\b/;
/**
 * Several windows or sessions, or a first round ("In prima applicazione"): a deadline among them
 * is not the call's own.
 */
const WINDOWS =
  /\b(finestr[ae]|session[ie]|sportelli|edizion[ei]|annualita|ogni anno|ciascun anno|prima applicazione)\b/;

function lastCue(window: string, cues: RegExp): number {
  let last = -1;
  for (const m of window.matchAll(cues)) last = m.index;
  return last;
}

/** Dates of what the firm does after applying, or of its figures: not the call's deadline. */
const OTHER_DATES =
  /\b(rendicontazion\w*|fatturato|bilanci?o?|esercizio|spese|lavori|progett\w*|realizzazion\w*|conclusion\w*|concession\w*|erogazion\w*|istruttori\w*)\b/;

/** A date is a deadline when a closing word is the nearest cue before it. */
function isDeadline(plain: string, mention: DateMention): boolean {
  const window = plain.slice(Math.max(0, mention.index - CUE_DISTANCE), mention.index);
  if (OTHER_DATES.test(window.slice(-45))) return false;
  const closing = lastCue(window, CLOSING_CUES);
  return closing !== -1 && closing > lastCue(window, OPENING_CUES);
}

/**
 * An explicit deadline in `text` earlier than the closing-date field (or the only one there is).
 * Several deadlines (windows) give the last one, marked unsure.
 */
export function deadlineRule(
  text: string,
  field: string,
  source: ProvenanceSource,
  fieldClosesOn: string | null,
): ExtractedRule | null {
  const plain = searchable(text);
  const deadlines = findItalianDates(plain).filter(
    (m) => isDeadline(plain, m) && !OPEN_AFTER.test(plain.slice(m.end, m.end + 120)),
  );
  if (deadlines.length === 0) return null;
  const last = deadlines.reduce((a, b) => (b.date > a.date ? b : a));
  if (fieldClosesOn !== null && last.date >= fieldClosesOn.slice(0, 10)) return null;
  const distinct = new Set(deadlines.map((d) => d.date));
  const from: Provenance = { source, field, quote: quoteOf(text, last.index, last.end) };
  return {
    kind: 'deadline',
    closesOn: last.date,
    sure: distinct.size === 1 && !WINDOWS.test(plain),
    from,
  };
}

/** Words that close a call for good, or stop it for a while. */
const HALTS: { pattern: RegExp; closed: boolean }[] = [
  { pattern: /\btermini (?:sono )?(?:chiusi|scaduti)\b/, closed: true },
  {
    pattern:
      /\b(?:bando|sportello|avviso|misura|procedura) (?:e |risulta |e stat[oa] )?chius[oa]\b/,
    closed: true,
  },
  { pattern: /\bchius[oa] (?:in data|dal|il|a partire dal)\b/, closed: true },
  {
    pattern:
      /\bchiusura anticipata (?:dello sportello |del bando )?(?:in data|dal|il|a partire dal)\b/,
    closed: true,
  },
  {
    pattern: /\b(?:risorse|fondi|dotazione) (?:sono |risultano |e )?(?:esaurit[ei]|terminat[ei])\b/,
    closed: true,
  },
  { pattern: /\besaurimento (?:delle risorse|dei fondi) (?:e avvenuto|in data)\b/, closed: true },
  { pattern: /\btemporaneamente (?:chius[oa]|sospes[oa])\b/, closed: false },
  // The call's suspension, not a suspension the call grants ("sospensione delle rate del mutuo").
  {
    pattern:
      /\b(?:sportello|bando|avviso|misura|procedura|domande)\b[^.;]{0,30}\bsospe(?:s[oa]|nsione)\b|\bsospe(?:s[oa]|nsione) (?:dello sportello|del bando|dell avviso|della misura|dei termini|della presentazione)\b/,
    closed: false,
  },
];
/** "salvo chiusura anticipata", "potrà essere chiuso": a possibility, not a fact. */
const CONDITIONAL =
  /\b(salvo|in caso|qualora|potra|potranno|puo|possono|eventuale|riserva|previst[ao])\b/;

/** A halt in `text`: closed or suspended, from the date after the words when there is one. */
export function haltRule(
  text: string,
  field: string,
  source: ProvenanceSource,
): ExtractedRule | null {
  const plain = searchable(text);
  for (const { pattern, closed } of HALTS) {
    const m = pattern.exec(plain);
    if (!m) continue;
    if (cueBefore(plain, m.index, CONDITIONAL, 40)) continue;
    const end = m.index + m[0].length;
    // "sospeso per tutte e tre le aree interne in data 27-02-2025": the date may stand a clause away.
    const since = findItalianDates(plain).find((d) => d.index >= m.index && d.index - end < 60);
    return {
      kind: 'halt',
      closed,
      since: since?.date ?? null,
      from: { source, field, quote: quoteOf(text, m.index, since ? since.end : end) },
    };
  }
  return null;
}
