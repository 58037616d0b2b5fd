// The criteria index beside the measures (core/criteria-index.ts says what each facet means), the
// store-wide call groups, and the queries that ask SQLite only for the records a profile may pass.
import {
  CRITERIA_INDEX_VERSION,
  indexOf,
  mayPass,
  type CriteriaIndex,
  type CriteriaQuery,
} from '../core/criteria-index.js';
import { callGroups } from '../core/dedupe.js';
import { emptyMeasure } from '../core/measure.js';
import type { Measure } from '../core/types.js';
import { toFtsQuery } from './fts.js';
import { getMeta, setMeta } from './imports.js';
import type { Db } from './open.js';

/** The table, as migration 5 creates it. */
export const CRITERIA_SCHEMA = `
  CREATE TABLE measure_criteria (
    -- measures.rowid
    measure_rowid INTEGER PRIMARY KEY,
    closed_after TEXT,
    closes_bound TEXT,
    -- Copies of the measures' own columns, so that narrowing and ordering never read a measures
    -- row (whose withdrawn marker lies past the long record text).
    withdrawn_on TEXT,
    max_aid_eur REAL,
    budget_eur REAL,
    size_mask INTEGER NOT NULL,
    applicant INTEGER NOT NULL,
    territory TEXT NOT NULL,
    sector TEXT NOT NULL,
    -- What call grouping reads: call keys and title words (one a line), the area's tokens (JSON).
    group_tokens TEXT NOT NULL,
    area TEXT NOT NULL,
    -- The rowid of the first record of the record's call group; null when it is alone.
    call_group INTEGER,
    -- 0 when written since the groups were last computed.
    grouped INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX measure_criteria_closed ON measure_criteria(closed_after);
  CREATE INDEX measure_criteria_group ON measure_criteria(call_group) WHERE call_group IS NOT NULL;
  CREATE INDEX measure_criteria_ungrouped ON measure_criteria(grouped) WHERE grouped = 0;
  CREATE TRIGGER measures_criteria_withdrawn AFTER UPDATE OF withdrawn_on ON measures BEGIN
    UPDATE measure_criteria SET withdrawn_on = new.withdrawn_on WHERE measure_rowid = new.rowid;
  END;
  CREATE TRIGGER measures_criteria_ad AFTER DELETE ON measures BEGIN
    DELETE FROM measure_criteria WHERE measure_rowid = old.rowid;
    UPDATE measure_criteria SET grouped = 0
      WHERE measure_rowid = (SELECT min(measure_rowid) FROM measure_criteria);
  END;
`;

const VERSION_KEY = 'criteria_version';

const UPSERT = `
  INSERT INTO measure_criteria (measure_rowid, closed_after, closes_bound, withdrawn_on,
    max_aid_eur, budget_eur, size_mask, applicant, territory, sector, group_tokens, area, grouped)
  SELECT rowid, @closedAfter, @closesBound, withdrawn_on, max_aid_eur, budget_eur, @sizeMask, @applicant, @territory, @sector, @groupTokens, @area, 0
  FROM measures WHERE id = @id
  ON CONFLICT(measure_rowid) DO UPDATE SET closed_after = excluded.closed_after,
    closes_bound = excluded.closes_bound, withdrawn_on = excluded.withdrawn_on,
    max_aid_eur = excluded.max_aid_eur, budget_eur = excluded.budget_eur,
    size_mask = excluded.size_mask, applicant = excluded.applicant,
    territory = excluded.territory, sector = excluded.sector,
    group_tokens = excluded.group_tokens, area = excluded.area, grouped = 0
`;

function paramsOf(measure: Measure) {
  const index = indexOf(measure);
  return {
    id: measure.id,
    closedAfter: index.closedAfter,
    closesBound: index.closesBound,
    sizeMask: index.sizeMask,
    applicant: index.applicant,
    territory: index.territory,
    sector: index.sector,
    groupTokens: index.groupTokens,
    area: JSON.stringify(index.area),
  };
}

/** Writes the index row of a stored measure (after its upsert); the groups are then stale. */
export function criteriaWriter(db: Db): (measure: Measure) => void {
  const upsert = db.prepare(UPSERT);
  return (measure) => {
    upsert.run(paramsOf(measure));
  };
}

/** Computes the index of every stored record (a store from before the index, a new index version). */
export function reindexAll(db: Db): void {
  const upsert = db.prepare(UPSERT);
  const rows = db.prepare<[], { id: string; record: string }>('SELECT id, record FROM measures');
  db.transaction(() => {
    for (const row of rows.all()) {
      const stored = JSON.parse(row.record) as Partial<Measure>;
      const measure = { ...emptyMeasure(row.id, '', ''), ...stored } as Measure;
      upsert.run(paramsOf(measure));
    }
    setMeta(db, VERSION_KEY, String(CRITERIA_INDEX_VERSION));
  }).immediate();
}

