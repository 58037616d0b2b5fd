// Opening the store: a read-only look at the file, then pragmas, the fesr marker, migrations.
// Every SQLite error becomes exit 4. Several fesr processes may open a new file at once.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';

export type Db = Database.Database;

/** "fesr" in ASCII: marks the file as ours, so another SQLite file is not mistaken for one. */
export const APPLICATION_ID = 0x66657372;

/** How long a command waits for the ordinary lock of another fesr command. */
const BUSY_MS = 5000;
/**
 * How long opening waits for another process creating, migrating or seeding the same store:
 * seeding takes seconds, more on a busy machine, and waiting is better than failing.
 */
export const SETUP_BUSY_MS = 120_000;

export interface OpenedDatabase {
  db: Db;
  /** True when this call created the schema: the caller seeds the bundled data. */
  created: boolean;
}

interface FileState {
  version: number;
  appId: number;
  isEmpty: boolean;
}

export function openDatabase(path: string): OpenedDatabase {
  let db: Db;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: BUSY_MS });
  } catch (error) {
    throw asDatabaseError(error, path);
  }
  try {
    // Reads only: a file that is not ours is refused before anything is written to it (switching
    // to WAL rewrites the header).
    const state = readState(db);
    checkState(state, path);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // Imports write many rows in one transaction: a page cache larger than the default keeps the
    // upper B-tree levels in memory; 16 MiB writes a 1M-row import as fast as 64 MiB did, in
    // 48 MiB less memory (the rest spills to the WAL, which the commit needs written anyway).
    db.pragma('cache_size = -16384');
    let created = false;
    db.pragma(`busy_timeout = ${SETUP_BUSY_MS}`);
    try {
      setWal(db);
      if (state.version !== SCHEMA_VERSION) created = migrate(db, path);
    } finally {
      db.pragma(`busy_timeout = ${BUSY_MS}`);
    }
    return { db, created };
  } catch (error) {
    db.close();
    throw asDatabaseError(error, path);
  }
}

