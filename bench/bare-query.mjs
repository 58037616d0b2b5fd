// The floor a search is compared with: a bare `node` process that opens the same store with
// better-sqlite3, runs one comparable query and prints the rows' JSON. Usage:
// node bench/bare-query.mjs DB selective|broad|text AS_OF
import Database from 'better-sqlite3';

const [db, kind, asOf] = process.argv.slice(2);
const store = new Database(db, { readonly: true });
const notClosed = `(closes_at IS NULL OR substr(closes_at, 1, 10) >= @asOf)`;
const QUERIES = {
  // The cosmetics maker in Cremona: calls for its territory and size, not closed on the day.
  selective: `SELECT record FROM measures WHERE ${notClosed}
    AND EXISTS (SELECT 1 FROM json_each(record, '$.territory')
                WHERE value IN ('IT', 'region:03', 'province:CR'))
    AND EXISTS (SELECT 1 FROM json_each(record, '$.sizes') WHERE value = 'small')
    ORDER BY closes_at`,
  broad: `SELECT record FROM measures WHERE ${notClosed} ORDER BY closes_at LIMIT 50`,
  text: `SELECT m.record FROM measures_fts JOIN measures m ON m.rowid = measures_fts.rowid
    WHERE measures_fts MATCH '"transizione" AND "digitale"' ORDER BY rank LIMIT 50`,
};
const sql = QUERIES[kind];
if (!sql) throw new Error(`unknown query ${kind}`);
const records = store
  .prepare(sql)
  .pluck()
  .all(kind === 'text' ? {} : { asOf });
process.stdout.write(`[${records.join(',\n')}]\n`);