/**
 * Recomputes the call groups over the whole store with the core's `callGroups`, so that a
 * search merges the records of one call whatever it loaded. Only records sharing a call key or a
 * title word with a record of another source can group (callGroups never groups records of one
 * source, and the others neither see nor count them), so only those are read in full.
 */
export function refreshGroups(db: Db): void {
  db.transaction(() => {
    const rows = db
      .prepare<[], { rid: number; source: string; tokens: string; grp: number | null }>(
        `SELECT c.measure_rowid AS rid, m.source AS source, c.group_tokens AS tokens,
           c.call_group AS grp
         FROM measure_criteria c JOIN measures m ON m.rowid = c.measure_rowid`,
      )
      .all();
    const MANY = '\u0000';
    const sourceOf = new Map<string, string>();
    for (const row of rows)
      for (const token of row.tokens.split('\n')) {
        if (!token) continue;
        const seen = sourceOf.get(token);
        if (seen === undefined) sourceOf.set(token, row.source);
        else if (seen !== row.source && seen !== MANY) sourceOf.set(token, MANY);
      }
    const relevant = rows
      .filter((row) => row.tokens.split('\n').some((t) => sourceOf.get(t) === MANY))
      .map((row) => row.rid)
      .sort((a, b) => a - b);
    const wanted = new Map<number, number>();
    if (relevant.length) {
      const fields = db
        .prepare<
          [string],
          {
            rid: number;
            source: string;
            title: string;
            url: string | null;
            callCode: string | null;
            opensAt: string | null;
            closesAt: string | null;
            area: string;
          }
        >(
          `SELECT m.rowid AS rid, m.source, m.title, m.url, m.call_code AS callCode,
             m.opens_at AS opensAt, m.closes_at AS closesAt, c.area
           FROM measures m JOIN measure_criteria c ON c.measure_rowid = m.rowid
           WHERE m.rowid IN (SELECT value FROM json_each(?)) ORDER BY m.rowid`,
        )
        .all(JSON.stringify(relevant));
      const items = fields.map((f) => ({
        rid: f.rid,
        measure: {
          ...emptyMeasure(String(f.rid), f.source, f.title),
          url: f.url,
          callCode: f.callCode,
          opensAt: f.opensAt,
          closesAt: f.closesAt,
          territory: JSON.parse(f.area) as string[],
        },
      }));
      for (const group of callGroups(items, (item) => item.measure)) {
        const first = group[0];
        if (!first || group.length < 2) continue;
        for (const item of group) wanted.set(item.rid, first.rid);
      }
    }
    const update = db.prepare('UPDATE measure_criteria SET call_group = ? WHERE measure_rowid = ?');
    for (const row of rows) {
      const grp = wanted.get(row.rid) ?? null;
      if (grp !== row.grp) update.run(grp, row.rid);
    }
    db.prepare('UPDATE measure_criteria SET grouped = 1 WHERE grouped = 0').run();
  }).immediate();
}

/** What is out of date: the index (a store from before it, another version), the groups, both. */
function staleCriteria(db: Db): { index: boolean; groups: boolean } {
  // A record written without its index row (by a writer that does not know it) has a rowid
  // above every indexed one.
  const last = db
    .prepare<[], { m: number | null; c: number | null }>(
      `SELECT (SELECT max(rowid) FROM measures) AS m,
         (SELECT max(measure_rowid) FROM measure_criteria) AS c`,
    )
    .get();
  const index = getMeta(db, VERSION_KEY) !== String(CRITERIA_INDEX_VERSION) || last?.m !== last?.c;
  const groups = Boolean(
    db.prepare('SELECT 1 FROM measure_criteria WHERE grouped = 0 LIMIT 1').get(),
  );
  return { index, groups };
}

/** Whether `ensureCriteria` has work to do (a cheap read). */
export function criteriaOutdated(db: Db): boolean {
  const stale = staleCriteria(db);
  return stale.index || stale.groups;
}

/**
 * Brings the index and the groups up to date: the index for records written without it (a store
 * from before it, another version of it), the groups after any write. Writers call it inside
 * their transaction (an import before its commit, the store's set-up), so that a search only
 * reads; a search still calls it, finding nothing to do.
 */
export function ensureCriteria(db: Db): void {
  const stale = staleCriteria(db);
  if (stale.index) reindexAll(db);
  if (stale.index || stale.groups) refreshGroups(db);
}