function readState(db: Db): FileState {
  // One read transaction: another process's migration commits whole between them, never inside
  // (three separate reads could see no version yet and then its tables).
  return db.transaction(() => ({
    version: db.pragma('user_version', { simple: true }) as number,
    appId: db.pragma('application_id', { simple: true }) as number,
    isEmpty: (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0,
  }))();
}

/** Refuses another application's file, a schema this fesr cannot read and a damaged version. */
function checkState({ version, appId, isEmpty }: FileState, path: string): void {
  // A new file (or an empty one of ours); an empty file another application has marked is its.
  if (isEmpty && version === 0 && (appId === 0 || appId === APPLICATION_ID)) return;
  if (appId !== APPLICATION_ID) {
    throw new DatabaseError(
      `${path} is not a fesr database`,
      'point --db or FESR_DB at a fesr database, or at a new file to create one',
      { detail: { code: 'not-fesr-db', params: { path } } },
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new DatabaseError(
      `${path} has schema version ${version}, newer than this fesr (${SCHEMA_VERSION})`,
      'upgrade fesr, or use another --db',
      {
        detail: {
          code: 'newer-schema',
          params: { path, version: String(version), supported: String(SCHEMA_VERSION) },
        },
      },
    );
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new DatabaseError(
      `${path} has an invalid schema version (${version}): the file was changed outside fesr or is damaged`,
      'restore it from a backup, or run `fesr rebuild` to move it aside and start afresh from the bundled data',
      { detail: { code: 'bad-schema', params: { path, version: String(version) } } },
    );
  }
}

/** WAL lets searches read while an import writes. Another process may be switching it too. */
function setWal(db: Db): void {
  const deadline = Date.now() + SETUP_BUSY_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

/** Brings the schema up to date under the write lock; the version is read again once it is held. */
function migrate(db: Db, path: string): boolean {
  db.exec('BEGIN IMMEDIATE');
  try {
    const state = readState(db);
    checkState(state, path);
    const { version } = state;
    if (version !== SCHEMA_VERSION) {
      for (let v = version; v < SCHEMA_VERSION; v++) {
        const step = MIGRATIONS[v] as Migration;
        if (typeof step === 'string') db.exec(step);
        else step(db);
      }
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }
    db.exec('COMMIT');
    return version === 0;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

const REBUILD_HINT =
  'restore it from a backup, or run `fesr rebuild` to move it aside and start afresh from the bundled data';

/** Whether an SQLite error says the file itself is damaged. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

export function corruptDatabase(path: string, reason: string, cause?: unknown): DatabaseError {
  return new DatabaseError(`${path} is damaged (${reason})`, REBUILD_HINT, {
    cause,
    detail: { code: 'db-corrupt', params: { path, reason } },
  });
}

export function asDatabaseError(error: unknown, path: string): Error {
  if (error instanceof DatabaseError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') {
    return new DatabaseError(
      `${path} is not a fesr database or is damaged (${message})`,
      `use another --db; if it is your fesr store, ${REBUILD_HINT.replace('run `fesr rebuild`', 'run `fesr rebuild --force`')}`,
      { cause: error, detail: { code: 'not-a-database', params: { path, reason: message } } },
    );
  }
  if (isCorruption(error)) return corruptDatabase(path, message, error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseError(
      `${path} is locked by another process`,
      'wait for the other fesr command to finish, then retry',
      { cause: error, detail: { code: 'db-locked', params: { path } } },
    );
  }
  if (code.startsWith('SQLITE_') || code === 'EACCES' || code === 'ENOENT' || code === 'EROFS') {
    return new DatabaseError(`cannot use the database ${path}: ${message}`, undefined, {
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error(message);
}

/**
 * `PRAGMA quick_check`: a damaged page is otherwise met only when it is read, and an import would
 * write on top of it. About 0.1 s on the bundled store: run before writes, not before searches.
 */
export function checkIntegrity(db: Db): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  } catch (error) {
    if (isCorruption(error)) throw corruptDatabase(db.name, (error as Error).message, error);
    throw error;
  }
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length) throw corruptDatabase(db.name, `quick_check: ${problems.join('; ')}`);
}

let savepoints = 0;

/**
 * Runs `body` inside BEGIN IMMEDIATE, after a quick integrity check. Only an explicit `commit()`
 * keeps the changes: an error, a dry run or a killed process leaves the database as it was.
 * Inside another transaction (seeding wraps an import) it is a savepoint of that transaction.
 */
export async function withImmediateTransaction(
  db: Db,
  body: (commit: () => void) => Promise<void>,
): Promise<void> {
  if (db.inTransaction) {
    const name = `fesr_${++savepoints}`;
    db.exec(`SAVEPOINT ${name}`);
    let released = false;
    try {
      await body(() => {
        db.exec(`RELEASE ${name}`);
        released = true;
      });
    } finally {
      if (!released && db.inTransaction) db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
    }
    return;
  }
  db.exec('BEGIN IMMEDIATE');
  let committed = false;
  try {
    checkIntegrity(db);
    await body(() => {
      db.exec('COMMIT');
      committed = true;
    });
  } finally {
    if (!committed && db.inTransaction) db.exec('ROLLBACK');
  }
}

export interface RestoreList {
  /** Sources `fesr update` fetched into the old store. */
  updated: string[];
  /** Files imported by hand, the most recent first, with the source they were logged under. */
  imported: { file: string; source: string; format: string }[];
}

/** The file opened read-only, for a look that must leave it as it is; null when it will not open. */
function openReadOnly(path: string): Db | null {
  try {
    return new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_MS });
  } catch {
    return null;
  }
}

/**
 * Whether a fesr store opens read-only, has a schema this fesr reads and passes `quick_check`:
 * then there is nothing for `fesr rebuild` to repair.
 */
export function storeLooksHealthy(path: string): boolean {
  const db = openReadOnly(path);
  if (!db) return false;
  try {
    const state = readState(db);
    if (state.appId !== APPLICATION_ID || state.version < 1 || state.version > SCHEMA_VERSION)
      return false;
    const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
    return rows.every((r) => r.quick_check === 'ok');
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * What a damaged store held beyond the bundled data, read from its logs as far as they can be
 * read (null when they cannot). Opened read-only: the file is left as it is.
 */
export function readRestoreList(path: string): RestoreList | null {
  const db = openReadOnly(path);
  if (!db) return null;
  try {
    let updated: string[] = [];
    try {
      updated = db
        .prepare<[], { source: string }>('SELECT DISTINCT source FROM snapshots ORDER BY source')
        .all()
        .map((r) => r.source);
    } catch {
      // A store older than `fesr update`, or a damaged page: the imports log may still be read.
    }
    const imported = db
      .prepare<[], { file: string; source: string; format: string }>(
        `SELECT file, source, format FROM imports
         WHERE source <> 'bundled'
           AND id NOT IN (SELECT import_id FROM snapshots WHERE import_id IS NOT NULL)
         GROUP BY file, source, format ORDER BY max(id) DESC`,
      )
      .all();
    return { updated, imported };
  } catch {
    try {
      const imported = db
        .prepare<[], { file: string; source: string; format: string }>(
          `SELECT file, source, format FROM imports WHERE source <> 'bundled'
           GROUP BY file, source, format ORDER BY max(id) DESC`,
        )
        .all();
      return { updated: [], imported };
    } catch {
      return null;
    }
  } finally {
    db.close();
  }
}
