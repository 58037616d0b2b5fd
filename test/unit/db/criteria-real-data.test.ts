// Exhaustive on real data: every record of the incentivi.gov.it export of 28 June 2025 and of the
// bundled dataset, for realistic firms (the eval firms and more): the criteria index never drops
// a record the core keeps, and a search through the store equals the core over every record.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOf, mayPass, queryOf } from '../../../src/core/criteria-index.js';
import { matchMeasures } from '../../../src/core/match.js';
import { buildProfile } from '../../../src/core/profile.js';
import type { CompanyProfile, Status } from '../../../src/core/types.js';
import { findMatches } from '../../../src/cli/matching.js';
import { queryCandidates } from '../../../src/db/criteria.js';
import { openDatabase, type Db } from '../../../src/db/open.js';
import { atecoLookup, municipalityName } from '../../../src/db/reference.js';
import { seedBundled } from '../../../src/importers/bundled.js';
import { importFile } from '../../../src/importers/run-import.js';
import { seedingNeeded } from '../../../src/importers/seed-check.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const EXPORT = join(
  ROOT,
  'test/fixtures/import/incentivi-gov-it_evoluto_opendata-export_2025-06-28.json',
);
const dir = mkdtempSync(join(tmpdir(), 'fesr-criteria-real-'));
let db: Db;

/** `--flag value` pairs of eval/firms.json, read as the profile flags would be. */
function profileOfFlags(flags: string[]): CompanyProfile {
  const value = (name: string) => {
    const i = flags.indexOf(name);
    return i === -1 ? null : (flags[i + 1] ?? null);
  };
  const number = (name: string) => (value(name) === null ? null : Number(value(name)));
  return buildProfile(
    {
      size: value('--size'),
      employees: number('--employees'),
      turnover: number('--turnover'),
      ateco: value('--ateco')?.split(',') ?? [],
      province: value('--province'),
    },
    atecoLookup(db),
    '2025-06-28',
  );
}

const EVAL_FIRMS = (
  JSON.parse(readFileSync(join(ROOT, 'eval/firms.json'), 'utf8')) as { flags: string[] }[]
).map((f) => f.flags);
const MORE_FIRMS = [
  ['--size', 'micro', '--ateco', '56.10', '--province', 'RM'],
  ['--size', 'large', '--employees', '4000', '--ateco', '28.99', '--province', 'TO,MI'],
  ['--size', 'small', '--ateco', '01.13.11', '--province', 'NA'],
  ['--size', 'medium', '--ateco', '2025:25.62.00,62.01', '--province', 'SU'],
  ['--ateco', '47.11', '--province', 'PA'],
  ['--size', 'small'],
  [],
];
const STATUS_SETS: Status[][] = [
  ['open', 'upcoming'],
  ['open', 'upcoming', 'closed', 'unknown', 'withdrawn'],
  ['closed'],
  ['unknown'],
];
const DAYS = ['2025-06-28', '2026-03-01'];

beforeAll(async () => {
  db = openDatabase(join(dir, 'real.sqlite')).db;
  await seedBundled(db, seedingNeeded(db) ?? { reference: false, measuresHash: null });
  await importFile(db, { file: EXPORT });
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the criteria index on real records', () => {
  it('never drops a record the core keeps, for every record, firm, status set and day', () => {
    const all = queryCandidates(db, {}, null);
    expect(all.length).toBeGreaterThan(400);
    const ctx = { municipalityName: municipalityName(db) };
    const indexed = all.map(({ measure }) => ({ measure, index: indexOf(measure) }));
    let dropped = 0;
    for (const flags of [...EVAL_FIRMS, ...MORE_FIRMS]) {
      const profile = profileOfFlags(flags);
      for (const statuses of STATUS_SETS)
        for (const asOf of DAYS)
          for (const explain of [false, true]) {
            const query = queryOf(profile, { asOf, statuses, explain });
            for (const { measure, index } of indexed) {
              if (mayPass(index, measure.withdrawnOn ?? null, query)) continue;
              dropped++;
              const kept = matchMeasures([measure], profile, {
                ...ctx,
                asOf,
                statuses,
                explain,
                sort: 'deadline',
              });
              expect(
                kept.map((r) => r.measure.id),
                `${flags.join(' ')} ${asOf}`,
              ).toEqual([]);
            }
          }
    }
    // The index narrows (else this test would say nothing).
    expect(dropped).toBeGreaterThan(all.length);
  }, 300_000);

  it('a search through the store equals the core over the whole store', () => {
    const all = queryCandidates(db, {}, null);
    const groupOf = new Map(all.map((c) => [c.measure, c.group]));
    const explainRuns = 1;
    for (const flags of [...EVAL_FIRMS, ...MORE_FIRMS.slice(0, 3)]) {
      const profile = profileOfFlags(flags);
      for (const statuses of STATUS_SETS.slice(0, explainRuns))
        for (const explain of [false, true]) {
          const request = { asOf: '2025-06-28', statuses, explain };
          const expected = matchMeasures(
            all.map((c) => c.measure),
            profile,
            {
              ...request,
              sort: 'deadline',
              municipalityName: municipalityName(db),
              groupOf: (m) => groupOf.get(m) ?? -1,
            },
          );
          const found = findMatches(db, profile, request).map(({ dataAsOf: _, ...r }) => r);
          expect(found).toEqual(expected);
        }
    }
  }, 120_000);
});
