import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/core/numbers.js';
import { resolveProvince } from '../../../src/core/provinces.js';
import { foldText, nearest } from '../../../src/core/text.js';
import { UsageError } from '../../../src/errors.js';

describe('parseAmount', () => {
  it.each([
    ['15375383,50', 15375383.5],
    ['1.500.000', 1500000],
    ['1,500,000.25', 1500000.25],
    ['18978747.97', 18978747.97],
    ['3M', 3000000],
    ['2,5 mln', 2500000],
    ['EUR 7.200', 7200],
    ['€ 100000', 100000],
    ['0', 0],
  ])('%s → %d', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each(['', 'n.d.', 'fino a esaurimento', '12 apples'])('%j is not a number', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('provinces', () => {
  it.each([
    ['CR', 'CR'],
    ['cremona', 'CR'],
    ['Monza e della Brianza', 'MB'],
    ['monza e brianza', 'MB'],
    ['Forli-Cesena', 'FC'],
    ['forlì cesena', 'FC'],
    ['Forli', 'FC'],
    ['cesena', 'FC'],
    ['Urbino', 'PU'],
    ['Bozen', 'BZ'],
    ["valle d'aosta", 'AO'],
  ])('%s → %s', (input, sigla) => expect(resolveProvince(input).sigla).toBe(sigla));

  it('suggests the nearest valid provinces', () => {
    expect(() => resolveProvince('Cremna')).toThrow(UsageError);
    try {
      resolveProvince('Cremna');
    } catch (error) {
      expect((error as UsageError).hint).toContain('Cremona');
    }
  });
});

describe('text', () => {
  it('folds accents and punctuation', () =>
    expect(foldText('  Forlì-Cesena  ')).toBe('forli cesena'));
  it('ranks by edit distance', () =>
    expect(nearest('Milan', ['Milano', 'Mantova', 'Lodi'], 1)).toEqual(['Milano']));
});
