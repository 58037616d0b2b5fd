// Values the portals write where a fact is not stated. Read as data they would add EUR 100
// billion to a total or keep a call "open, 8796 days"; the importers store null instead and keep
// a note that says what was there. One table, so every mapper reads the same values the same way.
//
// | kind    | rule                                                   | e.g.              |
// |---------|--------------------------------------------------------|-------------------|
// | amount  | a whole amount of nine or more digits, every one a 9   | 99999999999       |
// | closing | a closing year of 2050 or later                        | 2050-12-31        |
// | closing | the opening day itself, 20 or more years later         | 2024-08-06 → 2044-08-06 |
//
// The last one is how incentivi.gov.it records standing measures (a service with no deadline):
// a closing date exactly twenty years after the opening, which no real call window has.

export interface PlaceholderRule {
  kind: 'amount' | 'closing';
  /** The rule in words, for the note kept with the measure. */
  rule: string;
}

interface AmountRule extends PlaceholderRule {
  kind: 'amount';
  matches(amount: number): boolean;
}

interface ClosingRule extends PlaceholderRule {
  kind: 'closing';
  /** `closesOn` and `opensOn` are `YYYY-MM-DD` days. */
  matches(closesOn: string, opensOn: string | null): boolean;
}

/** Fewer nines are ordinary amounts (EUR 999,999 is a real ceiling). */
const ALL_NINES = /^9{9,}$/;
const FAR_FUTURE_YEAR = 2050;
const STANDING_YEARS = 20;

export const AMOUNT_PLACEHOLDERS: readonly AmountRule[] = [
  {
    kind: 'amount',
    rule: 'an amount of nine or more 9s',
    matches: (amount) => Number.isSafeInteger(amount) && ALL_NINES.test(String(amount)),
  },
];

export const CLOSING_PLACEHOLDERS: readonly ClosingRule[] = [
  {
    kind: 'closing',
    rule: `a closing year of ${FAR_FUTURE_YEAR} or later`,
    matches: (closesOn) => Number(closesOn.slice(0, 4)) >= FAR_FUTURE_YEAR,
  },
  {
    kind: 'closing',
    rule: `a closing day ${STANDING_YEARS} or more whole years after the opening day`,
    matches: (closesOn, opensOn) =>
      opensOn !== null &&
      closesOn.slice(4) === opensOn.slice(4) &&
      Number(closesOn.slice(0, 4)) - Number(opensOn.slice(0, 4)) >= STANDING_YEARS,
  },
];

/** The rule an amount matches, or null when it is a real amount. */
export function amountPlaceholder(amount: number): PlaceholderRule | null {
  return AMOUNT_PLACEHOLDERS.find((r) => r.matches(amount)) ?? null;
}

/**
 * The rule a closing date matches, or null when it is a real date. Both are `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:MM` (the time does not matter).
 */
export function closingPlaceholder(
  closesAt: string,
  opensAt: string | null,
): PlaceholderRule | null {
  const opensOn = opensAt ? opensAt.slice(0, 10) : null;
  return CLOSING_PLACEHOLDERS.find((r) => r.matches(closesAt.slice(0, 10), opensOn)) ?? null;
}

/** The line kept in a measure's notes: `Stanziamento: 99999999999 read as not stated (…)`. */
export function placeholderNote(label: string, value: string, rule: PlaceholderRule): string {
  const what = rule.kind === 'amount' ? 'not stated' : 'no closing date stated';
  return `${label}: ${value} read as ${what} (a placeholder: ${rule.rule})`;
}

/** A closing date with a placeholder removed, and the note that says so. */
export function withoutClosingPlaceholder(
  label: string,
  closesAt: string | null,
  opensAt: string | null,
): { closesAt: string | null; note: string | null } {
  const rule = closesAt === null ? null : closingPlaceholder(closesAt, opensAt);
  return rule && closesAt
    ? { closesAt: null, note: placeholderNote(label, closesAt, rule) }
    : { closesAt, note: null };
}
