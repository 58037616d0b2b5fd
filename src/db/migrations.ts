// Forward-only schema migrations, tracked by PRAGMA user_version. Append; never edit a shipped one.
import type Database from 'better-sqlite3';
import { CRITERIA_SCHEMA } from './criteria.js';
import { searchAliases } from './search-aliases.js';

/** SQL, or a function for a step that needs the same code the writer uses. */
export type Migration = string | ((db: Database.Database) => void);

export const MIGRATIONS: readonly Migration[] = [
  // 1: measures with full-text search, imports, reference tables.
  `
  CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    file TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    records_read INTEGER NOT NULL,
    inserted INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    skipped INTEGER NOT NULL
  );

  CREATE TABLE measures (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    programme TEXT,
    is_fesr INTEGER NOT NULL,
    opens_at TEXT,
    closes_at TEXT,
    budget_eur REAL,
    max_aid_eur REAL,
    aid_forms TEXT NOT NULL,
    url TEXT,
    call_code TEXT,
    -- The whole measure as JSON: the columns above are copies kept for filtering and sorting.
    record TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX measures_source ON measures(source);
  CREATE INDEX measures_closes_at ON measures(closes_at);
  CREATE INDEX measures_url ON measures(url);
  CREATE INDEX measures_call_code ON measures(call_code);

  CREATE VIRTUAL TABLE measures_fts USING fts5(
    title, description,
    content='measures', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER measures_ai AFTER INSERT ON measures BEGIN
    INSERT INTO measures_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
  END;
  CREATE TRIGGER measures_ad AFTER DELETE ON measures BEGIN
    INSERT INTO measures_fts(measures_fts, rowid, title, description)
      VALUES ('delete', old.rowid, old.title, old.description);
  END;
  CREATE TRIGGER measures_au AFTER UPDATE ON measures BEGIN
    INSERT INTO measures_fts(measures_fts, rowid, title, description)
      VALUES ('delete', old.rowid, old.title, old.description);
    INSERT INTO measures_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
  END;

  CREATE TABLE ateco (
    version TEXT NOT NULL,
    code TEXT NOT NULL,
    level INTEGER NOT NULL,
    title_it TEXT NOT NULL,
    title_en TEXT,
    description TEXT,
    PRIMARY KEY (version, code)
  ) WITHOUT ROWID;
  CREATE VIRTUAL TABLE ateco_fts USING fts5(
    version UNINDEXED, code UNINDEXED, title_it, title_en, description,
    tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TABLE ateco_crosswalk (
    code_2007 TEXT NOT NULL,
    code_2025 TEXT NOT NULL,
    PRIMARY KEY (code_2007, code_2025)
  ) WITHOUT ROWID;
  CREATE INDEX ateco_crosswalk_2025 ON ateco_crosswalk(code_2025);

  CREATE TABLE municipalities (
    istat_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    province TEXT NOT NULL,
    region_code TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  `,
  // 2: full-text search also over spoken forms of titles ("Ri.Circo.Lo" as "RiCircoLo") and ids.
  (db) => {
    db.exec(`
      DROP TRIGGER measures_ai;
      DROP TRIGGER measures_ad;
      DROP TRIGGER measures_au;
      DROP TABLE measures_fts;
      ALTER TABLE measures ADD COLUMN search_aliases TEXT;
    `);
    const rows = db.prepare('SELECT id, title FROM measures').all() as {
      id: string;
      title: string;
    }[];
    const update = db.prepare('UPDATE measures SET search_aliases = ? WHERE id = ?');
    for (const row of rows) update.run(searchAliases(row.id, row.title), row.id);
    db.exec(`
      CREATE VIRTUAL TABLE measures_fts USING fts5(
        title, description, search_aliases,
        content='measures', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER measures_ai AFTER INSERT ON measures BEGIN
        INSERT INTO measures_fts(rowid, title, description, search_aliases)
          VALUES (new.rowid, new.title, new.description, new.search_aliases);
      END;
      CREATE TRIGGER measures_ad AFTER DELETE ON measures BEGIN
        INSERT INTO measures_fts(measures_fts, rowid, title, description, search_aliases)
          VALUES ('delete', old.rowid, old.title, old.description, old.search_aliases);
      END;
      CREATE TRIGGER measures_au AFTER UPDATE ON measures BEGIN
        INSERT INTO measures_fts(measures_fts, rowid, title, description, search_aliases)
          VALUES ('delete', old.rowid, old.title, old.description, old.search_aliases);
        INSERT INTO measures_fts(rowid, title, description, search_aliases)
          VALUES (new.rowid, new.title, new.description, new.search_aliases);
      END;
      INSERT INTO measures_fts(measures_fts) VALUES ('rebuild');
    `);
  },
  // 3: fesr update: what each download brought, what it changed, and calls withdrawn by their
  // source (kept, marked). `news_seen` is how far `fesr news` has reported, per saved profile.
  `
  ALTER TABLE measures ADD COLUMN withdrawn_on TEXT;

  CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    -- One \`fesr update\` run: its sources share this start time.
    run_at TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    -- 'imported' or 'not-modified' (304: the stored data is still the source's).
    outcome TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    bytes INTEGER NOT NULL,
    records INTEGER NOT NULL,
    -- 1 when the download holds the whole source, so that missing calls are withdrawn.
    full INTEGER NOT NULL,
    inserted INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL
  );
  CREATE INDEX snapshots_source ON snapshots(source, id);

  CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    measure_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    -- JSON array of {field, before, after}.
    fields TEXT NOT NULL,
    -- 1 for the first snapshot of a source: everything is new, which is no news.
    baseline INTEGER NOT NULL
  );
  CREATE INDEX changes_snapshot ON changes(snapshot_id);
  CREATE INDEX changes_measure ON changes(measure_id);

  CREATE TABLE news_seen (
    profile TEXT PRIMARY KEY,
    last_change_id INTEGER NOT NULL,
    ran_at TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 4: the day an imported file's records say their source last updated them, so a file
  // exported months ago is not taken for today's data.
  `ALTER TABLE imports ADD COLUMN data_as_of TEXT;`,
  // 5: cheaper writes. No query can use the closes_at, url or call_code indexes (the status filter
  // reads substr(closes_at), the same-call lookup ORs a LIKE and scans), so every row written paid
  // for them for nothing; and an update that leaves the searched text as it was (new dates, rules
  // read again) no longer takes the row out of the full-text index and puts it back.
  `
  DROP INDEX measures_closes_at;
  DROP INDEX measures_url;
  DROP INDEX measures_call_code;
  DROP TRIGGER measures_au;
  CREATE TRIGGER measures_au AFTER UPDATE OF title, description, search_aliases ON measures
  WHEN old.title IS NOT new.title OR old.description IS NOT new.description
    OR old.search_aliases IS NOT new.search_aliases
  BEGIN
    INSERT INTO measures_fts(measures_fts, rowid, title, description, search_aliases)
      VALUES ('delete', old.rowid, old.title, old.description, old.search_aliases);
    INSERT INTO measures_fts(rowid, title, description, search_aliases)
      VALUES (new.rowid, new.title, new.description, new.search_aliases);
  END;
  `,
  // 6: the criteria index and the store-wide call groups (db/criteria.ts); the rows of the
  // records already stored are computed on first use, as for a new index version.
  CRITERIA_SCHEMA,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
