// The criteria index may only say "cannot pass" where the core surely leaves the record out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOf, mayPass, queryOf } from '../../../src/core/criteria-index.js';
import { measure, profile } from '../../helpers/measure.js';
import { matchMeasures } from '../../../src/core/match.js';
import {
  asOfArb,
  measureArb,
  profileArb,
  statusesArb,
  withdrawnArb,
} from '../../helpers/criteria-arbitraries.js';

describe('mayPass', () => {
  for (const explain of [false, true]) {
    it(`never drops a record the core keeps${explain ? ' (--explain)' : ''}`, () => {
      fc.assert(
        fc.property(
          measureArb,
          withdrawnArb,
          profileArb,
          statusesArb,
          asOfArb,
          (stored, withdrawnOn, profile, statuses, asOf) => {
            const measure = withdrawnOn ? { ...stored, withdrawnOn } : stored;
            const query = queryOf(profile, { asOf, statuses, explain });
            if (mayPass(indexOf(stored), withdrawnOn, query)) return;
            const kept = matchMeasures([measure], profile, {
              asOf,
              statuses,
              explain,
              sort: 'deadline',
            });
            expect(kept).toEqual([]);
          },
        ),
        { numRuns: 6000 },
      );
    });
  }

  it('narrows: a plain SME-only Lombard call is dropped for a large firm in Rome', () => {
    // A fixed record (a sampled one may carry an applicant or a cap that decides on its own).
    const index = indexOf(
      measure({
        sizes: ['small'],
        territory: ['region:03'],
        atecoIncluded: ['*'],
        applicants: ['firm'],
      }),
    );
    const asOf = '2025-01-01';
    const ask = { asOf, statuses: ['open' as const], explain: false };
    expect(mayPass(index, null, queryOf(profile({ size: 'large' }), ask))).toBe(false);
    const rome = queryOf(profile({ province: 'RM' }), ask);
    expect(mayPass(index, null, rome)).toBe(false);
    expect(mayPass(index, null, { ...rome, territoryKeys: ['P:CR', 'R:03'] })).toBe(true);
    expect(mayPass(index, '2024-01-10', { ...rome, territoryKeys: null })).toBe(false);
    expect(
      mayPass(index, '2024-01-10', { ...rome, territoryKeys: null, withdrawnRequested: true }),
    ).toBe(true);
  });
});
