// Opening the store: pragmas, the fesr marker, migrations. Every SQLite error becomes exit 4.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';

export type Db = Database.Database;

/** "fesr" in ASCII: marks the file as ours, so another SQLite file is not mistaken for one. */
const APPLICATION_ID = 0x66657372;

export interface OpenedDatabase {
  db: Db;
  /** True when this call created the schema: the caller seeds the bundled data. */
  created: boolean;
}

export function openDatabase(path: string): OpenedDatabase {
  let db: Db;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: 5000 });
  } catch (error) {
    throw asDatabaseError(error, path);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // Imports write many rows in one transaction: a larger page cache keeps them off the disk.
    db.pragma('cache_size = -65536');
    const created = migrate(db, path);
    return { db, created };
  } catch (error) {
    db.close();
    throw asDatabaseError(error, path);
  }
}

function migrate(db: Db, path: string): boolean {
  const version = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const isEmpty =
    (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
  if (!isEmpty && appId !== APPLICATION_ID) {
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
  if (version === SCHEMA_VERSION) return false;
  db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v] as Migration;
      if (typeof step === 'string') db.exec(step);
      else step(db);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  return version === 0;
}

export function asDatabaseError(error: unknown, path: string): Error {
  if (error instanceof DatabaseError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatabaseError(
      `${path} is not a fesr database or is corrupt (${message})`,
      'use another --db',
      { cause: error, detail: { code: 'not-fesr-db', params: { path } } },
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
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
 * Runs `body` inside BEGIN IMMEDIATE. Only an explicit `commit()` keeps the changes: an error,
 * a dry run or a killed process leaves the database as it was.
 */
export async function withImmediateTransaction(
  db: Db,
  body: (commit: () => void) => Promise<void>,
): Promise<void> {
  db.exec('BEGIN IMMEDIATE');
  let committed = false;
  try {
    await body(() => {
      db.exec('COMMIT');
      committed = true;
    });
  } finally {
    if (!committed && db.inTransaction) db.exec('ROLLBACK');
  }
}
