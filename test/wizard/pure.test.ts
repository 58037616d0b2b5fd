import { describe, expect, it } from 'vitest';
import { collapseAtecoHits } from '../../src/core/ateco-search.js';
import { createPlaceSearch } from '../../src/core/province-search.js';
import {
  checkProfileName,
  mergeProfileInput,
  parseSavedProfile,
  toSavedProfile,
} from '../../src/core/saved-profile.js';
import { shellQuote, toSearchCommand } from '../../src/core/search-command.js';
import { readFileSync } from 'node:fs';
import {
  FIRM_HEADER_ALIASES,
  foldFirmHeader,
  mapFirmHeader,
  mapFirmRow,
  missingFirmColumns,
  readFirmHeader,
} from '../../src/importers/firms-csv.js';
import { en } from '../../src/i18n/en.js';
import { it as italian } from '../../src/i18n/it.js';
import { classifySize } from '../../src/core/size.js';

describe('toSearchCommand', () => {
  it.each([
    [
      { size: 'small', ateco: ['20.42'], province: 'CR' },
      {},
      'fesr search --size small --ateco 20.42 --province CR',
    ],
    [
      { employees: 20, turnover: 3_000_000, ateco: ['20.42'], province: 'CR' },
      { asOf: '2024-10-01' },
      'fesr search --employees 20 --turnover 3000000 --ateco 20.42 --province CR --as-of 2024-10-01',
    ],
    [
      { province: 'MB' },
      { text: "ricerca e sviluppo l'impresa", aid: ['grant', 'loan'] as const },
      `fesr search --province MB --text 'ricerca e sviluppo l'\\''impresa' --aid grant,loan`,
    ],
    [{}, {}, 'fesr search'],
  ])('%j %j', (input, filters, expected) => {
    expect(toSearchCommand(input, filters)).toBe(expected);
  });

  it('quotes shell metacharacters', () => {
    expect(shellQuote('a;b')).toBe("'a;b'");
    expect(shellQuote('$(rm)')).toBe("'$(rm)'");
    expect(shellQuote('20.42')).toBe('20.42');
  });
});

