// A consultant's day: a 27-firm client list from Excel (Italian headers, `n.d.`, `-` and `/` in
// cells, a comune that contradicts its province, a row without a name, a figure that is no
// number) through `fesr match`, in a table that fits 80 columns, JSON, CSV and a real workbook.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COSMETICS_CR,
  ROOT,
  runFesr,
  seedTemplate,
  seededDir,
  STACK_TRACE,
} from '../helpers/run-fesr.js';

const FIRMS = join(ROOT, 'test/fixtures/clienti-27.csv');
const AS_OF = ['--as-of', '2026-12-01'];
let template: string;

beforeAll(() => {
  template = seedTemplate();
}, 60_000);

/** Every firm name of the file that has one, in file order. */
const names = readFileSync(FIRMS, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(';')[0] ?? '')
  .filter(Boolean);

interface FirmJson {
  name: string;
  line: number;
  province: string | null;
  size: string | null;
  ateco: string[];
  count: number;
  eligible: number;
  toVerify: number;
  reachableEur: number;
  nearestDeadline: string | null;
  nearestDeadlineId: string | null;
  note: string | null;
  matches: { id: string; eligibility: string; maxAidEur: number | null }[];
}

interface PortfolioJson {
  firms: FirmJson[];
  skipped: { line: number; name: string | null; reason: string }[];
  totals: { firms: number; matches: number; eligible: number; toVerify: number };
}

