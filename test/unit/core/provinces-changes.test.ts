import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  createPlaceSearch,
  indexMunicipalities,
  resolvePlace,
  type Place,
} from '../../../src/core/province-search.js';
import {
  formerMunicipality,
  MUNICIPALITY_CHANGES,
  suppressedCodes,
} from '../../../src/core/provinces-changes.js';
import {
  findProvince,
  formerProvince,
  provinceBySigla,
  PROVINCES,
  resolveProvince,
} from '../../../src/core/provinces.js';
import { currentMunicipalities } from '../../../src/importers/bundled.js';
import { municipalityTokens } from '../../../src/importers/municipalities.js';

const REFERENCE = join(import.meta.dirname, '../../../data/reference');
const csv = (name: string) =>
  parse(readFileSync(join(REFERENCE, name)), { columns: true }) as Record<string, string>[];

/** A few municipalities of today, as the bundled table has them. */
const TOWNS: Place[] = [
  { name: 'Uggiate con Ronago', province: 'CO', regionCode: '03' },
  { name: 'Montalto Pavese', province: 'PV', regionCode: '03' },
  { name: 'Olbia', province: 'OT', regionCode: '20' },
  { name: 'Sovizzo', province: 'VI', regionCode: '05' },
  { name: 'Villacidro', province: 'SU', regionCode: '20' },
];
const named = indexMunicipalities(TOWNS);

describe('the table of municipality changes', () => {
  it('is the sourced CSV, row for row', () => {
    expect(
      csv('comuni_variazioni_2020_2026.csv').map((r) => ({
        predecessorCode: r.codice_istat_predecessore,
        predecessorName: r.nome_predecessore,
        successorCode: r.codice_istat_successore,
        successorName: r.nome_successore,
        province: r.sigla_provincia,
        regionCode: r.codice_regione,
        date: r.decorrenza || null,
        kind: r.tipo,
      })),
    ).toEqual(MUNICIPALITY_CHANGES);
  });

  it('names successors in provinces that exist, and predecessors only once', () => {
    for (const c of MUNICIPALITY_CHANGES) expect(provinceBySigla(c.province)).toBeDefined();
    const predecessors = MUNICIPALITY_CHANGES.map((c) => c.predecessorCode);
    expect(new Set(predecessors).size).toBe(predecessors.length);
  });

  it('suppresses merged comuni but not a renamed one or a split one', () => {
    const gone = suppressedCodes();
    expect(gone.has('013199')).toBe(true); // Ronago
    expect(gone.has('041033')).toBe(true); // Montecopiolo, PU (now 099030, RN)
    expect(gone.has('018026')).toBe(false); // Campospinoso, now Campospinoso Albaredo
    expect(gone.has('081021')).toBe(false); // Trapani, which Misiliscemi left
  });

  it('knows an old name by its successor, but not a name still in use', () => {
    expect(formerMunicipality('ronago').map((c) => c.successorName)).toEqual([
      'Uggiate con Ronago',
    ]);
    expect(formerMunicipality('uggiate trevano')[0]?.date).toBe('2024-01-01');
    expect(formerMunicipality('sovizzo')).toEqual([]);
    expect(formerMunicipality('trapani')).toEqual([]);
  });
});

describe('the municipalities of today', () => {
  const all = currentMunicipalities();
  const byName = (name: string) => all.filter((m) => m.name === name);

  it('leaves out the merged comuni and adds their successors once', () => {
    expect(byName('Ronago')).toEqual([]);
    expect(byName('Uggiate con Ronago')).toHaveLength(1);
    expect(byName('Montecopiolo')).toEqual([
      { istatCode: '099030', name: 'Montecopiolo', province: 'RN', regionCode: '08' },
    ]);
    expect(byName('Popoli Terme')).toHaveLength(1);
    expect(byName('Popoli')).toEqual([]);
    expect(new Set(all.map((m) => m.istatCode)).size).toBe(all.length);
  });

  it('puts the Sardinian capitals of the reform in their new provinces', () => {
    expect(byName('Olbia')[0]?.province).toBe('OT');
    expect(byName('Lanusei')[0]?.province).toBe('OG');
    expect(byName('Carbonia')[0]?.province).toBe('CI');
    expect(byName('Sanluri')[0]?.province).toBe('VS');
    for (const m of all) expect(provinceBySigla(m.province), m.name).toBeDefined();
  });
});