/** The filters that make the request's base set, before any profile criterion. */
export interface BaseFilter {
  text?: string | null;
  source?: string | null;
  fesrOnly?: boolean;
  ids?: readonly string[] | null;
}

/** WHERE terms on `m` (measures) for the base set; null when nothing can match. */
function baseWhere(filter: BaseFilter): { where: string[]; params: (string | number)[] } | null {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.source) {
    where.push('m.source = ?');
    params.push(filter.source);
  }
  if (filter.fesrOnly) where.push('m.is_fesr = 1');
  if (filter.ids) {
    where.push('m.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.text !== undefined && filter.text !== null) {
    const fts = toFtsQuery(filter.text);
    if (!fts) return null;
    where.push('m.rowid IN (SELECT rowid FROM measures_fts WHERE measures_fts MATCH ?)');
    params.push(fts);
  }
  return { where, params };
}

/** WHERE terms on `c` and `m` that are the SQL form of the core's `mayPass`. */
function criteriaWhere(query: CriteriaQuery): { where: string[]; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (!query.closedRequested && !query.withdrawnRequested) {
    // In this form the index on closed_after serves.
    where.push('(c.closed_after IS NULL OR c.closed_after >= ?)');
    where.push('(c.withdrawn_on IS NULL OR c.withdrawn_on > ?)');
    params.push(query.asOf, query.asOf);
  } else {
    where.push(
      `(CASE WHEN c.withdrawn_on IS NOT NULL AND c.withdrawn_on <= ? THEN ?
         WHEN c.closed_after IS NOT NULL AND c.closed_after < ? THEN ? ELSE 1 END)`,
    );
    params.push(
      query.asOf,
      query.withdrawnRequested ? 1 : 0,
      query.asOf,
      query.closedRequested ? 1 : 0,
    );
  }
  if (query.sizeBit !== null) {
    where.push('(c.size_mask & ?) != 0');
    params.push(query.sizeBit);
  }
  if (query.applicants !== null) where.push(`c.applicant IN (${query.applicants.join(', ')})`);
  if (query.territoryKeys !== null) {
    where.push(
      `(c.territory = '*' OR ${query.territoryKeys.map(() => 'instr(c.territory, ?) > 0').join(' OR ')})`,
    );
    params.push(...query.territoryKeys.map((k) => ` ${k} `));
  }
  if (query.sectorKeys !== null) {
    const tests = [
      ...query.sectorAnyVersion.map((v) => {
        params.push(` ${v}:`);
        return 'instr(c.sector, ?) > 0';
      }),
      ...query.sectorKeys.map((k) => {
        params.push(` ${k} `);
        return 'instr(c.sector, ?) > 0';
      }),
    ];
    where.push(`(c.sector = '*'${tests.map((t) => ` OR ${t}`).join('')})`);
  }
  return { where, params };
}

export interface Candidate {
  measure: Measure;
  /** The call group: the rowid of its first record. */
  group: number;
}

interface RecordRow {
  rid: number;
  grp?: number | null;
  record: string;
  withdrawn_on: string | null;
}

function candidateOf(row: RecordRow): Candidate {
  const measure = JSON.parse(row.record) as Measure;
  if (row.withdrawn_on) measure.withdrawnOn = row.withdrawn_on;
  return { measure, group: row.grp ?? row.rid };
}

const FROM = 'FROM measure_criteria c JOIN measures m ON m.rowid = c.measure_rowid';

/** A candidate before its record is read: what ordering and grouping need. */
export interface CandidateKey {
  rid: number;
  /** The call group: the rowid of its first record (its own when it is alone). */
  group: number;
  /** A day on or before the day the core will say the call closes; null when it has none. */
  closesBound: string | null;
  maxAidEur: number | null;
  budgetEur: number | null;
}

interface KeyRow {
  rid: number;
  grp: number | null;
  closes_bound: string | null;
  max_aid_eur: number | null;
  budget_eur: number | null;
}

const keyOf = (row: KeyRow): CandidateKey => ({
  rid: row.rid,
  group: row.grp ?? row.rid,
  closesBound: row.closes_bound,
  maxAidEur: row.max_aid_eur,
  budgetEur: row.budget_eur,
});

/**
 * The criteria table alone when the base set needs nothing of the measures table: looking up
 * each candidate's measures row costs more than the whole narrowing.
 */
const fromFor = (baseTerms: readonly string[]) =>
  baseTerms.length ? FROM : 'FROM measure_criteria c';

