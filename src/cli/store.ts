// Opening the store for a command: creates and seeds it on first use.
import { openDatabase, SETUP_BUSY_MS, withImmediateTransaction, type Db } from '../db/open.js';
import { extractRules, RULES_VERSION } from '../core/rules/extract.js';
import { refreshRules, rulesOutdated } from '../db/measures.js';
import { seedingNeeded } from '../importers/seed-check.js';
import { criteriaOutdated, ensureCriteria } from '../db/criteria.js';
import type { CliContext } from './context.js';

export async function openStore(ctx: CliContext): Promise<Db> {
  const { db } = openDatabase(ctx.dbPath);
  try {
    if (seedingNeeded(db) || rulesOutdated(db, RULES_VERSION) || criteriaOutdated(db))
      await bringUpToDate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Seeds the bundled data and re-reads the rules, under the write lock. Several fesr processes
 * may meet the same new store: the first seeds, the others wait for it, look again and find
 * nothing left to do.
 */
async function bringUpToDate(db: Db): Promise<void> {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${SETUP_BUSY_MS}`);
  try {
    await withImmediateTransaction(db, async (commit) => {
      const needed = seedingNeeded(db);
      if (needed) await (await import('../importers/bundled.js')).seedBundled(db, needed);
      if (rulesOutdated(db, RULES_VERSION)) {
        // Rare (a new store, new rules): the importers' reference lookups load only then.
        const context = (await import('../importers/run-import.js')).mapContext(db);
        refreshRules(db, RULES_VERSION, (m) => extractRules(m, context));
      }
      // The criteria index and call groups of what was written (or of a store from before them).
      ensureCriteria(db);
      commit();
    });
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
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
