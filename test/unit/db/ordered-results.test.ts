// The lazy, ordered results of `matchResults` against judging everything and sorting, on stores
// built so that a result leaving its page too early, or a call group promising the wrong bound,
// would change the order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findMatches, matchResults, type MatchRequest } from '../../../src/cli/matching.js';
import type { Measure } from '../../../src/core/types.js';
import { measureWriter } from '../../../src/db/measures.js';
import { openDatabase, type Db } from '../../../src/db/open.js';
import { activity, measure, profile } from '../../helpers/measure.js';

const dir = mkdtempSync(join(tmpdir(), 'fesr-ordered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;

function storeOf(measures: Measure[]): Db {
  const { db } = openDatabase(join(dir, `s${++stores}.sqlite`));
  const write = measureWriter(db, null, '2026-01-01T00:00:00Z');
  db.transaction(() => {
    for (const m of measures) write(m);
    write.finish();
  })();
  return db;
}

/** Open on 2026-03-02 and admitting the firm below on every criterion but what is overridden. */
const call = (overrides: Partial<Measure>) =>
  measure({
    opensAt: '2026-01-01',
    closesAt: '2026-06-30',
    sizes: ['micro', 'small', 'medium', 'large'],
    atecoIncluded: ['*'],
    territory: ['IT'],
    applicants: ['firm'],
    aidForms: ['grant'],
    ...overrides,
  });
const firm = profile({ size: 'small', province: 'CR', ateco: [activity('20.42.00')] });
const request = (over: Partial<MatchRequest>): MatchRequest => ({
  asOf: '2026-03-02',
  statuses: ['open', 'upcoming'],
  explain: true,
  ...over,
});
const ids = (results: { measure: Measure }[]) => results.map((r) => r.measure.id);

describe('matchResults: results in their final order, a page of call groups at a time', () => {
  it('holds back a result whose deadline ties with a later page: eligibility decides the tie', () => {
    // Store order puts the one to verify (sizes not stated) first; both close on the same day.
    const db = storeOf([
      call({ id: 'alfa-to-verify', title: 'Alfa', sizes: [] }),
      call({ id: 'beta-eligible', title: 'Beta' }),
    ]);
    try {
      const [first, second] = findMatches(db, firm, request({}));
      expect([first?.eligibility, second?.eligibility]).toEqual(['eligible', 'unverified']);
      for (const pageSize of [1, 2])
        expect(ids([...matchResults(db, firm, request({}), pageSize)])).toEqual([
          'beta-eligible',
          'alfa-to-verify',
        ]);
    } finally {
      db.close();
    }
  });

  it('orders a call carried by two sources by the record it is shown through (the largest bound)', () => {
    const db = storeOf([
      call({ id: 'i-10', source: 'incentivi', callCode: 'RLA12026000001', maxAidEur: 10 }),
      call({ id: 'x-50', source: 'incentivi', title: 'Altro', maxAidEur: 50 }),
      call({ id: 'b-100', source: 'bundled', callCode: 'RLA12026000001', maxAidEur: 100 }),
    ]);
    try {
      for (const pageSize of [1, 2, 256]) {
        const results = [...matchResults(db, firm, request({ sort: 'amount' }), pageSize)];
        // The call is shown through the curated record (EUR 100), so it comes before EUR 50.
        expect(ids(results)).toEqual(['b-100', 'x-50']);
        expect(results[0]?.sourceIds.sort()).toEqual(['b-100', 'i-10']);
      }
    } finally {
      db.close();
    }
  });

  it('stops at --limit and gives the first results of the whole order', () => {
    const days = ['2026-09-30', '2026-04-30', '2026-12-31', '2026-05-31', '2026-07-31'];
    const db = storeOf(
      days.map((day, i) => call({ id: `c-${i}`, title: `Bando ${i}`, closesAt: day })),
    );
    try {
      const all = ids(findMatches(db, firm, request({})));
      expect(all).toEqual(['c-1', 'c-3', 'c-4', 'c-0', 'c-2']);
      for (const pageSize of [1, 2])
        expect(ids([...matchResults(db, firm, request({ limit: 2 }), pageSize)])).toEqual([
          'c-1',
          'c-3',
        ]);
    } finally {
      db.close();
    }
  });
});
