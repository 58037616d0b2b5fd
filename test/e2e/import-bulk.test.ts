// A large import keeps the full-text index in bulk and parses in a worker thread: the index must
// come out exact (search finds exactly the rows with a word), a failed large import must leave
// the index, the tables and the triggers as they were, and bad rows are reported as ever.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpDb, runFesr, tempDb } from './run-fesr.js';

/** Above the writer's bulk threshold (1000 rows) and the worker's file size (1 MiB). */
const ROWS = 3000;
const WORD = 'zafferano';
const FILLER =
  'Contributi a fondo perduto per progetti di innovazione, digitalizzazione e sviluppo delle ' +
  'imprese lombarde, con spese ammissibili per macchinari, consulenze, software e formazione ' +
  'del personale; domande a sportello fino ad esaurimento delle risorse disponibili. ';

interface Row {
  id: string;
  title: string;
  description: string;
}

function rows(hasWord: (i: number) => boolean, edition: string): Row[] {
  return Array.from({ length: ROWS }, (_, k) => {
    const i = k + 1;
    return {
      id: `bulk-${i}`,
      title: `Bando ${edition} numero ${i}`,
      description: `${FILLER}${FILLER}${hasWord(i) ? `Filiera dello ${WORD}. ` : ''}Edizione ${i}.`,
    };
  });
}

function csvFile(name: string, list: Row[], extra: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fesr-bulk-')), name);
  const lines = ['id,title,description,programme,aidForms,sizes,territory,opensAt,closesAt'];
  for (const r of list)
    lines.push(
      `${r.id},${r.title},"${r.description}",Regione Lombardia,grant,micro; small,region:03,2024-01-01,2030-12-31`,
    );
  lines.push(...extra);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function found(db: string, text: string): string[] {
  const r = runFesr(db, ['search', '--status', 'all', '--text', text, '--format', 'json']);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((m) => m.id).sort();
}

function expected(list: Row[], present: (r: Row) => boolean): string[] {
  return list
    .filter(present)
    .map((r) => r.id)
    .sort();
}

/** FTS5's own check of the index against the measures table, and the triggers in place. */
function ftsState(db: string): { integrity: 'ok'; triggers: string[] } {
  const conn = new Database(db);
  try {
    conn.prepare("INSERT INTO measures_fts(measures_fts) VALUES ('integrity-check')").run();
    const triggers = conn
      .prepare<[], string>(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'measures' ORDER BY name",
      )
      .pluck()
      .all();
    return { integrity: 'ok', triggers };
  } finally {
    conn.close();
  }
}

describe('a large import', () => {
  const first = rows((i) => i % 7 === 0, 'alfaedizione');
  let db: string;
  let triggers: string[];

  beforeAll(() => {
    db = tempDb();
    expect(runFesr(db, ['sources']).code).toBe(0);
    triggers = ftsState(db).triggers;
    const file = csvFile('large.csv', first);
    expect(statSync(file).size).toBeGreaterThan(1 << 20);
    const r = runFesr(db, ['import', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${ROWS} read, ${ROWS} new`);
  }, 120_000);

  it('indexes exactly the rows holding a word, and keeps the triggers', () => {
    expect(found(db, WORD)).toEqual(expected(first, (r) => r.description.includes(WORD)));
    expect(found(db, 'alfaedizione')).toHaveLength(ROWS);
    expect(ftsState(db)).toEqual({ integrity: 'ok', triggers });
  });

  it('a failed large import (--strict, a bad last row) changes neither tables nor index', () => {
    const before = dumpDb(db);
    const file = csvFile(
      'bad.csv',
      rows((i) => i % 5 === 0, 'betaedizione'),
      [
        `bulk-bad,Bando rotto,"${FILLER}",Regione Lombardia,grant,micro,region:03,2024-13-45,2030-12-31`,
      ],
    );
    const r = runFesr(db, ['import', '--strict', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.csv:3002: field "opensAt"/);
    expect(dumpDb(db)).toBe(before);
    expect(ftsState(db)).toEqual({ integrity: 'ok', triggers });
    expect(found(db, WORD)).toEqual(expected(first, (r) => r.description.includes(WORD)));
  });

  it('a large re-import that moves the word updates the index exactly', () => {
    const second = rows((i) => i % 5 === 0, 'betaedizione');
    const r = runFesr(db, ['import', csvFile('second.csv', second)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${ROWS} read, 0 new, ${ROWS} updated`);
    expect(found(db, WORD)).toEqual(expected(second, (r) => r.description.includes(WORD)));
    expect(found(db, 'alfaedizione')).toEqual([]);
    expect(ftsState(db)).toEqual({ integrity: 'ok', triggers });
  });

  it('a small import after it keeps the index exact, row by row', () => {
    const small = [
      { id: 'bulk-5', title: 'Bando gammaedizione numero 5', description: 'Senza la parola.' },
      { id: 'bulk-6', title: 'Bando gammaedizione numero 6', description: `Con lo ${WORD}.` },
      { id: 'small-1', title: 'Bando nuovo', description: `Anche lo ${WORD}.` },
    ];
    const r = runFesr(db, ['import', csvFile('small.csv', small)]);
    expect(r.code).toBe(0);
    const now = rows((i) => i % 5 === 0, 'betaedizione').filter(
      (x) => !['bulk-5', 'bulk-6'].includes(x.id),
    );
    expect(found(db, WORD)).toEqual(
      [...expected(now, (x) => x.description.includes(WORD)), 'bulk-6', 'small-1'].sort(),
    );
    expect(found(db, 'gammaedizione')).toEqual(['bulk-5', 'bulk-6']);
    expect(ftsState(db)).toEqual({ integrity: 'ok', triggers });
  });
});

describe('a large file with bad rows', () => {
  it('is parsed in a worker and reports each bad row with its line and field', () => {
    const db = tempDb();
    const list = rows(() => false, 'prova');
    const file = csvFile('with-bad.csv', list, [
      `bad-1,,"${FILLER}",Regione Lombardia,grant,micro,region:03,2024-01-01,2030-12-31`,
      `bad-2,Bando,"${FILLER}",Regione Lombardia,cheque,micro,region:03,2024-01-01,2030-12-31`,
      `bad-3,Bando,"${FILLER}",Regione Lombardia,grant,micro,region:03`,
    ]);
    expect(statSync(file).size).toBeGreaterThan(1 << 20);
    const r = runFesr(db, ['import', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${ROWS + 3} read, ${ROWS} new, 0 updated, 0 unchanged, 3 skipped`);
    const skipped = r.stderr.match(/^.*skipped .*$/gm);
    expect(skipped).toEqual([
      expect.stringMatching(/with-bad\.csv:3002: field "title" /),
      expect.stringMatching(/with-bad\.csv:3003: field "aidForms" unknown value "cheque"/),
      expect.stringMatching(/with-bad\.csv:3004: field "\(row\)" has 7 fields, the header has 9/),
    ]);
  }, 120_000);
});
