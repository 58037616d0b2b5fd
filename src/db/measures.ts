// Measures in the store: upsert by id, and the queries behind search, show and stats.
import { createHash } from 'node:crypto';
import { emptyMeasure } from '../core/measure.js';
import type { ExtractedRule, Measure } from '../core/types.js';
import { getMeta, setMeta } from './imports.js';
import { titleWords } from '../core/dedupe.js';
import { isFesrProgramme } from '../core/programme.js';
import type { Db } from './open.js';
import { criteriaWriter } from './criteria.js';
import { startBulkFts, type BulkFtsIndex } from './fts.js';
import { searchAliases } from './search-aliases.js';

export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';

export function measureHash(measure: Measure): string {
  return recordHash(JSON.stringify(measure));
}

/** The hash of a stored record's JSON text (what `measureHash` computes from the measure). */
function recordHash(record: string): string {
  return createHash('sha1').update(record).digest('hex');
}

export interface StoredRecord {
  measure: Measure;
  withdrawnOn: string | null;
}

/** Told of every record a writer changes, with what was stored before (null for a new one). */
export type ChangeObserver = (before: StoredRecord | null, after: Measure) => void;

/** Rows written before the writer hands the full-text index over to one pass at the end. */
export const BULK_FTS_AFTER = 1000;

export interface MeasureWriter {
  (measure: Measure, dryRun?: boolean): UpsertOutcome;
  /** Brings what the writer deferred (the full-text index of a bulk) up to date: once, before the commit. */
  finish(): void;
}

/**
 * A prepared upsert for many rows in one transaction: the caller owns the transaction and calls
 * `finish` before committing. With an observer, the stored record is read back only for rows
 * whose content changed. Past BULK_FTS_AFTER written rows the full-text index is kept in bulk.
 */
export function measureWriter(
  db: Db,
  importId: number | null,
  now: string,
  observe?: ChangeObserver,
): MeasureWriter {
  const find = db.prepare<[string], { rowid: number; content_hash: string }>(
    'SELECT rowid, content_hash FROM measures WHERE id = ?',
  );
  const stored = db.prepare<[string], { record: string; withdrawn_on: string | null }>(
    'SELECT record, withdrawn_on FROM measures WHERE id = ?',
  );
  const insert = db.prepare(`
    INSERT INTO measures (id, source, title, description, programme, is_fesr, opens_at, closes_at,
      budget_eur, max_aid_eur, aid_forms, url, call_code, record, content_hash, import_id,
      created_at, updated_at, search_aliases)
    VALUES (@id, @source, @title, @description, @programme, @isFesr, @opensAt, @closesAt,
      @budgetEur, @maxAidEur, @aidForms, @url, @callCode, @record, @hash, @importId, @now, @now,
      @aliases)
    ON CONFLICT(id) DO UPDATE SET source = excluded.source, title = excluded.title,
      description = excluded.description, programme = excluded.programme,
      is_fesr = excluded.is_fesr, opens_at = excluded.opens_at, closes_at = excluded.closes_at,
      budget_eur = excluded.budget_eur, max_aid_eur = excluded.max_aid_eur,
      aid_forms = excluded.aid_forms, url = excluded.url, call_code = excluded.call_code,
      record = excluded.record, content_hash = excluded.content_hash,
      import_id = excluded.import_id, updated_at = excluded.updated_at,
      search_aliases = excluded.search_aliases
  `);
  const writeCriteria = criteriaWriter(db);
  let written = 0;
  let bulk: BulkFtsIndex | null = null;
  const write = (measure: Measure, dryRun = false): UpsertOutcome => {
    // Serialised once: the stored record is the text hashed.
    const record = JSON.stringify(measure);
    const hash = recordHash(record);
    const existing = find.get(measure.id);
    if (existing?.content_hash === hash) return 'unchanged';
    if (observe) {
      const row = existing ? stored.get(measure.id) : undefined;
      observe(
        row ? { measure: JSON.parse(row.record) as Measure, withdrawnOn: row.withdrawn_on } : null,
        measure,
      );
    }
    if (!dryRun) {
      if (!bulk && ++written > BULK_FTS_AFTER) bulk = startBulkFts(db);
      if (existing) bulk?.beforeUpdate(existing.rowid);
      const info = insert.run({
        id: measure.id,
        source: measure.source,
        title: measure.title,
        description: measure.description,
        programme: measure.programme,
        isFesr: isFesrProgramme(measure.programme) ? 1 : 0,
        opensAt: measure.opensAt,
        closesAt: measure.closesAt,
        budgetEur: measure.budgetEur,
        maxAidEur: measure.maxAidEur,
        aidForms: measure.aidForms.join('; '),
        url: measure.url,
        callCode: measure.callCode,
        record,
        aliases: searchAliases(measure.id, measure.title),
        hash,
        importId,
        now,
      });
      if (!existing) bulk?.inserted(Number(info.lastInsertRowid));
      writeCriteria(measure);
    }
    return existing ? 'updated' : 'inserted';
  };
  return Object.assign(write, {
    finish() {
      bulk?.finish();
      bulk = null;
      written = 0;
    },
  });
}

