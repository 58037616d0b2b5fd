// The store's side of shell completion: measure ids by prefix, read-only, from a file that must
// already exist (completing a word never creates, migrates or seeds a database).
import Database from 'better-sqlite3';

/** How many ids one completion offers at most: beyond that the user types more first. */
const MAX_IDS = 500;

export function measureIdsStartingWith(path: string, prefix: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 250 });
  try {
    // A range over the primary key, not LIKE: `_` and `%` in a prefix are letters here.
    return db
      .prepare('SELECT id FROM measures WHERE id >= ? AND id < ? ORDER BY id LIMIT ?')
      .pluck()
      .all(prefix, `${prefix}\u{10ffff}`, MAX_IDS) as string[];
  } finally {
    db.close();
  }
}
