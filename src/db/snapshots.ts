// The update log: each download of a source (a snapshot), what it changed, the calls its source
// withdrew, and how far `fesr news` has reported for each profile.
import type { CallChange, ChangeKind, FieldChange } from '../core/changes.js';
import { romeDate } from '../core/dates.js';
import { BUNDLED_SOURCE, type SourceDate } from '../core/freshness.js';
import { getMeta } from './imports.js';
import type { Db } from './open.js';

export interface SnapshotRecord {
  runAt: string;
  source: string;
  url: string;
  fetchedAt: string;
  outcome: 'imported' | 'not-modified';
  etag: string | null;
  lastModified: string | null;
  bytes: number;
  records: number;
  full: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  importId: number | null;
}

export function recordSnapshot(db: Db, s: SnapshotRecord): number {
  const info = db
    .prepare(
      `INSERT INTO snapshots (run_at, source, url, fetched_at, outcome, etag, last_modified, bytes,
        records, full, inserted, updated, unchanged, withdrawn, import_id)
       VALUES (@runAt, @source, @url, @fetchedAt, @outcome, @etag, @lastModified, @bytes, @records,
        @full, @inserted, @updated, @unchanged, @withdrawn, @importId)`,
    )
    .run({ ...s, full: s.full ? 1 : 0 });
  return Number(info.lastInsertRowid);
}

