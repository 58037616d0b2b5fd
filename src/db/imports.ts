// The import log behind `fesr sources`.
import type { Db } from './open.js';

export interface ImportCounts {
  /** The newest day the records say their source updated them, or null. */
  dataAsOf?: string | null;
  recordsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface ImportRecord extends ImportCounts {
  source: string;
  format: string;
  file: string;
  startedAt: string;
  finishedAt: string;
}

/** Adds the log row first, so measures can point at it; counts are filled in by finishImport. */
export function startImport(
  db: Db,
  source: string,
  format: string,
  file: string,
  startedAt: string,
): number {
  const info = db
    .prepare(
      `INSERT INTO imports (source, format, file, started_at, finished_at, records_read, inserted,
        updated, unchanged, skipped) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0)`,
    )
    .run(source, format, file, startedAt, startedAt);
  return Number(info.lastInsertRowid);
}

export function finishImport(
  db: Db,
  id: number,
  counts: ImportCounts & { source: string },
  finishedAt: string,
): void {
  db.prepare(
    `UPDATE imports SET source = ?, finished_at = ?, records_read = ?, inserted = ?, updated = ?,
      unchanged = ?, skipped = ?, data_as_of = ? WHERE id = ?`,
  ).run(
    counts.source,
    finishedAt,
    counts.recordsRead,
    counts.inserted,
    counts.updated,
    counts.unchanged,
    counts.skipped,
    counts.dataAsOf ?? null,
    id,
  );
}

export interface SourceSummary {
  source: string;
  measures: number;
  lastImportAt: string | null;
  lastFile: string | null;
  imports: ImportRecord[];
}

export function listSources(db: Db): SourceSummary[] {
  const counts = db
    .prepare<[], { source: string; n: number }>(
      'SELECT source, count(*) AS n FROM measures GROUP BY source ORDER BY source',
    )
    .all();
  const imports = db
    .prepare<[], ImportRecord>(
      `SELECT source, format, file, started_at AS startedAt, finished_at AS finishedAt,
        records_read AS recordsRead, inserted, updated, unchanged, skipped
       FROM imports ORDER BY id`,
    )
    .all();
  const names = [
    ...new Set([...counts.map((c) => c.source), ...imports.map((i) => i.source)]),
  ].sort();
  return names.map((source) => {
    const own = imports.filter((i) => i.source === source);
    const last = own[own.length - 1];
    return {
      source,
      measures: counts.find((c) => c.source === source)?.n ?? 0,
      lastImportAt: last?.finishedAt ?? null,
      lastFile: last?.file ?? null,
      imports: own,
    };
  });
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?')
    .get(key);
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
