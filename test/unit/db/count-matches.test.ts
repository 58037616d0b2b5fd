// `countMatches`, what the search footer says the status filter hid: as many as the ordered
// results would list with no limit, whatever the page size, in real SQLite files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { countMatches, findMatches, type MatchRequest } from '../../../src/cli/matching.js';
import type { Measure } from '../../../src/core/types.js';
import { measureWriter } from '../../../src/db/measures.js';
import { openDatabase, type Db } from '../../../src/db/open.js';
import {
  asOfArb,
  measureArb,
  profileArb,
  statusesArb,
} from '../../helpers/criteria-arbitraries.js';
import { measure, profile } from '../../helpers/measure.js';

const dir = mkdtempSync(join(tmpdir(), 'fesr-count-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;

function storeOf(measures: readonly Measure[]): Db {
  const { db } = openDatabase(join(dir, `s${++stores}.sqlite`));
  const write = measureWriter(db, null, '2026-01-01T00:00:00Z');
  db.transaction(() => {
    for (const m of measures) write(m);
    write.finish();
  })();
  return db;
}

describe('countMatches', () => {
  it('counts what matchResults lists with no limit, for any page size and any limit asked', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(measureArb, { minLength: 1, maxLength: 25, selector: (m) => m.id }),
        fc.array(
          fc.tuple(
            profileArb,
            fc.record({
              asOf: asOfArb,
              statuses: statusesArb,
              explain: fc.boolean(),
              limit: fc.option(fc.constantFrom(1, 3), { nil: null }),
            }),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (measures, asks) => {
          const db = storeOf(measures);
          try {
            for (const [firm, request] of asks) {
              const all = findMatches(db, firm, { ...request, limit: null }).length;
              for (const pageSize of [1, 2, 3, 256])
                expect(countMatches(db, firm, request as MatchRequest, pageSize)).toBe(all);
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('counts the calls with no dates that the profile does not fail', () => {
    const db = storeOf([
      measure({ id: 'undated-any', title: 'Any firm', atecoIncluded: ['*'], territory: ['IT'] }),
      measure({ id: 'undated-large', title: 'Large only', sizes: ['large'] }),
      measure({ id: 'dated', title: 'Dated', opensAt: '2026-01-01', closesAt: '2026-06-30' }),
    ]);
    try {
      const small = profile({ size: 'small', province: 'CR' });
      const undated: MatchRequest = { asOf: '2026-03-02', statuses: ['unknown'] };
      expect(countMatches(db, small, undated)).toBe(1);
      expect(countMatches(db, small, { ...undated, statuses: ['open'] })).toBe(1);
    } finally {
      db.close();
    }
  });
});