export function recordChanges(
  db: Db,
  snapshotId: number,
  changes: readonly CallChange[],
  baseline: boolean,
): void {
  const insert = db.prepare(
    `INSERT INTO changes (snapshot_id, measure_id, kind, title, fields, baseline)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const c of changes)
    insert.run(snapshotId, c.id, c.kind, c.title, JSON.stringify(c.fields), baseline ? 1 : 0);
}

/**
 * What the previous download of this source said, for a conditional request: only when that
 * download came from this URL. After an update from a mirror, the store holds the mirror's data,
 * so the official address's "not modified" would not be about what is stored.
 */
export function lastValidators(
  db: Db,
  source: string,
  url: string,
): { etag: string | null; lastModified: string | null } | null {
  const last = db
    .prepare<[string], { url: string; etag: string | null; lastModified: string | null }>(
      `SELECT url, etag, last_modified AS lastModified FROM snapshots
       WHERE source = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(source);
  return last && last.url === url ? { etag: last.etag, lastModified: last.lastModified } : null;
}

/** Whether a source has had a download imported before (else this one is the baseline). */
export function hasSnapshot(db: Db, source: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM snapshots WHERE source = ? AND outcome = 'imported'`,
      )
      .get(source)?.n !== 0
  );
}

/** Whether any update has been recorded. */
export function hasSnapshots(db: Db): boolean {
  return db.prepare('SELECT 1 FROM snapshots LIMIT 1').get() !== undefined;
}

/** Every stored id of a source, with whether it is already withdrawn. */
export function sourceIds(db: Db, source: string): Map<string, boolean> {
  const rows = db
    .prepare<[string], { id: string; w: number }>(
      'SELECT id, withdrawn_on IS NOT NULL AS w FROM measures WHERE source = ?',
    )
    .all(source);
  return new Map(rows.map((r) => [r.id, r.w === 1]));
}

export function setWithdrawn(db: Db, ids: readonly string[], day: string | null): void {
  const update = db.prepare('UPDATE measures SET withdrawn_on = ? WHERE id = ?');
  for (const id of ids) update.run(day, id);
}

export interface StoredChange extends CallChange {
  changeId: number;
  source: string;
  runAt: string;
  baseline: boolean;
}

interface ChangeRow {
  changeId: number;
  id: string;
  kind: ChangeKind;
  title: string;
  fields: string;
  source: string;
  runAt: string;
  baseline: number;
}

const CHANGE_COLUMNS = `c.id AS changeId, c.measure_id AS id, c.kind, c.title, c.fields,
  s.source, s.run_at AS runAt, c.baseline`;

function toChange(row: ChangeRow): StoredChange {
  return {
    changeId: row.changeId,
    id: row.id,
    kind: row.kind,
    title: row.title,
    fields: JSON.parse(row.fields) as FieldChange[],
    source: row.source,
    runAt: row.runAt,
    baseline: row.baseline === 1,
  };
}

/** The changes the newest `fesr update` run recorded (none when it found nothing new). */
export function latestRunChanges(db: Db): StoredChange[] {
  return db
    .prepare<[], ChangeRow>(
      `SELECT ${CHANGE_COLUMNS} FROM changes c JOIN snapshots s ON s.id = c.snapshot_id
       WHERE s.run_at = (SELECT max(run_at) FROM snapshots) ORDER BY c.id`,
    )
    .all()
    .map(toChange);
}

/** Changes recorded after the change `afterId`, baselines left out: what is news. */
export function changesAfter(db: Db, afterId: number): StoredChange[] {
  return db
    .prepare<[number], ChangeRow>(
      `SELECT ${CHANGE_COLUMNS} FROM changes c JOIN snapshots s ON s.id = c.snapshot_id
       WHERE c.id > ? AND c.baseline = 0 ORDER BY c.id`,
    )
    .all(afterId)
    .map(toChange);
}

export function lastChangeId(db: Db): number {
  return db.prepare<[], { n: number | null }>('SELECT max(id) AS n FROM changes').get()?.n ?? 0;
}

export function newsSeen(db: Db, profile: string): number | null {
  return (
    db
      .prepare<[string], { id: number }>(
        'SELECT last_change_id AS id FROM news_seen WHERE profile = ?',
      )
      .get(profile)?.id ?? null
  );
}

export function setNewsSeen(db: Db, profile: string, changeId: number, ranAt: string): void {
  db.prepare(
    `INSERT INTO news_seen (profile, last_change_id, ran_at) VALUES (?, ?, ?)
     ON CONFLICT(profile) DO UPDATE SET last_change_id = excluded.last_change_id,
       ran_at = excluded.ran_at`,
  ).run(profile, changeId, ranAt);
}

export interface SnapshotSummary {
  source: string;
  url: string;
  fetchedAt: string;
  outcome: string;
  records: number;
  etag: string | null;
}

/** The newest snapshot of each source. */
export function latestSnapshots(db: Db): SnapshotSummary[] {
  return db
    .prepare<[], SnapshotSummary>(
      `SELECT source, url, fetched_at AS fetchedAt, outcome, records, etag FROM snapshots
       WHERE id IN (SELECT max(id) FROM snapshots GROUP BY source) ORDER BY source`,
    )
    .all();
}

/** The meta key of the day the bundled dataset is as of (written when it is seeded). */
export const BUNDLED_AS_OF_KEY = 'bundled_as_of';

/**
 * The day each source's data is as of: the bundled dataset's own date; for the others the newest
 * of their last import and their last download (a 304 confirms the stored data).
 */
export function sourceDates(db: Db): SourceDate[] {
  const newest = new Map<string, string>();
  const offer = (source: string, day: string) => {
    const known = newest.get(source);
    if (known === undefined || day > known) newest.set(source, day);
  };
  // A download is the source as it was then.
  for (const s of db
    .prepare<[], { source: string; at: string }>(
      'SELECT source, max(fetched_at) AS at FROM snapshots GROUP BY source',
    )
    .all())
    offer(s.source, romeDate(new Date(s.at)));
  // A file is as old as its records say (an export's last-update dates), else its import day.
  for (const i of db
    .prepare<[], { source: string; at: string; dataAsOf: string | null }>(
      'SELECT source, finished_at AS at, data_as_of AS dataAsOf FROM imports',
    )
    .all())
    offer(i.source, i.dataAsOf ?? romeDate(new Date(i.at)));
  const bundled = getMeta(db, BUNDLED_AS_OF_KEY);
  if (bundled) newest.set(BUNDLED_SOURCE, bundled);
  const stored = db
    .prepare<[], { source: string }>('SELECT DISTINCT source FROM measures')
    .all()
    .map((r) => r.source);
  return stored.flatMap((source) => {
    const asOf = newest.get(source);
    return asOf ? [{ source, asOf }] : [];
  });
}
