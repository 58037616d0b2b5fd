// The bundled dataset: every row valid, sourced, and tagged PR FESR only where the research says so.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isFesrProgramme } from '../../../src/core/programme.js';
import type { Measure } from '../../../src/core/types.js';
import { mapFesrCsvRecord } from '../../../src/importers/fesr-csv.js';

const file = fileURLToPath(new URL('../../../data/measures.csv', import.meta.url));
const rows = parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
const measures: Measure[] = rows.map((row, i) => {
  const outcome = mapFesrCsvRecord(row, i + 2, 'bundled');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.measure;
});

describe('data/measures.csv', () => {
  it('holds the 28 researched PR FESR measures, window by window, and a few others', () => {
    expect(measures.length).toBeGreaterThanOrEqual(29);
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
  });

  it('traces every measure to a source URL', () => {
    for (const m of measures) {
      expect([m.url, ...m.sourceUrls].filter((u) => u && /^https?:\/\//.test(u)).length, m.id).toBeGreaterThan(0);
      expect(m.evidence, m.id).toBeTruthy();
    }
  });

  it('never tags the measures that are not PR FESR 2021-2027 as FESR', () => {
    const notFesr = ['nuova-impresa', 'credito-adesso', 'tech-fast', 'innovazione-filiere-economia-circolare', 'agrifood-basket-bond'];
    for (const prefix of notFesr) {
      const found = measures.filter((m) => m.id.startsWith(prefix));
      expect(found.length, prefix).toBeGreaterThan(0);
      for (const m of found) expect(isFesrProgramme(m.programme), m.id).toBe(false);
    }
  });

  it('marks the borderline measure as such', () => {
    const borderline = measures.filter((m) => m.evidence?.toLowerCase().startsWith('borderline'));
    expect(borderline.length).toBeGreaterThan(0);
  });

  it('keeps Italian text intact', () => {
    expect(readFileSync(file, 'utf8')).toMatch(/[àèéìòù]/);
    expect(readFileSync(file, 'utf8')).not.toContain('\uFFFD');
  });

  it('has the digital-transition call with its ATECO exclusions', () => {
    const digital = measures.find((m) => m.id === 'transizione-digitale-2024');
    expect(digital).toMatchObject({ opensAt: expect.stringMatching(/^2024-09-03/), closesAt: expect.stringMatching(/^2024-11-12/) });
    expect(digital?.atecoExcluded).toEqual(expect.arrayContaining(['A', '61', '62', '63', 'K', '12']));
  });
});
