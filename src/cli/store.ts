// Opening the store for a command: creates and seeds it on first use.
import { openDatabase, type Db } from '../db/open.js';
import { ensureSeeded } from '../importers/bundled.js';
import type { CliContext } from './context.js';

export async function openStore(ctx: CliContext): Promise<Db> {
  const { db } = openDatabase(ctx.dbPath);
  try {
    await ensureSeeded(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Runs `body` with an open store and always closes it. */
export async function withStore<T>(ctx: CliContext, body: (db: Db) => Promise<T> | T): Promise<T> {
  const db = await openStore(ctx);
  try {
    return await body(db);
  } finally {
    db.close();
  }
}