/** Every stored record (stats); a search narrows through db/criteria.ts instead. */
export function allMeasures(db: Db): Measure[] {
  return db.prepare<[], MeasureRow>('SELECT record, withdrawn_on FROM measures').all().map(fromRow);
}

interface MeasureRow {
  record: string;
  withdrawn_on: string | null;
}

/** The stored record, with the store's withdrawn marker (which is not part of it). */
function fromRow(row: MeasureRow): Measure {
  const measure = JSON.parse(row.record) as Measure;
  if (row.withdrawn_on) measure.withdrawnOn = row.withdrawn_on;
  return measure;
}

export function getMeasure(db: Db, id: string): Measure | undefined {
  const row = db
    .prepare<[string], MeasureRow>('SELECT record, withdrawn_on FROM measures WHERE id = ?')
    .get(id);
  return row ? fromRow(row) : undefined;
}

/** The stored records with these ids (any order), for `--new`, `--changed` and `fesr news`. */
export function measuresByIds(db: Db, ids: readonly string[]): Measure[] {
  const found: Measure[] = [];
  const select = db.prepare<[string], MeasureRow>(
    'SELECT record, withdrawn_on FROM measures WHERE id = ?',
  );
  for (const id of new Set(ids)) {
    const row = select.get(id);
    if (row) found.push(fromRow(row));
  }
  return found;
}

export interface StoredMeasureInfo {
  createdAt: string;
  updatedAt: string;
  importFile: string | null;
}

export function getMeasureInfo(db: Db, id: string): StoredMeasureInfo | undefined {
  return db
    .prepare<[string], StoredMeasureInfo>(
      `SELECT m.created_at AS createdAt, m.updated_at AS updatedAt, i.file AS importFile
       FROM measures m LEFT JOIN imports i ON i.id = m.import_id WHERE m.id = ?`,
    )
    .get(id);
}

export function allMeasureIds(db: Db): string[] {
  return db
    .prepare<[], { id: string }>('SELECT id FROM measures ORDER BY id')
    .all()
    .map((r) => r.id);
}

/**
 * Measures of other sources that may be the same call: the same call code or official page, or
 * a title holding the measure's longest distinctive word (the core decides).
 */
export function sameCallCandidates(db: Db, measure: Measure): Measure[] {
  const word = titleWords(measure.title).words.reduce((a, b) => (b.length > a.length ? b : a), '');
  return db
    .prepare<[string, string, string | null, string | null, string, string], MeasureRow>(
      `SELECT record, withdrawn_on FROM measures
       WHERE id != ? AND source != ? AND (call_code = ? OR url = ? OR (? != '' AND title LIKE '%' || ? || '%'))`,
    )
    .all(measure.id, measure.source, measure.callCode, measure.url, word, word)
    .map(fromRow);
}

const RULES_VERSION_KEY = 'rules_version';

/** Whether the stored records' rules were read by another version of the rules. */
export function rulesOutdated(db: Db, version: number): boolean {
  return getMeta(db, RULES_VERSION_KEY) !== String(version);
}

/**
 * Reads every stored record's rules again (after a rules change, or on a store from before the
 * rules), in one transaction, and records the version. Records stored before a field existed get
 * its empty value.
 */
export function refreshRules(
  db: Db,
  version: number,
  extract: (measure: Measure) => ExtractedRule[],
): void {
  const rows = db.prepare<[], { id: string; record: string }>('SELECT id, record FROM measures');
  const update = db.prepare('UPDATE measures SET record = ?, content_hash = ? WHERE id = ?');
  const writeCriteria = criteriaWriter(db);
  db.transaction(() => {
    // Re-checked inside the transaction: another process may have refreshed meanwhile.
    if (!rulesOutdated(db, version)) return;
    for (const row of rows.all()) {
      const stored = JSON.parse(row.record) as Partial<Measure>;
      // The stored keys keep their order (so an unchanged record hashes as the importer's
      // would); fields the record predates are added empty.
      const base = { ...stored } as Measure;
      for (const [key, value] of Object.entries(emptyMeasure(row.id, '', '')))
        if (!(key in base)) (base as unknown as Record<string, unknown>)[key] = value;
      const measure = { ...base, rules: extract(base) };
      const record = JSON.stringify(measure);
      if (record !== row.record) {
        update.run(record, measureHash(measure), row.id);
        writeCriteria(measure);
      }
    }
    setMeta(db, RULES_VERSION_KEY, String(version));
  }).immediate();
}
