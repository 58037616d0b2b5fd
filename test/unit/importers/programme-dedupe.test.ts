import { describe, expect, it } from 'vitest';
import { utcInstantToRomeLocal } from '../../../src/core/dates.js';
import { mergeDuplicates } from '../../../src/core/dedupe.js';
import { detectProgramme } from '../../../src/core/programme.js';
import type { MatchResult, Measure } from '../../../src/core/types.js';

describe('detectProgramme', () => {
  it.each([
    ['Programma Regionale PR Lazio FESR 2021-2027', 'PR FESR Lazio 2021-2027'],
    ['PR FESR Lombardia 2021-2027 Azione 1.1.1', 'PR FESR Lombardia 2021-2027'],
    ['Programma Regionale FESR 2021-2027 della Regione Campania', 'PR FESR Campania 2021-2027'],
    ['PR FESR-FSE+ Puglia 2021-2027', 'PR FESR Puglia 2021-2027'],
    ['POR FESR Lombardia 2014-2020', null],
    ['Fondo sviluppo e coesione', null],
  ])('%s', (text, expected) => {
    expect(detectProgramme([text])).toBe(expected);
  });
  it('uses the source region when the text names none', () => {
    expect(detectProgramme(['PR FESR 2021-2027, Azione 1.3.1'], 'Lombardia')).toBe(
      'PR FESR Lombardia 2021-2027',
    );
  });
});

describe('utcInstantToRomeLocal', () => {
  it('converts across summer and winter time', () => {
    expect(utcInstantToRomeLocal('2024-06-30T22:00:00')).toBe('2024-07-01');
    expect(utcInstantToRomeLocal('2024-12-31T23:00:00Z')).toBe('2025-01-01');
    expect(utcInstantToRomeLocal('2024-02-15T11:00:00')).toBe('2024-02-15T12:00');
    expect(utcInstantToRomeLocal('2024-02-30T11:00:00')).toBeNull();
  });
});

function result(id: string, source: string, extra: Partial<Measure> = {}): MatchResult {
  const measure = { id, source, title: id, url: null, callCode: null, ...extra } as Measure;
  return {
    measure,
    status: { status: 'open', opensOn: null, closesOn: null, daysLeft: null },
    eligibility: 'unverified',
    reasons: [],
    alsoIn: [],
    sourceIds: [measure.id],
  };
}

describe('mergeDuplicates', () => {
  it('keeps the curated record of a call carried twice, naming both sources', () => {
    const merged = mergeDuplicates([
      result('lombardia-RLP12026052483', 'lombardia', { callCode: 'RLP12026052483' }),
      result('other', 'incentivi', { url: 'https://example.org/a' }),
      result('bando-tertium-2026', 'bundled', {
        callCode: 'RLP12026052483',
        url: 'https://www.bandi.regione.lombardia.it/x/bando-tertium-RLP12026052483',
      }),
    ]);
    expect(merged.map((r) => [r.measure.id, r.alsoIn])).toEqual([
      ['bando-tertium-2026', ['lombardia']],
      ['other', []],
    ]);
  });
  it('treats the same official page as the same call', () => {
    const merged = mergeDuplicates([
      result('a', 'incentivi', { url: 'https://www.example.org/bando/' }),
      result('b', 'custom', { url: 'http://example.org/bando?utm=x' }),
    ]);
    expect(merged.map((r) => [r.measure.id, r.alsoIn])).toEqual([['a', ['custom']]]);
  });
  it('keeps the windows of one call from one source apart', () => {
    const page = { url: 'https://www.example.org/ricircolo' };
    const merged = mergeDuplicates([
      result('w1', 'bundled', page),
      result('w2', 'bundled', page),
      result('copy', 'incentivi', page),
    ]);
    expect(merged.map((r) => [r.measure.id, r.alsoIn])).toEqual([
      ['w1', ['incentivi']],
      ['w2', []],
    ]);
  });
});
