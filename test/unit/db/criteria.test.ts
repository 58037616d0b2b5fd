// End to end in real SQLite files: the records the store hands the matcher (the SQL prefilter and
// the in-memory one of portfolio matching), judged by the core, give exactly what the core gives
// over every record of the request's base set; and the stored call groups are the core's
// `callGroups` over the whole store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { callGroups } from '../../../src/core/dedupe.js';
import { matchMeasures } from '../../../src/core/match.js';
import type { Measure } from '../../../src/core/types.js';
import {
  createMatcher,
  findMatches,
  matchResults,
  type MatchRequest,
} from '../../../src/cli/matching.js';
import { queryCandidates } from '../../../src/db/criteria.js';
import { measureWriter } from '../../../src/db/measures.js';
import { openDatabase, type Db } from '../../../src/db/open.js';
import { municipalityName } from '../../../src/db/reference.js';
import {
  asOfArb,
  measureArb,
  profileArb,
  statusesArb,
  withdrawnArb,
} from '../../helpers/criteria-arbitraries.js';

const dir = mkdtempSync(join(tmpdir(), 'fesr-criteria-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;

function storeOf(records: { measure: Measure; withdrawnOn: string | null }[]): Db {
  const { db } = openDatabase(join(dir, `s${++stores}.sqlite`));
  const write = measureWriter(db, null, '2025-01-01T00:00:00Z');
  const withdraw = db.prepare('UPDATE measures SET withdrawn_on = ? WHERE id = ?');
  db.transaction(() => {
    for (const r of records) {
      write(r.measure);
      if (r.withdrawnOn) withdraw.run(r.withdrawnOn, r.measure.id);
    }
  })();
  return db;
}

/** The core alone: every record of the base set, merged by the stored groups. */
function coreAlone(db: Db, profile: Parameters<typeof findMatches>[1], request: MatchRequest) {
  const all = queryCandidates(
    db,
    { source: request.source ?? null, text: request.text ?? null, ids: request.ids ?? null },
    null,
  );
  const groupOf = new Map(all.map((c) => [c.measure, c.group]));
  return matchMeasures(
    all.map((c) => c.measure),
    profile,
    {
      asOf: request.asOf,
      statuses: request.statuses,
      sort: request.sort ?? 'deadline',
      explain: Boolean(request.explain),
      aidForms: request.aid ?? null,
      limit: request.limit ?? null,
      municipalityName: municipalityName(db),
      groupOf: (m) => groupOf.get(m) ?? -1,
    },
  );
}

const withoutDataDate = (results: { dataAsOf?: unknown }[]) =>
  results.map(({ dataAsOf: _, ...rest }) => rest);

const storeArb = fc.uniqueArray(fc.record({ measure: measureArb, withdrawnOn: withdrawnArb }), {
  minLength: 1,
  maxLength: 30,
  selector: (r) => r.measure.id,
});

const requestArb: fc.Arbitrary<MatchRequest> = fc.record({
  asOf: asOfArb,
  statuses: statusesArb,
  explain: fc.boolean(),
  limit: fc.option(fc.constantFrom(1, 3), { nil: null }),
  sort: fc.constantFrom(
    'deadline' as const,
    'amount' as const,
    'budget' as const,
    'title' as const,
  ),
  source: fc.option(fc.constantFrom('incentivi', 'bundled'), { nil: null }),
  aid: fc.option(fc.constantFrom(['grant' as const], ['loan' as const]), { nil: null }),
  text: fc.option(fc.constantFrom('credito', 'innovazione'), { nil: null }),
});

describe('the criteria prefilter', () => {
  it('gives what the core gives over the whole base set (search and portfolio paths)', () => {
    fc.assert(
      fc.property(
        storeArb,
        fc.array(fc.tuple(profileArb, requestArb), { minLength: 1, maxLength: 12 }),
        (records, asks) => {
          const db = storeOf(records);
          try {
            for (const [profile, request] of asks) {
              const expected = coreAlone(db, profile, request);
              expect(withoutDataDate(findMatches(db, profile, request))).toEqual(expected);
              expect(withoutDataDate(createMatcher(db, request)(profile))).toEqual(expected);
              // Pages of one, two and three call groups: results leave the page they were judged
              // in only when no later group can sort before them.
              for (const pageSize of [1, 2, 3])
                expect(withoutDataDate([...matchResults(db, profile, request, pageSize)])).toEqual(
                  expected,
                );
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('stores the call groups of the whole store, after every write', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (first, second) => {
        const db = storeOf(first);
        try {
          const write = measureWriter(db, null, '2025-01-02T00:00:00Z');
          queryCandidates(db, {}, null);
          db.transaction(() => {
            for (const r of second) write(r.measure);
          })();
          const stored = queryCandidates(db, {}, null);
          const byGroup = new Map<number, string[]>();
          for (const c of stored)
            byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c.measure.id]);
          const expected = callGroups(
            stored.map((c) => c.measure),
            (m) => m,
          ).map((g) => g.map((m) => m.id));
          expect([...byGroup.values()]).toEqual(expected);
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
