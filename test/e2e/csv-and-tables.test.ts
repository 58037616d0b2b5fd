// CSV written by fesr is safe for every reader and imports back unchanged; `fesr sources` names
// each real source of a file; a bad value names the file's own column; off a terminal nothing is cut.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFesr, tempDir } from '../helpers/run-fesr.js';

const HEADER = 'id,title,source,programme,closesOn,aidForms,sizes,territory,applicants';
const row = (id: string, title: string, source = 'prova') =>
  `${id},"${title.replace(/"/g, '""')}",${source},PR FESR,2026-12-31,grant,small,region:03,firm`;

/**
 * A strict reader that also ends a row at a bare CR or LF outside quotes (as some spreadsheets
 * do): the rows it sees, each a list of cells.
 */
function readStrict(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push(cells);
      cells = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || cells.length) rows.push([...cells, cell]);
  return rows;
}

function withFile(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

type Json = Record<string, unknown>;
const titles = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout) as Json[]).map((r) => [r.id, r.title]));

describe('CSV written by fesr', () => {
  it('quotes a field with a bare CR or LF, so no reader sees a new row (search, --excel, match)', () => {
    const dir = tempDir();
    const file = withFile(
      dir,
      'cr.csv',
      [HEADER, row('cr-1', 'Riga\r@SUM(1+1)'), row('lf-1', 'Riga\n=HYPERLINK(1)'), ''].join('\r\n'),
    );
    expect(runFesr(['import', file], dir).code).toBe(0);
    for (const [args, delimiter] of [
      [['search', '--status', 'all', '--source', 'prova', '--format', 'csv'], ','],
      [['search', '--status', 'all', '--source', 'prova', '--format', 'csv', '--excel'], ';'],
    ] as const) {
      const r = runFesr([...args], dir);
      expect(r.code, r.stderr).toBe(0);
      const rows = readStrict(r.stdout, delimiter);
      expect(rows.map((cells) => cells[0]).sort()).toEqual(['cr-1', 'id', 'lf-1']);
    }
    const firms = withFile(dir, 'firms.csv', 'name,size,province\n"Ditta\r@SUM(1)",small,CR\n');
    const match = runFesr(['match', firms, '--status', 'all', '--format', 'csv'], dir);
    expect(match.code, match.stderr).toBe(0);
    const rows = readStrict(match.stdout).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const cells of rows) expect(cells[0]).toBe('Ditta\r@SUM(1)');
  });

  it("keeps a value beginning with '= (or '') through export and re-import", () => {
    const dir = tempDir();
    // In a fesr CSV a neutralised cell loses one apostrophe: these store '=cmd, =cmd, '-5, ''=x.
    const file = withFile(
      dir,
      'quotes.csv',
      [
        HEADER,
        row('q-1', "''=cmd"),
        row('q-2', "'=cmd"),
        row('q-3', "'-5"),
        row('q-4', "'''=x"),
        row('q-5', "'plain"),
        '',
      ].join('\n'),
    );
    expect(runFesr(['import', file], dir).code).toBe(0);
    const search = ['search', '--status', 'all', '--source', 'prova'];
    const stored = titles(runFesr([...search, '--format', 'json'], dir).stdout);
    expect(stored).toEqual({
      'q-1': "'=cmd",
      'q-2': '=cmd',
      'q-3': "'-5",
      'q-4': "''=x",
      'q-5': "'plain",
    });
    for (const excel of [[], ['--excel']]) {
      const exported = runFesr([...search, '--format', 'csv', ...excel], dir);
      const again = tempDir();
      const back = withFile(again, 'back.csv', exported.stdout);
      const imported = runFesr(['import', back], again);
      expect(imported.code, imported.stderr).toBe(0);
      expect(titles(runFesr([...search, '--format', 'json'], again).stdout)).toEqual(stored);
    }
  });

  it('leaves out a NUL read from a JSON file, so the exported CSV imports', () => {
    const dir = tempDir();
    const json = withFile(
      dir,
      'nul.json',
      JSON.stringify([
        {
          ID_Incentivo: '9901',
          Titolo: 'Nul\u0000qui',
          Data_apertura: '2026-01-01T00:00:00Z',
          Data_chiusura: '2026-12-31T00:00:00Z',
        },
      ]),
    );
    const imported = runFesr(['import', json, '--format', 'incentivi'], dir);
    expect(imported.code, imported.stderr).toBe(0);
    const exported = runFesr(
      ['search', '--status', 'all', '--source', 'incentivi', '--format', 'csv'],
      dir,
    );
    expect(exported.stdout).not.toContain('\u0000');
    expect(exported.stdout).toContain('Nulqui');
    const again = tempDir();
    const back = runFesr(['import', withFile(again, 'back.csv', exported.stdout)], again);
    expect(back.code, back.stderr).toBe(0);
  });
});

