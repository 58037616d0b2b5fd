// How numbers, amounts and dates are written for people, one set per language; each catalogue
// carries its own (`Messages.formats`), so every table (the search table, the match table) writes
// them the same way. Machine formats (JSON, CSV) never use these: they stay ISO dates and plain
// numbers whatever the language.
//
// Digits are grouped by hand rather than with `toLocaleString`: Italian's CLDR data leaves
// four-digit numbers ungrouped ("8000", where a reader expects "8.000"), and a Node built with
// reduced ICU data would fall back to English separators.

export interface LocaleFormats {
  /** A whole number with the language's thousands separator: `8,000` / `8.000`. */
  integer(n: number): string;
  /** An amount in full, rounded to the euro: `EUR 8,000` / `€ 8.000`. */
  euro(amount: number): string;
  /** An amount in at most 10 characters, for a table cell; null is a dash. */
  euroShort(amount: number | null): string;
  /** A day given as `YYYY-MM-DD`: `2024-11-12` / `12/11/2024`. Anything else is left as is. */
  date(isoDay: string): string;
}

const DASH = '–';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `n` rounded, its digits grouped by three with `separator`. */
export function groupDigits(n: number, separator: string): string {
  const rounded = Math.round(Math.abs(n));
  const digits = String(rounded);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return n < 0 && rounded !== 0 ? `-${grouped}` : grouped;
}

export const ENGLISH_FORMATS: LocaleFormats = {
  integer: (n) => groupDigits(n, ','),
  euro: (amount) => `EUR ${groupDigits(amount, ',')}`,
  // Millions with one decimal below ten, thousands as `k`: what the table has always shown.
  euroShort: (amount) => {
    if (amount === null) return DASH;
    if (amount >= 1e6) return `€${(amount / 1e6).toFixed(amount >= 1e7 ? 0 : 1)}M`;
    if (amount >= 1e3) return `€${Math.round(amount / 1e3)}k`;
    return `€${Math.round(amount)}`;
  },
  date: (isoDay) => isoDay,
};

export const ITALIAN_FORMATS: LocaleFormats = {
  integer: (n) => groupDigits(n, '.'),
  euro: (amount) => `€ ${groupDigits(amount, '.')}`,
  // Below a million the amount in full (`€ 999.999` is 9 characters); from a million on, the
  // same precision as the English short form, written the Italian way: `1,5 M€`, `15 M€`.
  euroShort: (amount) => {
    if (amount === null) return DASH;
    if (Math.round(amount) < 1e6) return `€ ${groupDigits(amount, '.')}`;
    const millions = amount / 1e6;
    if (amount >= 1e7) return `${groupDigits(millions, '.')} M€`;
    return `${millions.toFixed(1).replace('.', ',')} M€`;
  },
  date: (isoDay) => {
    const m = ISO_DAY.exec(isoDay);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDay;
  },
};