describe('reading a place', () => {
  it('reads an old comune as its successor, saying how', () => {
    const place = resolvePlace('Ronago', named);
    expect(place.province.sigla).toBe('CO');
    expect(place.municipality).toBe('Uggiate con Ronago');
    expect(place.formerly).toMatchObject({ kind: 'fusione', date: '2024-01-01' });
    expect(resolvePlace('LIRIO', named)).toMatchObject({
      province: { sigla: 'PV' },
      municipality: 'Montalto Pavese',
      formerly: { kind: 'incorporazione', date: '2026-01-31' },
    });
  });

  it('reads the new comune as itself', () => {
    const place = resolvePlace('uggiate con ronago', named);
    expect(place).toEqual({
      province: provinceBySigla('CO'),
      municipality: 'Uggiate con Ronago',
    });
  });

  it('reads Olbia in Gallura Nord-Est Sardegna, and the new provinces by sigla and name', () => {
    expect(resolvePlace('Olbia', named).province.name).toBe('Gallura Nord-Est Sardegna');
    expect(resolveProvince('OG').name).toBe('Ogliastra');
    expect(resolveProvince('medio campidano').sigla).toBe('VS');
    expect(resolveProvince('Carbonia-Iglesias').sigla).toBe('CI');
    expect(resolveProvince('Olbia-Tempio').sigla).toBe('OT');
  });

  it('still reads SU, a dissolved province, and says where its comuni went', () => {
    const su = resolveProvince('SU');
    expect(su).toMatchObject({ sigla: 'SU', regionCode: '20' });
    expect(findProvince('Sud Sardegna')?.sigla).toBe('SU');
    expect(formerProvince('SU')?.successors).toEqual(['CA', 'VS', 'CI', 'NU']);
    expect(PROVINCES.some((p) => p.sigla === 'SU')).toBe(false);
  });

  it('keeps every province: 110 units, Lombardy twelve, Sardinia eight', () => {
    expect(PROVINCES).toHaveLength(110);
    expect(PROVINCES.filter((p) => p.regionCode === '03').map((p) => p.sigla)).toEqual([
      'BG',
      'BS',
      'CO',
      'CR',
      'LC',
      'LO',
      'MN',
      'MI',
      'MB',
      'PV',
      'SO',
      'VA',
    ]);
    expect(
      PROVINCES.filter((p) => p.regionCode === '20')
        .map((p) => p.sigla)
        .sort(),
    ).toEqual(['CA', 'CI', 'NU', 'OG', 'OR', 'OT', 'SS', 'VS']);
    expect(new Set(PROVINCES.map((p) => p.sigla)).size).toBe(110);
  });

  it('offers an old name in the place search, leading to the successor', () => {
    const search = createPlaceSearch(TOWNS);
    const [ronago] = search('Rona');
    expect(ronago).toMatchObject({
      sigla: 'CO',
      municipality: 'Uggiate con Ronago',
      formerly: { predecessorName: 'Ronago' },
    });
    // SU is no longer offered as a province; Sulcis Iglesiente is.
    const provinces = search('SU').filter((p) => p.municipality === null);
    expect(provinces.map((p) => p.sigla)).toEqual(['CI']);
  });
});

describe('imported calls naming comuni', () => {
  it('map an old comune to its successor code', () => {
    const context = { municipalitiesNamed: () => [] };
    expect(municipalityTokens('Ronago; Lirio; Atlantide', ['03'], context)).toEqual({
      tokens: ['municipality:013256', 'municipality:018094'],
      unknown: ['Atlantide'],
    });
  });
});