describe('fesr sources with a file of several sources', () => {
  it('lists the import under each real source, with its own counts', () => {
    const dir = tempDir();
    const file = withFile(
      dir,
      'two.csv',
      [
        HEADER,
        row('a-1', 'Uno', 'alpha'),
        row('b-1', 'Due', 'beta'),
        row('b-2', 'Tre', 'beta'),
        '',
      ].join('\n'),
    );
    expect(runFesr(['import', file], dir).code).toBe(0);
    const r = runFesr(['sources', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const sources = JSON.parse(r.stdout) as {
      source: string;
      measures: number;
      imports: { inserted: number }[];
    }[];
    expect(sources.map((s) => s.source)).not.toContain('alpha, beta');
    const of = (name: string) => sources.find((s) => s.source === name);
    expect(of('alpha')).toMatchObject({ measures: 1, imports: [{ inserted: 1 }] });
    expect(of('beta')).toMatchObject({ measures: 2, imports: [{ inserted: 2 }] });
    const table = runFesr(['sources'], dir).stdout;
    expect(table).not.toContain('alpha, beta');
    expect(table).toMatch(/│ beta +│ 2 +│/);
  });
});

describe('a bad value in a fesr CSV', () => {
  it('is reported under the column the file names, with its line', () => {
    const dir = tempDir();
    const file = withFile(
      dir,
      'dates.csv',
      [
        'id,title,opensOn,closesOn,aidForms',
        'd-1,Buono,2026-01-01,2026-12-31,grant',
        'd-2,Rotto,2026-13-01,2026-12-31,grant',
        'd-3,Rotto,2026-01-01,2026-02-30x,grant',
        'd-4,Rovescio,2026-06-01,2026-01-01,grant',
        '',
      ].join('\n'),
    );
    const r = runFesr(['import', file], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${file}:3: field "opensOn"`);
    expect(r.stderr).toContain(`${file}:4: field "closesOn"`);
    expect(r.stderr).toContain(`${file}:5: field "closesOn"`);
    expect(r.stderr).not.toMatch(/opensAt|closesAt/);
  });
});

describe('tables off a terminal', () => {
  const longId = 'a-very-long-identifier-of-a-call-that-is-wider-than-the-title-column-2026';

  it('print whole file names in sources and whole ids in search and match', () => {
    const dir = tempDir();
    const deep = join(dir, 'a-folder-with-a-rather-long-name', 'and-another-one-below-it');
    const file = join(deep, 'incentivi-tricky-export.csv');
    mkdirSync(deep, { recursive: true });
    writeFileSync(file, [HEADER, row(longId, 'Lungo'), ''].join('\n'));
    expect(runFesr(['import', file], dir).code).toBe(0);

    const sources = runFesr(['sources'], dir);
    expect(sources.stdout).toContain(file);
    expect(sources.stdout).not.toContain('…');

    const search = runFesr(['search', '--status', 'all', '--source', 'prova'], dir);
    expect(search.stdout).toMatch(new RegExp(`│ ${longId} +│`));
    const firms = withFile(dir, 'firms.csv', 'name,size,province\nDitta,small,CR\n');
    const match = runFesr(['match', firms, '--status', 'all', '--source', 'prova'], dir);
    expect(match.code, match.stderr).toBe(0);
    expect(match.stdout).toContain(longId);
  });
});
