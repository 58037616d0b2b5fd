// Opening the store for a command: creates and seeds it on first use.
import { openDatabase, type Db } from '../db/open.js';
import { extractRules, RULES_VERSION } from '../core/rules/extract.js';
import { refreshRules, rulesOutdated } from '../db/measures.js';
import { seedingNeeded } from '../importers/seed-check.js';
import type { CliContext } from './context.js';

export async function openStore(ctx: CliContext): Promise<Db> {
  const { db } = openDatabase(ctx.dbPath);
  try {
    const needed = seedingNeeded(db);
    if (needed) await (await import('../importers/bundled.js')).seedBundled(db, needed);
    if (rulesOutdated(db, RULES_VERSION)) {
      // Rare (a new store, new rules): the importers' reference lookups load only then.
      const context = (await import('../importers/run-import.js')).mapContext(db);
      refreshRules(db, RULES_VERSION, (m) => extractRules(m, context));
    }
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
