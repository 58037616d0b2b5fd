// Reading what people type where the letter is not what they mean: the Italian decimal comma in
// ATECO codes, and a municipality where a province is expected.
import { describe, expect, it } from 'vitest';
import { splitAtecoList, type AtecoLookup } from '../../../src/core/ateco-resolve.js';
import { indexMunicipalities, resolvePlace } from '../../../src/core/province-search.js';
import { UsageError } from '../../../src/errors.js';

const CODES = ['01', '20', '42', '62', '20.4', '20.42', '20.42.0', '62.01', '62.01.0', '62.01.00'];
const lookup: AtecoLookup = {
  exists: (code) => CODES.includes(code),
  to2025: () => [],
  to2007: () => [],
  codes: () => CODES,
  title: () => null,
};

describe('splitAtecoList', () => {
  it.each([
    ['20.42', ['20.42'], []],
    ['20.42,62.01', ['20.42', '62.01'], []],
    ['20.42; 62.01 62.02', ['20.42', '62.01', '62.02'], []],
    ['20, 42', ['20', '42'], []], // a list written with a space after the comma
    ['20,99', ['20', '99'], []], // 20.99 is no code: two codes
    ['20,42', ['20.42'], [{ typed: '20,42', code: '20.42', separate: ['20', '42'] }]],
    [
      '20,42,62,01',
      ['20.42', '62.01'],
      [
        { typed: '20,42', code: '20.42', separate: ['20', '42'] },
        { typed: '62,01', code: '62.01', separate: ['62', '01'] },
      ],
    ],
    ['62,01,00', ['62.01.00'], [{ typed: '62,01,00', code: '62.01.00', separate: null }]],
    ['20,42.0', ['20', '42.0'], []], // only digits after the comma make a decimal comma
  ])('%j → %j', (text, codes, decimalCommas) => {
    expect(splitAtecoList(text, lookup)).toEqual({ codes, decimalCommas });
  });
});

describe('resolvePlace', () => {
  const named = indexMunicipalities([
    { name: 'Crema', province: 'CR', regionCode: '03' },
    { name: 'Cremona', province: 'CR', regionCode: '03' },
    { name: 'Forlì', province: 'FC', regionCode: '08' },
    { name: 'Castro', province: 'BG', regionCode: '03' },
    { name: 'Castro', province: 'LE', regionCode: '16' },
  ]);
  it('reads a province as resolveProvince does, before any municipality', () => {
    expect(resolvePlace('CR', named)).toMatchObject({
      province: { sigla: 'CR' },
      municipality: null,
    });
    expect(resolvePlace('cremona', named)).toMatchObject({ municipality: null });
    expect(resolvePlace('Forli', named)).toMatchObject({
      province: { sigla: 'FC' },
      municipality: null,
    });
  });
  it('leads from a municipality to its province, any case', () => {
    expect(resolvePlace('CREMA', named)).toMatchObject({
      province: { sigla: 'CR', name: 'Cremona' },
      municipality: 'Crema',
    });
  });
  it('refuses a municipality of several provinces, naming them', () => {
    expect(() => resolvePlace('Castro', named)).toThrow(UsageError);
    expect(() => resolvePlace('Castro', named)).toThrow(
      /more than one province \(BG Bergamo, LE Lecce\)/,
    );
  });
  it('refuses a name that is neither, with the nearest provinces', () => {
    const error = (() => {
      try {
        resolvePlace('Cremaa', named);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).hint).toMatch(/did you mean Cremona/);
  });
});
