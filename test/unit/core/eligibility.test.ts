import { describe, expect, it } from 'vitest';
import {
  checkApplicant,
  checkStatus,
  checkSector,
  checkSize,
  checkTerritory,
  eligibilityOf,
  reason,
} from '../../../src/core/eligibility.js';
import { measureStatus } from '../../../src/core/dates.js';
import { matchMeasures } from '../../../src/core/match.js';
import { classifySize } from '../../../src/core/size.js';
import { en } from '../../../src/i18n/en.js';
import { describeReason } from '../../../src/i18n/index.js';
import type { Reason } from '../../../src/core/types.js';

const say = (r: Reason) => describeReason(r, en);
import { activity, measure, profile } from '../../helpers/measure.js';

const sme = ['micro', 'small', 'medium'] as const;

describe('size criterion', () => {
  it('fails a large firm on an SME-only call and says "large firm"', () => {
    const basis = classifySize(400, 120_000_000, null);
    const r = checkSize(
      measure({ sizes: [...sme] }),
      profile({ size: 'large', sizeBasis: basis, employees: 400 }),
    );
    expect(r.verdict).toBe('fail');
    expect(say(r)).toMatch(/^large firm/);
    expect(say(r)).toContain('400 employees');
  });
  it('passes an admitted size', () => {
    expect(checkSize(measure({ sizes: [...sme] }), profile({ size: 'small' })).verdict).toBe(
      'pass',
    );
  });
  it('is unknown when the call or the profile does not say', () => {
    expect(checkSize(measure(), profile({ size: 'small' })).verdict).toBe('unknown');
    expect(checkSize(measure({ sizes: [...sme] }), profile()).verdict).toBe('unknown');
  });
  it('applies the MidCap headcount cap to large firms', () => {
    const midcap = measure({ sizes: [...sme, 'large'], maxEmployees: 3000 });
    expect(checkSize(midcap, profile({ size: 'large', employees: 2000 })).verdict).toBe('pass');
    expect(checkSize(midcap, profile({ size: 'large', employees: 3500 })).verdict).toBe('fail');
    expect(checkSize(midcap, profile({ size: 'large' })).verdict).toBe('unknown');
  });
});

describe('sector criterion', () => {
  const digital = measure({
    atecoIncluded: ['*'],
    atecoExcluded: ['A', '!01.61', '61', '62', '63', 'K', '12', '46.35', '47.26'],
  });
  it('explains an exclusion by its level', () => {
    const r = checkSector(digital, profile({ ateco: [activity('62.01')] }));
    expect(r).toMatchObject({ verdict: 'fail' });
    expect(say(r)).toContain('62.01 falls under excluded division 62');
    expect(say(r)).toContain('A except 01.61, 61, 62, 63');
  });
  it('passes when any of several activities qualifies', () => {
    const r = checkSector(digital, profile({ ateco: [activity('62.01'), activity('20.42')] }));
    expect(r.verdict).toBe('pass');
  });
  it('compares ATECO 2025 codes through their 2007 equivalents', () => {
    const fromTwentyFive = {
      code: '62.10',
      version: '2025' as const,
      as2007: ['62.01', '62.01.00'],
      as2025: ['62.10'],
    };
    expect(checkSector(digital, profile({ ateco: [fromTwentyFive] })).verdict).toBe('fail');
    const noEquivalent = { code: '99.99', version: '2025' as const, as2007: [], as2025: ['99.99'] };
    expect(checkSector(digital, profile({ ateco: [noEquivalent] })).verdict).toBe('unknown');
  });
  it('uses a measure written in ATECO 2025 with the 2025 code', () => {
    const k2025 = measure({ atecoIncluded: ['*'], atecoExcluded: ['K'], atecoVersion: '2025' });
    const software = {
      code: '62.01',
      version: '2007' as const,
      as2007: ['62.01'],
      as2025: ['62.10'],
    };
    expect(checkSector(k2025, profile({ ateco: [software] })).verdict).toBe('fail');
  });
  it('is unknown without a code unless every sector is admitted', () => {
    expect(checkSector(digital, profile()).verdict).toBe('unknown');
    expect(checkSector(measure({ atecoIncluded: ['*'] }), profile()).verdict).toBe('pass');
    expect(checkSector(measure(), profile({ ateco: [activity('20.42')] })).verdict).toBe('unknown');
  });
});

describe('territory criterion', () => {
  const ctx = {
    asOf: '2026-11-28',
    municipalityName: (c: string) => ({ '019035': 'Crema', '019036': 'Cremona' })[c],
  };
  it('matches a regional measure in every Lombardy province', () => {
    for (const p of ['CR', 'MI', 'MB', 'SO']) {
      expect(
        checkTerritory(measure({ territory: ['region:03'] }), profile({ province: p }), ctx)
          .verdict,
      ).toBe('pass');
    }
    expect(
      checkTerritory(measure({ territory: ['region:03'] }), profile({ province: 'TO' }), ctx)
        .verdict,
    ).toBe('fail');
  });
  it('matches a national measure everywhere', () => {
    expect(
      checkTerritory(measure({ territory: ['IT'] }), profile({ province: 'NA' }), ctx).verdict,
    ).toBe('pass');
  });
  it('leaves municipality limits to verify in their province (the profile has no municipality), fails elsewhere', () => {
    const crema = measure({ territory: ['municipality:019035', 'municipality:019036'] });
    const r = checkTerritory(crema, profile({ province: 'CR' }), ctx);
    expect(r).toMatchObject({ verdict: 'unknown' });
    expect(say(r)).toContain('Crema, Cremona');
    expect(checkTerritory(crema, profile({ province: 'MI' }), ctx).verdict).toBe('fail');
  });
  it('treats no stated limit as every Lombardy province', () => {
    expect(checkTerritory(measure(), profile({ province: 'LO' }), ctx).verdict).toBe('pass');
    expect(checkTerritory(measure(), profile({ province: 'RM' }), ctx).verdict).toBe('unknown');
  });
});

