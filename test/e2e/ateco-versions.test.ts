// ATECO 2025 as the current version, through the built binary: a code of both versions with
// other meanings read as 2025 (and said), the 2007:/2025: prefixes in flags, saved profiles and
// the firms CSV, and 2025 codes with no 2007 equivalent placed through the level above them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFesr, seedTemplate, seededDir } from '../helpers/run-fesr.js';

let template: string;
beforeAll(() => {
  template = seedTemplate();
});

interface Row {
  id: string;
  eligibility: string;
  reasons: { criterion: string; verdict: string; detail: string; code: string; params: object }[];
}

const firm = ['--province', 'BS', '--size', 'small', '--as-of', '2024-10-01'];
const DIGITAL = 'transizione-digitale-2024'; // excludes A, 61, 62, 63, K, 12, 46.35, 47.26 (2007)

function sectorOf(rows: Row[], id = DIGITAL) {
  const row = rows.find((r) => r.id === id);
  return row?.reasons.find((r) => r.criterion === 'sector');
}

function search(ateco: string, dir = seededDir(template)) {
  const r = runFesr(
    ['search', ...firm, '--ateco', ateco, '--status', 'all', '--explain', '--format', 'json'],
    dir,
  );
  return { ...r, rows: r.code === 0 ? (JSON.parse(r.stdout) as Row[]) : [] };
}

describe('ATECO versions through fesr search', () => {
  it('reads 25.62.00 as ATECO 2025 and says so, on stderr and in the reason', () => {
    const r = search('25.62.00');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'fesr: 25.62.00 read as ATECO 2025 (Fabbricazione di serrature e cerniere); write ' +
        '2007:25.62.00 for the 2007 meaning (Lavori di meccanica generale)\n',
    );
    const sector = sectorOf(r.rows);
    expect(sector?.verdict).toBe('pass');
    expect(sector?.detail).toContain(
      '25.62.00 read as ATECO 2025 (Fabbricazione di serrature e cerniere), compared as ATECO 2007 25.72.00',
    );
    expect(sector?.params).toMatchObject({ reading: { version: '2025', compared: ['25.72.00'] } });
  });

  it('gives the 2007 meaning with 2007:25.62.00, and nothing on stderr', () => {
    const r = search('2007:25.62.00');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(sectorOf(r.rows)?.detail).toMatch(
      /^25\.62\.00 read as ATECO 2007 \(Lavori di meccanica generale\): 25\.62\.00 is admitted/,
    );
  });

  it('refuses an unknown version prefix with exit 2, naming the valid ones', () => {
    const r = runFesr(['search', ...firm, '--ateco', '2022:25.62.00'], seededDir(template));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown ATECO version "2022"');
    expect(r.stderr).toContain('2007:CODE or 2025:CODE');
  });

  it('places a 2025 code with no 2007 equivalent through its class or group, not "?"', () => {
    // 46.18.46 has no 2007 predecessor of its own; its class 46.18 has one, which no rule excludes.
    const broker = sectorOf(search('46.18.46').rows);
    expect(broker?.verdict).toBe('pass');
    expect(broker?.detail).toContain(
      'which has no ATECO 2007 equivalent of its own: compared through its class 46.18 (ATECO 2007 46.18)',
    );
    // 60.39.00: its group 60.3 comes from 2007 63.9, in the excluded division 63.
    const content = sectorOf(search('60.39.00').rows);
    expect(content?.verdict).toBe('fail');
    expect(content?.detail).toContain('compared through its group 60.3 (ATECO 2007 63.9)');
    expect(content?.detail).toContain('63.9 falls under excluded division 63');
  });
});

describe('version prefixes in saved profiles and the firms CSV', () => {
  it('keeps 2007:25.62.00 in a saved profile', () => {
    const dir = seededDir(template);
    const saved = runFesr(
      ['profile', 'save', 'officina', ...firm.slice(0, 4), '--ateco', '2007:25.62.00'],
      dir,
    );
    expect(saved.code, saved.stderr).toBe(0);
    const r = runFesr(
      [
        'search',
        '--profile',
        'officina',
        '--as-of',
        '2024-10-01',
        '--status',
        'all',
        '--explain',
        '--format',
        'json',
      ],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(sectorOf(JSON.parse(r.stdout) as Row[])?.detail).toContain('read as ATECO 2007');
  });

  it('reads the ateco column of fesr match with its prefix; a bad prefix skips the row', () => {
    const dir = seededDir(template);
    const file = join(dir, 'firms.csv');
    writeFileSync(
      file,
      'nome,dipendenti,ateco,provincia\n' +
        'Officina Bresciana,20,2007:25.62.00,BS\n' +
        'Serrature Lecchesi,20,25.62.00,LC\n' +
        'Prefisso Sbagliato,20,2022:25.62.00,MI\n',
    );
    const r = runFesr(['match', file, '--as-of', '2024-10-01', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      firms: { name: string; matches: Row[] }[];
      skipped: { line: number; name: string | null; reason: string }[];
    };
    const sector = (name: string) =>
      sectorOf(doc.firms.find((f) => f.name === name)?.matches ?? []);
    expect(sector('Officina Bresciana')?.detail).toContain(
      '25.62.00 read as ATECO 2007 (Lavori di meccanica generale)',
    );
    expect(sector('Serrature Lecchesi')?.detail).toContain('25.62.00 read as ATECO 2025');
    expect(doc.skipped).toEqual([
      {
        line: 4,
        name: 'Prefisso Sbagliato',
        reason: expect.stringContaining('unknown ATECO version "2022"') as string,
      },
    ]);
    expect(r.stderr).toContain(`${file}:3: 25.62.00 read as ATECO 2025`);
  });

  it('reads the codes of an ateco column whose header names a version in that version', () => {
    const dir = seededDir(template);
    const file = join(dir, 'firms.csv');
    writeFileSync(
      file,
      'ragione sociale;dipendenti;Codice ATECO 2007;provincia\n' +
        'Officina Bresciana;20;25.62.00;BS\n' +
        'Serrature Lecchesi;20;2025:25.62.00;LC\n',
    );
    const r = runFesr(['match', file, '--as-of', '2024-10-01', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { firms: { name: string; matches: Row[] }[] };
    const sector = (name: string) =>
      sectorOf(doc.firms.find((f) => f.name === name)?.matches ?? []);
    expect(sector('Officina Bresciana')?.detail).toContain('25.62.00 read as ATECO 2007');
    // A code's own prefix wins over the header's.
    expect(sector('Serrature Lecchesi')?.detail).toContain('25.62.00 read as ATECO 2025');
    expect(r.stderr).not.toContain('read as ATECO 2025 (');
  });
});