const KEY_COLUMNS = `c.measure_rowid AS rid, c.call_group AS grp, c.closes_bound,
  c.max_aid_eur, c.budget_eur`;

/**
 * The records of the base set that may pass `query` (every one when it is null), with every
 * record of the base set in the call group of one of them, in store order: keys only, no record
 * read yet.
 */
export function candidateKeys(
  db: Db,
  filter: BaseFilter,
  query: CriteriaQuery | null,
): CandidateKey[] {
  ensureCriteria(db);
  const base = baseWhere(filter);
  if (!base) return [];
  const criteria = query ? criteriaWhere(query) : { where: [], params: [] };
  const where = [...base.where, ...criteria.where];
  const survivors = db
    .prepare<(string | number)[], KeyRow>(
      `SELECT ${KEY_COLUMNS} ${fromFor(base.where)}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.measure_rowid`,
    )
    .all(...base.params, ...criteria.params);
  const groups = [...new Set(survivors.flatMap((s) => (s.grp === null ? [] : [s.grp])))];
  if (!query || groups.length === 0) return survivors.map(keyOf);
  const have = new Set(survivors.map((s) => s.rid));
  const mates = db
    .prepare<(string | number)[], KeyRow>(
      `SELECT ${KEY_COLUMNS} ${fromFor(base.where)}
       WHERE c.call_group IN (SELECT value FROM json_each(?))
       ${base.where.map((w) => `AND ${w}`).join(' ')}`,
    )
    .all(JSON.stringify(groups), ...base.params)
    .filter((row) => !have.has(row.rid));
  return [...survivors, ...mates].sort((a, b) => a.rid - b.rid).map(keyOf);
}

/** The records of these candidates, in the order given. */
export function candidateRecords(db: Db, keys: readonly CandidateKey[]): Candidate[] {
  if (keys.length === 0) return [];
  const rows = db
    .prepare<[string], RecordRow>(
      `SELECT m.rowid AS rid, m.record, m.withdrawn_on FROM measures m
       WHERE m.rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(keys.map((k) => k.rid)));
  const byRowid = new Map(rows.map((row) => [row.rid, row]));
  return keys.flatMap((key) => {
    const row = byRowid.get(key.rid);
    return row ? [{ ...candidateOf(row), group: key.group }] : [];
  });
}

/**
 * The records of the base set that may pass `query` (every one when it is null), with every
 * record of the base set in the call group of one of them, in store order.
 */
export function queryCandidates(
  db: Db,
  filter: BaseFilter,
  query: CriteriaQuery | null,
): Candidate[] {
  return candidateRecords(db, candidateKeys(db, filter, query));
}

/** A record of the base set with its index, its JSON parsed only when asked for. */
export interface IndexedCandidate {
  id: string;
  index: Pick<CriteriaIndex, 'closedAfter' | 'sizeMask' | 'applicant' | 'territory' | 'sector'>;
  withdrawnOn: string | null;
  group: number;
  candidate: () => Candidate;
}

/** Every record of the base set with its index, for filtering many profiles in memory. */
export function indexedCandidates(db: Db, filter: BaseFilter): IndexedCandidate[] {
  ensureCriteria(db);
  const base = baseWhere(filter);
  if (!base) return [];
  const rows = db
    .prepare<
      (string | number)[],
      RecordRow & {
        id: string;
        closed_after: string | null;
        size_mask: number;
        applicant: number;
        territory: string;
        sector: string;
      }
    >(
      `SELECT m.rowid AS rid, m.id, c.call_group AS grp, m.record, m.withdrawn_on, c.closed_after,
         c.size_mask, c.applicant, c.territory, c.sector ${FROM}
       ${base.where.length ? `WHERE ${base.where.join(' AND ')}` : ''} ORDER BY c.measure_rowid`,
    )
    .all(...base.params);
  return rows.map((row) => {
    let parsed: Candidate | null = null;
    return {
      id: row.id,
      index: {
        closedAfter: row.closed_after,
        sizeMask: row.size_mask,
        applicant: row.applicant,
        territory: row.territory,
        sector: row.sector,
      },
      withdrawnOn: row.withdrawn_on,
      group: row.grp ?? row.rid,
      candidate: () => (parsed ??= candidateOf(row)),
    };
  });
}

/** The records of `all` that may pass `query`, with their group mates, in the given order. */
export function survivorsOf(
  all: readonly IndexedCandidate[],
  query: CriteriaQuery,
): IndexedCandidate[] {
  const groups = new Set<number>();
  for (const item of all) if (mayPass(item.index, item.withdrawnOn, query)) groups.add(item.group);
  return all.filter((item) => groups.has(item.group));
}
