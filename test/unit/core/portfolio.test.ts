// The per-firm summary of a portfolio, the criteria that rule a firm's calls out, and `--firm`.
import { describe, expect, it } from 'vitest';
import { addToTotals, emptyTotals, pickFirm, summariseFirm } from '../../../src/core/portfolio.js';
import type { Criterion, Eligibility, MatchResult, Status } from '../../../src/core/types.js';
import { givenCell } from '../../../src/importers/firms-csv.js';
import { cellText } from '../../../src/output/xlsx.js';
import { measure } from '../../helpers/measure.js';

function result(
  id: string,
  eligibility: Eligibility,
  options: {
    maxAid?: number | null;
    status?: Status;
    closesOn?: string | null;
    fails?: Criterion[];
  } = {},
): MatchResult {
  return {
    measure: measure({ id, maxAidEur: options.maxAid ?? null }),
    status: {
      status: options.status ?? 'open',
      opensOn: null,
      closesOn: options.closesOn ?? null,
      daysLeft: null,
    },
    eligibility,
    reasons: (options.fails ?? []).map((criterion) => ({
      criterion,
      verdict: 'fail' as const,
      code: 'size-profile-missing' as const,
      params: {},
      source: null,
      field: null,
      quote: null,
    })),
    alsoIn: [],
    sourceIds: [id],
  };
}

describe('summariseFirm', () => {
  it('counts eligible and to verify, sums the stated maximum aid, finds the nearest deadline', () => {
    const summary = summariseFirm([
      result('a', 'eligible', { maxAid: 100_000, closesOn: '2027-03-01' }),
      result('b', 'unverified', { maxAid: 50_000, closesOn: '2027-01-15' }),
      result('c', 'unverified', { maxAid: null, closesOn: null }),
      // Upcoming: it closes later than it opens; not the nearest deadline to act on now.
      result('d', 'eligible', { status: 'upcoming', closesOn: '2026-12-20' }),
    ]);
    expect(summary).toEqual({
      eligible: 2,
      toVerify: 2,
      reachableEur: 150_000,
      withoutMaxAid: 2,
      nearestDeadline: { closesOn: '2027-01-15', id: 'b' },
    });
  });

  it('is empty for a firm with no call, and the totals count it as without a match', () => {
    const none = summariseFirm([]);
    expect(none).toMatchObject({
      eligible: 0,
      toVerify: 0,
      reachableEur: 0,
      nearestDeadline: null,
    });
    const totals = emptyTotals();
    addToTotals(totals, none);
    addToTotals(totals, summariseFirm([result('a', 'eligible'), result('b', 'unverified')]));
    expect(totals).toEqual({
      firms: 2,
      withoutMatches: 1,
      skipped: 0,
      matches: 2,
      eligible: 1,
      toVerify: 1,
    });
  });
});

describe('pickFirm', () => {
  const firms = [
    { name: 'Cosmetica Cremasca S.r.l.', line: 2 },
    { name: 'Cremasca Due S.r.l.', line: 3 },
    { name: 'Soft Milano S.r.l.', line: 4 },
  ];

  it('takes the exact name (case, accents, punctuation aside), else the one name containing it', () => {
    expect(pickFirm(firms, 'cosmetica cremasca srl')).toEqual({ found: [2] });
    expect(pickFirm(firms, 'SOFT MILANO')).toEqual({ found: [4] });
    expect(pickFirm(firms, 'Due')).toEqual({ found: [3] });
  });

  it('says when a part names several firms, and which names come close to a typo', () => {
    expect(pickFirm(firms, 'Cremasca')).toEqual({
      ambiguous: ['Cosmetica Cremasca S.r.l.', 'Cremasca Due S.r.l.'],
    });
    expect(pickFirm(firms, 'Sotf Milano')).toEqual({ near: ['Soft Milano S.r.l.'] });
    expect(pickFirm(firms, 'Acme')).toEqual({ near: [] });
  });
});

describe('cells that give nothing', () => {
  it('reads n.d., -, /, N/A and blanks as not given, and keeps every real value', () => {
    for (const cell of ['', '  ', 'n.d.', 'N.D.', 'nd', '-', '–', '/', 'n/a', 'N/A', '?', 'n/d'])
      expect(givenCell(cell), JSON.stringify(cell)).toBeNull();
    for (const cell of ['0', 'no', 'MI', '20.42', '3.000.000', 'Crema'])
      expect(givenCell(cell)).toBe(cell);
  });
});

describe('workbook cell text', () => {
  it('drops what XML forbids and keeps Excel’s length limit; text stays text', () => {
    expect(cellText('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
    expect(cellText('lone \ud800 surrogate \udc00')).toBe('lone  surrogate ');
    expect(cellText('emoji 😀 stays')).toBe('emoji 😀 stays');
    expect(cellText('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(cellText('x'.repeat(40_000))).toHaveLength(32_767);
  });
});
