// A store created by an older fesr is brought forward in place, keeping its measures searchable.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { queryCandidates } from '../../../src/db/criteria.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/db/migrations.js';
import { openDatabase } from '../../../src/db/open.js';
import { searchAliases } from '../../../src/db/search-aliases.js';
import { measure } from '../../helpers/measure.js';

/** The ids a `--text` search finds, as the search path asks the store. */
const textSearch = (db: Parameters<typeof queryCandidates>[0], text: string) =>
  queryCandidates(db, { text }, null).map((c) => c.measure.id);

describe('migrations', () => {
  it('upgrades a version-1 store and indexes the spoken form of titles', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fesr-migrate-')), 'old.sqlite');
    const old = new Database(path);
    old.exec(MIGRATIONS[0] as string);
    old.pragma(`application_id = ${0x66657372}`);
    old.pragma('user_version = 1');
    const record = measure({
      id: 'ricircolo-2024',
      title: 'Ri.Circo.Lo',
      description: 'Economia circolare',
    });
    old
      .prepare(
        `INSERT INTO measures (id, source, title, description, is_fesr, aid_forms, record, content_hash, created_at, updated_at)
         VALUES (?, 'bundled', ?, ?, 1, '', ?, 'x', 'now', 'now')`,
      )
      .run(record.id, record.title, record.description, JSON.stringify(record));
    old.close();

    const { db, created } = openDatabase(path);
    expect(created).toBe(false);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(textSearch(db, 'ricircolo')).toEqual(['ricircolo-2024']);
    expect(textSearch(db, 'circolare')).toEqual(['ricircolo-2024']);
    db.close();
  });

  it('joins words split by punctuation and adds the id words', () => {
    expect(searchAliases('ricircolo-2024', 'Ri.Circo.Lo')).toBe('RiCircoLo ricircolo 2024');
    expect(searchAliases('brevetti-2023', 'Brevetti 2023')).toBe('brevetti 2023');
  });
});
