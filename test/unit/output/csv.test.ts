import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/output/csv.js';
import { unneutralise } from '../../../src/importers/fesr-csv.js';

describe('formula neutralisation', () => {
  it.each(['=1+1', '+39 02', '-cmd', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises %j and restores it on import',
    (text) => {
      const cell = neutraliseFormula(text);
      expect(cell).toBe(`'${text}`);
      expect(unneutralise(cell)).toBe(text);
    },
  );
  it('leaves plain numbers and ordinary text alone', () => {
    expect(neutraliseFormula('-12.5')).toBe('-12.5');
    expect(neutraliseFormula('Ricerca & Innova')).toBe('Ricerca & Innova');
  });
});
