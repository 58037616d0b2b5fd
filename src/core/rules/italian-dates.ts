// Dates as Italian texts write them: "30 maggio 2025", "1° giugno 2024", "30/05/2025", "30.05.25".
import { isValidDate } from '../dates.js';

const MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
] as const;

export interface DateMention {
  /** `YYYY-MM-DD`. */
  date: string;
  index: number;
  end: number;
}

const WORDED = new RegExp(
  String.raw`\b(\d{1,2})\s*(?:°|º|o)?\s+(${MONTHS.join('|')})\s+(\d{4})\b`,
  'g',
);
/** One separator throughout: "01/01-31/12" is a yearly span, not 1 January 2031. */
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;

const pad = (n: number) => String(n).padStart(2, '0');

function dateOf(year: number, month: number, day: number): string | null {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isValidDate(date) ? date : null;
}

/** Every date in a searchable (lower-case, accent-free) text, in order of appearance. */
export function findItalianDates(plain: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of plain.matchAll(WORDED)) {
    const date = dateOf(
      Number(m[3]),
      MONTHS.indexOf(m[2] as (typeof MONTHS)[number]) + 1,
      Number(m[1]),
    );
    if (date) found.push({ date, index: m.index, end: m.index + m[0].length });
  }
  for (const m of plain.matchAll(NUMERIC)) {
    const y = Number(m[4]);
    const date = dateOf(y < 100 ? 2000 + y : y, Number(m[3]), Number(m[1]));
    if (date) found.push({ date, index: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