describe('saved profiles', () => {
  const saved = toSavedProfile(
    { employees: 20, turnover: 3e6, ateco: ['20.42'], province: 'CR' },
    { text: 'digitale', aid: ['grant'] },
  );

  it('round-trips through JSON', () => {
    expect(parseSavedProfile(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it('explains what is wrong with a hand-edited file', () => {
    expect(parseSavedProfile([])).toBe('is not a JSON object');
    expect(parseSavedProfile({ employees: 'venti' })).toBe('"employees" is not a number');
    expect(parseSavedProfile({ aid: ['cash'] })).toMatch(/unknown aid form "cash"/);
  });

  it('lets flags override fields; size fields travel together', () => {
    expect(mergeProfileInput(saved, { province: 'LO' })).toMatchObject({
      employees: 20,
      province: 'LO',
      ateco: ['20.42'],
    });
    expect(mergeProfileInput(saved, { size: 'medium' })).toMatchObject({
      size: 'medium',
      employees: null,
      turnover: null,
    });
    expect(mergeProfileInput(saved, { ateco: ['62.01'] }).ateco).toEqual(['62.01']);
  });

  it('accepts only safe names', () => {
    expect(checkProfileName('crema_cosmetics-1')).toBe('crema_cosmetics-1');
    expect(() => checkProfileName('../etc')).toThrow(/not a valid profile name/);
    expect(() => checkProfileName('')).toThrow();
  });
});

describe('collapseAtecoHits', () => {
  it('joins versions and drops deeper codes that repeat the title', () => {
    const hits = [
      {
        version: '2025',
        code: '20.42',
        titleIt: 'Fabbricazione di profumi e cosmetici',
        titleEn: 'Perfume',
      },
      {
        version: '2007',
        code: '20.42',
        titleIt: 'Fabbricazione di profumi e cosmetici',
        titleEn: 'Perfume',
      },
      {
        version: '2025',
        code: '20.42.00',
        titleIt: 'Fabbricazione di profumi e cosmetici',
        titleEn: 'Perfume',
      },
      { version: '2007', code: '20.42.00', titleIt: 'Prodotti per toletta', titleEn: 'Perfume' },
    ] as const;
    expect(collapseAtecoHits(hits, false, 10)).toEqual([
      { code: '20.42', title: 'Fabbricazione di profumi e cosmetici', versions: ['2007', '2025'] },
    ]);
    expect(collapseAtecoHits(hits, true, 10).map((c) => c.code)).toEqual(['20.42']);
  });
  it('offers a code of both versions with other meanings once per version, prefixed, 2025 first', () => {
    const hits = [
      { version: '2007', code: '25.62.00', titleIt: 'Lavori di meccanica generale', titleEn: null },
      { version: '2025', code: '25.62.00', titleIt: 'Serrature e cerniere', titleEn: null },
    ] as const;
    expect(collapseAtecoHits(hits, false, 10, (code) => code === '25.62.00')).toEqual([
      { code: '2025:25.62.00', title: 'Serrature e cerniere', versions: ['2025'] },
      { code: '2007:25.62.00', title: 'Lavori di meccanica generale', versions: ['2007'] },
    ]);
  });
});

describe('createPlaceSearch', () => {
  const search = createPlaceSearch([
    { name: 'Crema', province: 'CR', regionCode: '03' },
    { name: 'Cremella', province: 'LC', regionCode: '03' },
    { name: 'Cremeno', province: 'LC', regionCode: '03' },
  ]);
  it('finds provinces by sigla and name, accent- and case-insensitive', () => {
    expect(search('cr')[0]?.sigla).toBe('CR');
    expect(search('CREMONA')[0]?.sigla).toBe('CR');
    expect(search('monza')[0]?.sigla).toBe('MB');
    expect(search('forli')[0]?.sigla).toBe('FC');
  });
  it('leads from a municipality to its province', () => {
    expect(search('Crema')[0]).toMatchObject({ sigla: 'CR', municipality: 'Crema' });
  });
  it('lists Lombardy first when nothing is typed', () => {
    expect(
      search('')
        .slice(0, 12)
        .every((p) => p.province.regionCode === '03'),
    ).toBe(true);
  });
});

describe('firms CSV mapping', () => {
  const columns = mapFirmHeader([
    'Ragione sociale',
    'Dipendenti',
    'Fatturato',
    'Codice ATECO',
    'Comune',
  ]);
  it('reads Italian and English headers', () => {
    expect(columns).toEqual({ name: 0, employees: 1, turnover: 2, ateco: 3, municipality: 4 });
    expect(mapFirmHeader(['name', 'size', 'balance sheet', 'province'])).toEqual({
      name: 0,
      size: 1,
      balanceSheet: 2,
      province: 3,
    });
    expect(missingFirmColumns(mapFirmHeader(['foo', 'bar']))).toMatch(/firm name/);
  });
  it('maps a row, and reports a bad one with its line', () => {
    expect(
      mapFirmRow(columns, ['Cosmetica S.r.l.', '20', '3.000.000', '20.42; 46.45', 'Crema'], 2),
    ).toEqual({
      ok: true,
      firm: {
        line: 2,
        name: 'Cosmetica S.r.l.',
        municipality: 'Crema',
        input: {
          size: null,
          employees: 20,
          turnover: 3e6,
          balanceSheet: null,
          ateco: ['20.42; 46.45'], // split with the ATECO table at hand (splitAtecoList)
          province: null,
          founded: null,
          legalForm: null,
          statuses: {},
        },
      },
    });
    expect(mapFirmRow(columns, ['X', 'venti', '', '', ''], 7)).toEqual({
      ok: false,
      line: 7,
      name: 'X',
      reason: 'employees "venti" is not a number',
      code: 'not-number',
      params: { value: 'venti', field: 'employees' },
    });
  });

  it.each([
    ['Cod. ATECO', 'ateco'],
    ['ATECO 2007', 'ateco'],
    ['Codice ATECO', 'ateco'],
    ['Fatturato 2024 (€)', 'turnover'],
    ['Fatturato (EUR)', 'turnover'],
    ['Fatturato in €', 'turnover'],
    ['Fatturato annuo', 'turnover'],
    ['Ricavi delle vendite', 'turnover'],
    ['Ricavi', 'turnover'],
    ['Addetti 2024', 'employees'],
    ['Dipendenti', 'employees'],
    ['N. dipendenti', 'employees'],
    ['ULA', 'employees'],
    ['Provincia', 'province'],
    ['Prov.', 'province'],
    ['Sigla provincia', 'province'],
    ['Comune', 'municipality'],
    ['Ragione sociale', 'name'],
    ['Denominazione', 'name'],
    ['Totale attivo', 'balanceSheet'],
    ['Totale dell’attivo 2023', 'balanceSheet'],
  ])('reads the header %j as %s', (header, field) => {
    expect(readFirmHeader([header]).columns).toEqual({ [field]: 0 });
  });

  it('does not read a figure in thousands as EUR, nor a column it does not know', () => {
    expect(foldFirmHeader('Fatturato (migliaia di €)')).toBe('fatturato migliaia di');
    expect(readFirmHeader(['Fatturato (k€)', 'Partita IVA', '']).unknown).toEqual([
      'Fatturato (k€)',
      'Partita IVA',
    ]);
  });

  it('reads the first column of a field and reports the later ones', () => {
    const header = readFirmHeader(['Denominazione', 'Fatturato 2024', 'Fatturato 2023', 'ULA']);
    expect(header.columns).toEqual({ name: 0, turnover: 1, employees: 3 });
    expect(header.duplicates).toEqual([{ column: 'Fatturato 2023', used: 'Fatturato 2024' }]);
  });

  it('keeps the alias table unambiguous: each name folded, and of one field only', () => {
    const all = Object.values(FIRM_HEADER_ALIASES).flat();
    for (const alias of all) expect(foldFirmHeader(alias), alias).toBe(alias);
    expect(all.filter((alias, i) => all.indexOf(alias) !== i)).toEqual([]);
  });

  it('lists every header name in README.md', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('| field | header names |'));
    const documented = new Set(
      [...table.slice(0, table.indexOf('\n\n')).matchAll(/`([^`]+)`/g)].map((m) =>
        foldFirmHeader(m[1] ?? ''),
      ),
    );
    for (const alias of Object.values(FIRM_HEADER_ALIASES).flat())
      expect(documented, alias).toContain(alias);
  });

  it('says which column to fill in or add, in both languages, never a flag', () => {
    expect(en.portfolio.columnHint(['Cod. ATECO'], 'ateco')).toBe(
      'fill in the "Cod. ATECO" column',
    );
    expect(italian.portfolio.columnHint(['Cod. ATECO'], 'ateco')).toBe(
      'compila la colonna "Cod. ATECO"',
    );
    expect(en.portfolio.columnHint(['Dimensione', 'Dipendenti'], 'size')).toBe(
      'fill in the "Dimensione" or "Dipendenti" columns',
    );
    expect(italian.portfolio.columnHint([], 'province')).toBe(
      'aggiungi al file una colonna provincia o comune',
    );
    for (const t of [en, italian]) {
      const texts = [
        ...(['size', 'ateco', 'province', 'founded', 'legalForm', 'status'] as const).map((fact) =>
          t.portfolio.columnHint([], fact),
        ),
        t.portfolio.sizeConflict('micro', 'large', ['Dimensione', 'Dipendenti']),
        t.portfolio.figuresNeedEmployees([]),
      ];
      for (const text of texts) expect(text).not.toMatch(/--[a-z]/);
    }
  });

  it('takes headcount in annual work units, which are fractional', () => {
    const row = mapFirmRow(columns, ['Y', '12,5', '', '20.42', 'Crema'], 3);
    expect(row).toMatchObject({ ok: true, firm: { input: { employees: 12.5 } } });
  });
});

describe('size explanation', () => {
  it('names the ceiling that decided, in both languages', () => {
    const small = classifySize(20, 3e6, null);
    expect(en.wizard.sizeDecided(small)).toBe(
      'small firm: 20 staff is below the small ceiling of 50 but not below the micro ceiling of 10; ' +
        'turnover EUR 3,000,000 within the small limits (turnover up to EUR 10,000,000 or balance sheet up to EUR 10,000,000)',
    );
    expect(italian.wizard.sizeDecided(small)).toMatch(
      /^impresa piccola: 20 addetti sono sotto la soglia di 50/,
    );
    expect(en.wizard.sizeDecided(classifySize(20, 12e6, 11e6))).toMatch(
      /^medium firm: 20 staff alone would make it small, but turnover EUR 12,000,000, balance sheet EUR 11,000,000 exceed/,
    );
  });
});
