// The table's locale formats and its footer: amounts and dates the way each language writes them,
// "3 of 8" when --limit cut the rows (the rest counted, never written), and the notes under it.
import { describe, expect, it } from 'vitest';
import { matchMeasures } from '../../../src/core/match.js';
import type { MatchResult } from '../../../src/core/types.js';
import { en } from '../../../src/i18n/en.js';
import { ENGLISH_FORMATS, groupDigits, ITALIAN_FORMATS } from '../../../src/i18n/formats.js';
import { it as italian } from '../../../src/i18n/it.js';
import { createColors } from '../../../src/output/colors.js';
import { formatEuroShort, FooterTally, renderTable } from '../../../src/output/table.js';
import { measure, profile } from '../../helpers/measure.js';

const plain = createColors(false);

describe('locale formats', () => {
  it('groups digits by three, whatever the ICU data of the Node that runs it', () => {
    expect(groupDigits(0, '.')).toBe('0');
    expect(groupDigits(999, '.')).toBe('999');
    expect(groupDigits(8000, '.')).toBe('8.000');
    expect(groupDigits(1234567.6, ',')).toBe('1,234,568');
    expect(groupDigits(-45000, '.')).toBe('-45.000');
  });

  it('writes short amounts in English as the table always has', () => {
    const cases: [number | null, string][] = [
      [null, '–'],
      [500, '€500'],
      [8000, '€8k'],
      [1_500_000, '€1.5M'],
      [25_000_000, '€25M'],
    ];
    for (const [amount, text] of cases) expect(ENGLISH_FORMATS.euroShort(amount)).toBe(text);
    expect(formatEuroShort).toBe(ENGLISH_FORMATS.euroShort);
  });

  it('writes short amounts in Italian: in full below a million, then M€ with a comma', () => {
    const cases: [number | null, string][] = [
      [null, '–'],
      [500, '€ 500'],
      [8000, '€ 8.000'],
      [999_999, '€ 999.999'],
      [999_999.7, '1,0 M€'],
      [1_500_000, '1,5 M€'],
      [25_000_000, '25 M€'],
      [1_500_000_000, '1.500 M€'],
    ];
    for (const [amount, text] of cases) expect(ITALIAN_FORMATS.euroShort(amount)).toBe(text);
    // A table cell is 10 columns wide: enough up to a hundred billion.
    for (const amount of [999_999, 9_949_999, 99_999_999_999])
      expect(ITALIAN_FORMATS.euroShort(amount).length).toBeLessThanOrEqual(10);
  });

  it('writes full amounts and days in each language', () => {
    expect(ENGLISH_FORMATS.euro(26_500_000)).toBe('EUR 26,500,000');
    expect(ITALIAN_FORMATS.euro(26_500_000)).toBe('€ 26.500.000');
    expect(ENGLISH_FORMATS.date('2024-11-12')).toBe('2024-11-12');
    expect(ITALIAN_FORMATS.date('2024-11-12')).toBe('12/11/2024');
    expect(ITALIAN_FORMATS.date('2024-11')).toBe('2024-11');
    expect(en.formats).toBe(ENGLISH_FORMATS);
    expect(italian.formats).toBe(ITALIAN_FORMATS);
  });
});

/** `count` open calls for a small firm, soonest first: call-0 closes first. */
function results(count: number): MatchResult[] {
  const measures = Array.from({ length: count }, (_, i) =>
    measure({
      id: `call-${i}`,
      title: `Call ${i}`,
      opensAt: '2024-01-10',
      closesAt: `2024-1${1 + (i % 2)}-${String(10 + i).padStart(2, '0')}`,
      budgetEur: 1_000_000,
      maxAidEur: 8000,
      aidForms: ['grant'],
      sizes: ['micro', 'small', 'medium'],
    }),
  );
  return matchMeasures(measures, profile({ size: 'small' }), {
    asOf: '2024-10-01',
    statuses: ['open', 'upcoming'],
    sort: 'deadline',
    explain: false,
  });
}

/** Results that throw if read twice or if more than `reads` of them are asked for. */
function counted(items: readonly MatchResult[]): { items: Iterable<MatchResult>; read(): number } {
  let read = 0;
  return {
    items: {
      *[Symbol.iterator]() {
        for (const item of items) {
          read++;
          yield item;
        }
      },
    },
    read: () => read,
  };
}

describe('the table footer', () => {
  it('says "3 of 8" under --limit 3, having read (not written) the other five', () => {
    const all = results(8);
    const source = counted(all);
    const table = renderTable(source.items, {
      messages: en,
      colors: plain,
      width: 80,
      whole: true,
      limit: 3,
    });
    expect(source.read()).toBe(8);
    expect(table).toContain('3 of 8 measures, cut by --limit · allocation EUR 3,000,000');
    for (const r of all.slice(0, 3)) expect(table).toContain(r.measure.id);
    for (const r of all.slice(3)) expect(table).not.toContain(r.measure.id);
  });

  it('says the plain count when the limit cut nothing, and writes the notes under it', () => {
    const table = renderTable(results(2), {
      messages: en,
      colors: plain,
      width: 80,
      limit: 5,
      notes: () => ['first note', 'second note'],
    });
    expect(table).toContain(
      '2 measures · allocation EUR 2,000,000\n0 closing within 30 days\nfirst note\nsecond note\n✓ eligible',
    );
  });

  it('writes Italian amounts and days in the Italian table, English ones in the English', () => {
    const options = { colors: plain, width: 80, limit: 1 };
    const it = renderTable(results(2), { ...options, messages: italian });
    expect(it).toContain('€ 8.000');
    expect(it).toContain('al 10/11/2024');
    expect(it).toContain('1 di 2 misure, limitate da --limit · dotazione € 1.000.000');
    const english = renderTable(results(2), { ...options, messages: en });
    expect(english).toContain('€8k');
    expect(english).toContain('to 2024-11-10');
  });

  it('tallies the matches past the limit, not --explain ✗ rows', () => {
    const [shown, past, ineligible] = results(3) as [MatchResult, MatchResult, MatchResult];
    const tally = new FooterTally();
    tally.add(shown);
    tally.addUnshown(past);
    tally.addUnshown({ ...ineligible, eligibility: 'ineligible' });
    expect(tally.render(en)).toMatch(/^1 of 2 measures, cut by --limit/);
    const none = new FooterTally();
    none.add(shown);
    expect(none.render(en)).toMatch(/^1 measure · /);
  });
});
