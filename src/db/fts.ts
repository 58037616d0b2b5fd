// User text to an FTS5 query. Every term is quoted, so no input can reach FTS5 syntax or SQL:
// words are ANDed, "a phrase" stays a phrase, OR between terms is kept, a trailing * is a prefix.
import type { Db } from './open.js';

export function toFtsQuery(input: string): string | null {
  const tokens = input.match(/"[^"]*"?|\S+/g) ?? [];
  const parts: string[] = [];
  let pendingOr = false;
  for (const raw of tokens) {
    if (raw === 'OR') {
      pendingOr = parts.length > 0;
      continue;
    }
    const isPhrase = raw.startsWith('"');
    const prefix = !isPhrase && raw.endsWith('*');
    const text = (isPhrase ? raw.replace(/^"|"$/g, '') : raw.replace(/\*+$/, '')).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const term = `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
    if (pendingOr) {
      parts[parts.length - 1] = `${parts[parts.length - 1]} OR ${term}`;
      pendingOr = false;
    } else {
      parts.push(term);
    }
  }
  if (parts.length === 0) return null;
  return parts.map((p) => (p.includes(' OR ') ? `(${p})` : p)).join(' AND ');
}

/** Words typed in a search box: every word is a quoted prefix, ANDed ("cosm crem" finds "cosmetici"). */
export function toPrefixFtsQuery(input: string): string | null {
  const words = (input.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"*`);
  return words.length ? words.join(' AND ') : null;
}

/** The per-row triggers that keep `measures_fts` in step with `measures` on insert and update. */
const WRITE_TRIGGERS = ['measures_ai', 'measures_au'] as const;

/** The measures_fts columns, as the triggers of migration 2 fill them. */
const FTS_COLUMNS = 'title, description, search_aliases';

/**
 * Full-text upkeep for many rows written in one transaction. The per-row triggers are dropped
 * (inside the caller's transaction, so a rollback or a kill brings them back) and the index is
 * brought up to date once, in `finish`: the rows inserted since `start` in one pass, the updated
 * ones by rowid. An updated row's old text leaves the index before the update overwrites it.
 */
export interface BulkFtsIndex {
  /** Before a stored row is overwritten: its old text leaves the index. */
  beforeUpdate(rowid: number): void;
  /** After a new row is written. */
  inserted(rowid: number): void;
  /** Indexes the written rows and restores the triggers; call once, before the commit. */
  finish(): void;
}

export function startBulkFts(db: Db): BulkFtsIndex {
  const triggers = db
    .prepare<string[], string>(
      `SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (${WRITE_TRIGGERS.map(() => '?').join(', ')})`,
    )
    .pluck()
    .all(...WRITE_TRIGGERS);
  for (const name of WRITE_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
  // Rowids above this are new in the bulk: they are indexed in one pass at the end.
  const last = db.prepare<[], number | null>('SELECT max(rowid) FROM measures').pluck().get() ?? 0;
  const forget = db.prepare<[number]>(
    `INSERT INTO measures_fts(measures_fts, rowid, ${FTS_COLUMNS})
     SELECT 'delete', rowid, ${FTS_COLUMNS} FROM measures WHERE rowid = ?`,
  );
  // Rows at or below `last` written in the bulk, out of the index until `finish`.
  const pending = new Set<number>();
  return {
    beforeUpdate(rowid) {
      if (rowid > last || pending.has(rowid)) return;
      forget.run(rowid);
      pending.add(rowid);
    },
    inserted(rowid) {
      // SQLite picks a free lower rowid only once the largest is taken; kept exact all the same.
      if (rowid <= last) pending.add(rowid);
    },
    finish() {
      db.prepare(
        `INSERT INTO measures_fts(rowid, ${FTS_COLUMNS})
         SELECT rowid, ${FTS_COLUMNS} FROM measures WHERE rowid > ?`,
      ).run(last);
      const byRowid = db.prepare<[string]>(
        `INSERT INTO measures_fts(rowid, ${FTS_COLUMNS})
         SELECT rowid, ${FTS_COLUMNS} FROM measures WHERE rowid IN (SELECT value FROM json_each(?))`,
      );
      const rowids = [...pending];
      for (let i = 0; i < rowids.length; i += 10_000)
        byRowid.run(JSON.stringify(rowids.slice(i, i + 10_000)));
      for (const sql of triggers) db.exec(sql);
    },
  };
}