describe('fesr match on a 27-firm client list', () => {
  it('prints a summary per firm, then each firm once above its calls, within 80 columns', () => {
    const dir = seededDir(template);
    const r = runFesr(['match', FIRMS, ...AS_OF], dir);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe('25 firms judged, 2 rows skipped');
    // Each firm with calls: in the summary and above its table; never on every row.
    const json = JSON.parse(
      runFesr(['match', FIRMS, ...AS_OF, '--format', 'json'], dir).stdout,
    ) as PortfolioJson;
    for (const firm of json.firms.filter((f) => f.count > 0)) {
      const heading = lines.filter((l) => l.startsWith(`${firm.name} · line ${firm.line} ·`));
      expect(heading, firm.name).toHaveLength(1);
    }
    // The firm with none and the rows not read, with their reasons.
    expect(r.stdout).toMatch(
      /Without a match \(1\)\n {2}line 26 Energia Nazionale S\.p\.A\.: none of/,
    );
    expect(r.stdout).toMatch(/ruled out by\s+territory/);
    expect(r.stdout).toMatch(
      /Rows not read \(2\)\n {2}line 27 Rossi Consulenze S\.r\.l\.: Fatturato 2024 \(€\) "tanti"/,
    );
    expect(r.stdout).toContain('line 28 the firm name is empty');
    expect(r.stdout).toMatch(/Total: 25 firms judged \(1 without a match\), 2 rows skipped; \d+/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('reads n.d., -, / and empty cells as not given, and warns of a comune in another province', () => {
    const dir = seededDir(template);
    const r = runFesr(['match', FIRMS, ...AS_OF, '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as PortfolioJson;
    // Every row with a name and readable figures is judged; `n.d.` and `-` skip none.
    expect(doc.firms.map((f) => f.name)).toEqual(
      names.filter((n) => n !== 'Rossi Consulenze S.r.l.'),
    );
    const soft = doc.firms.find((f) => f.name === 'Soft Milano S.r.l.');
    expect(soft).toMatchObject({ province: 'MI', size: 'small', ateco: ['62.01'] });
    expect(r.stderr).toContain(
      `${FIRMS}:18: comune Crema is in CR, but the province column says MI; MI is used`,
    );
    expect(doc.firms.find((f) => f.line === 18)?.province).toBe('MI');
    expect(doc.skipped).toEqual([
      {
        line: 27,
        name: 'Rossi Consulenze S.r.l.',
        reason: expect.stringContaining('"tanti"') as string,
      },
      { line: 28, name: null, reason: 'the firm name is empty' },
    ]);
    expect(doc.totals).toEqual({
      firms: 25,
      withoutMatches: 1,
      skipped: 2,
      matches: doc.firms.reduce((n, f) => n + f.count, 0),
      eligible: doc.firms.reduce((n, f) => n + f.eligible, 0),
      toVerify: doc.firms.reduce((n, f) => n + f.toVerify, 0),
    });
    for (const f of doc.firms) {
      expect(f.count).toBe(f.matches.length);
      expect(f.eligible + f.toVerify).toBe(f.count);
      const stated = f.matches.filter((m) => m.maxAidEur !== null);
      expect(f.reachableEur).toBe(stated.reduce((n, m) => n + (m.maxAidEur ?? 0), 0));
    }
    const none = doc.firms.find((f) => f.count === 0);
    expect(none?.name).toBe('Energia Nazionale S.p.A.');
    expect(none?.note).toMatch(/^none of \d+ calls passes; ruled out by territory \(\d+\)/);
  });

  it('lists the firm without a match and the rows not read in the CSV too', () => {
    const dir = seededDir(template);
    const r = runFesr(['match', FIRMS, ...AS_OF, '--format', 'csv'], dir);
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.filter((row) => row.firm === 'Energia Nazionale S.p.A.')).toEqual([
      expect.objectContaining({
        id: '',
        province: 'RM',
        size: 'large',
        note: expect.stringContaining('none of') as string,
      }),
    ]);
    expect(rows.filter((row) => row.line === '27')).toEqual([
      expect.objectContaining({
        firm: 'Rossi Consulenze S.r.l.',
        id: '',
        note: expect.stringContaining('tanti') as string,
      }),
    ]);
    expect(rows.filter((row) => row.line === '28')).toHaveLength(1);
  });

  it('narrows to one client with --firm, and says which names come close when none is found', () => {
    const dir = seededDir(template);
    const one = runFesr(
      ['match', FIRMS, ...AS_OF, '--format', 'json', '--firm', 'cosmetica cremasca'],
      dir,
    );
    expect(one.code, one.stderr).toBe(0);
    const doc = JSON.parse(one.stdout) as PortfolioJson;
    expect(doc.firms.map((f) => f.name)).toEqual(['Cosmetica Cremasca S.r.l.']);
    expect(doc.skipped).toEqual([]);
    const skippedOne = runFesr(
      ['match', FIRMS, ...AS_OF, '--format', 'json', '--firm', 'Rossi Consulenze'],
      dir,
    );
    expect(JSON.parse(skippedOne.stdout)).toMatchObject({ firms: [], skipped: [{ line: 27 }] });
    const typo = runFesr(['match', FIRMS, ...AS_OF, '--firm', 'Cosmetca Cremsca'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('no firm named "Cosmetca Cremsca"');
    expect(typo.stderr).toContain('did you mean "Cosmetica Cremasca S.r.l."');
    const several = runFesr(['match', FIRMS, ...AS_OF, '--firm', 'S.r.l.'], dir);
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/"S\.r\.l\." names \d+ firms/);
  });
});

describe('real Excel workbooks', () => {
  it('match --output clienti.xlsx: a summary and a detail sheet with typed cells', async () => {
    const dir = seededDir(template);
    const file = join(dir, 'clienti.xlsx');
    const r = runFesr(['match', FIRMS, ...AS_OF, '--output', file], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Detail']);
    const [summary, detail] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    // A frozen bold header with an autofilter over every row.
    for (const sheet of [summary, detail]) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(String(sheet.autoFilter)).toBe(
        `A1:${sheet.getRow(1).getCell(sheet.columnCount).address.replace(/\d+$/, '')}${sheet.rowCount}`,
      );
      expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    }
    // Summary: a row per firm and per row not read, in file order, then the totals.
    expect(summary.rowCount).toBe(1 + 27 + 1);
    const header = (sheet: ExcelJS.Worksheet) =>
      (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const cell = (sheet: ExcelJS.Worksheet, row: number, column: string) =>
      sheet.getRow(row).getCell(header(sheet).indexOf(column) + 1).value;
    expect(cell(summary, 2, 'Firm')).toBe('Cosmetica Cremasca S.r.l.');
    expect(typeof cell(summary, 2, 'Eligible')).toBe('number');
    expect(typeof cell(summary, 2, 'Max aid, sum (EUR)')).toBe('number');
    expect(cell(summary, 2, 'Nearest deadline')).toBeInstanceOf(Date);
    expect(cell(summary, 28, 'Note')).toBe('the firm name is empty');
    expect(cell(summary, 29, 'Firm')).toBe('Total');
    // Detail: a row per firm and call, the title linked to the call's page, days as dates.
    const json = JSON.parse(
      runFesr(['match', FIRMS, ...AS_OF, '--format', 'json'], dir).stdout,
    ) as PortfolioJson;
    expect(detail.rowCount).toBe(1 + json.totals.matches);
    const title = cell(detail, 2, 'Call') as { text: string; hyperlink: string };
    expect(title.hyperlink).toMatch(/^https:\/\//);
    expect(cell(detail, 2, 'Closes')).toBeInstanceOf(Date);
    expect(typeof cell(detail, 2, 'Line')).toBe('number');
    expect(String(cell(detail, 2, 'Id'))).toBe(json.firms[0]?.matches[0]?.id);
  });

  it('speaks Italian in an Italian locale, and search writes a workbook too', async () => {
    const dir = seededDir(template);
    const file = join(dir, 'risultati.xlsx');
    const r = runFesr(['search', ...COSMETICS_CR, ...AS_OF, '--output', file], dir, {
      env: { LANG: 'it_IT.UTF-8' },
    });
    expect(r.code, r.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Risultati']);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(1).value).toBe('Bando');
    expect(sheet.getColumn(5).numFmt).toBe('dd/mm/yyyy');
    const it = join(dir, 'clienti.xlsx');
    expect(
      runFesr(['match', FIRMS, ...AS_OF, '--output', it], dir, { env: { LANG: 'it_IT.UTF-8' } })
        .code,
    ).toBe(0);
    const portfolio = new ExcelJS.Workbook();
    await portfolio.xlsx.readFile(it);
    expect(portfolio.worksheets.map((w) => w.name)).toEqual(['Riepilogo', 'Dettaglio']);
  });

  it('writes a workbook to a pipe, and refuses an unknown extension without writing', () => {
    const dir = seededDir(template);
    const piped = runFesr(['search', ...AS_OF, '--format', 'xlsx'], dir);
    expect(piped.code, piped.stderr).toBe(0);
    // A zip archive: the workbook's first bytes.
    expect(piped.stdout.startsWith('PK')).toBe(true);
    const bad = join(dir, 'clienti.xls');
    const r = runFesr(['match', FIRMS, '--output', bad], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown extension .xls');
    expect(existsSync(bad)).toBe(false);
  });

  it('replaces an existing workbook only with --force, whole', async () => {
    const dir = seededDir(template);
    const file = join(dir, 'clienti.xlsx');
    copyFileSync(FIRMS, file);
    const refused = runFesr(['match', FIRMS, ...AS_OF, '--output', file], dir);
    expect(refused.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIRMS, 'utf8'));
    expect(runFesr(['match', FIRMS, ...AS_OF, '--output', file, '--force'], dir).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets).toHaveLength(2);
  });
});