describe('status criterion', () => {
  it('leaves a call with a deadline but no opening date to verify', () => {
    const r = checkStatus(measure(), measureStatus(null, '2026-12-22', '2026-11-28'), '2026-11-28');
    expect(r).toMatchObject({ verdict: 'unknown' });
    expect(say(r)).toContain('opening date is not known');
    expect(
      checkStatus(measure(), measureStatus('2025-01-15', '2026-12-22', '2026-11-28'), '2026-11-28')
        .verdict,
    ).toBe('pass');
  });
});

describe('applicant criterion', () => {
  it('fails a fund-manager-only measure for a firm, with the reason', () => {
    const r = checkApplicant(measure({ applicants: ['fund-manager'] }), profile());
    expect(r.verdict).toBe('fail');
    expect(say(r)).toMatch(/only fund managers apply/);
    expect(checkApplicant(measure({ applicants: ['public-body'] }), profile()).verdict).toBe(
      'fail',
    );
  });
  it('is unknown for partnerships and passes for firms', () => {
    expect(checkApplicant(measure({ applicants: ['partnership'] }), profile()).verdict).toBe(
      'unknown',
    );
    expect(
      checkApplicant(measure({ applicants: ['firm', 'professional'] }), profile()).verdict,
    ).toBe('pass');
  });
});

describe('matchMeasures', () => {
  const open = { opensAt: '2024-09-03', closesAt: '2024-11-12' };
  const measures = [
    measure({
      id: 'sme',
      title: 'B',
      sizes: [...sme],
      atecoIncluded: ['*'],
      territory: ['region:03'],
      applicants: ['firm'],
      ...open,
    }),
    measure({
      id: 'all',
      title: 'A',
      sizes: [...sme, 'large'],
      atecoIncluded: ['*'],
      territory: ['IT'],
      applicants: ['firm'],
      opensAt: '2024-01-01',
      closesAt: '2024-12-31',
    }),
    measure({ id: 'old', title: 'C', closesAt: '2023-01-01' }),
    measure({ id: 'undated', title: 'D' }),
  ];
  const options = {
    asOf: '2024-10-01',
    statuses: ['open', 'upcoming'] as const,
    sort: 'deadline' as const,
    explain: false,
  };

  it('returns only measures no criterion fails, soonest deadline first', () => {
    const small = profile({ size: 'small', province: 'CR', ateco: [activity('20.42')] });
    const results = matchMeasures(measures, small, { ...options, statuses: ['open', 'upcoming'] });
    expect(results.map((r) => [r.measure.id, r.eligibility])).toEqual([
      ['sme', 'eligible'],
      ['all', 'eligible'],
    ]);
  });
  it('lists failing measures only with explain', () => {
    const large = profile({ size: 'large', province: 'CR' });
    expect(
      matchMeasures(measures, large, { ...options, statuses: ['open'] }).map((r) => r.measure.id),
    ).toEqual(['all']);
    const explained = matchMeasures(measures, large, {
      ...options,
      statuses: ['open'],
      explain: true,
    });
    expect(explained.map((r) => [r.measure.id, r.eligibility])).toEqual([
      ['sme', 'ineligible'],
      ['all', 'eligible'],
    ]);
  });
  it('lists unknown statuses only when asked', () => {
    const any = profile();
    expect(
      matchMeasures(measures, any, { ...options, statuses: ['unknown'] }).map((r) => r.measure.id),
    ).toEqual(['undated']);
  });
  it('sorts by amount and budget with unknown values last', () => {
    const priced = [
      measure({ id: 'a', maxAidEur: 10 }),
      measure({ id: 'b', maxAidEur: null }),
      measure({ id: 'c', maxAidEur: 100 }),
    ];
    const ids = matchMeasures(priced, profile(), {
      ...options,
      statuses: ['unknown'],
      sort: 'amount',
    }).map((r) => r.measure.id);
    expect(ids).toEqual(['c', 'a', 'b']);
  });
  it('derives eligibility from the verdicts', () => {
    expect(eligibilityOf([reason('size', 'pass', 'size-not-stated', {})])).toBe('eligible');
    expect(eligibilityOf([reason('size', 'unknown', 'size-not-stated', {})])).toBe('unverified');
    expect(
      eligibilityOf([
        reason('size', 'fail', 'size-not-stated', {}),
        reason('sector', 'unknown', 'size-not-stated', {}),
      ]),
    ).toBe('ineligible');
  });
});
