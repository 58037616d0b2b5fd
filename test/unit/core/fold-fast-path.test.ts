// foldText folds unit by unit where that gives what decomposing the whole text gives: checked
// here against the definition over every BMP unit, alone and beside letters, marks and sigma.
import { describe, expect, it } from 'vitest';
import { foldText, plainLower } from '../../../src/core/text.js';

const definition = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('foldText fast path', () => {
  it('equals the definition for every BMP unit in context', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      for (const text of [`É${unit}`, `${unit}’Σ`, `\u0301${unit}A`])
        if (foldText(text) !== definition(text)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('equals the definition on Italian texts and beyond the BMP', () => {
    for (const text of [
      "Forlì-Cesena: l’attività dell'impresa è «innovativa» — 3.000 €",
      'ΟΔΟΣ’Α',
      'Cafe\u0301 😀 Ωmega',
      '',
      '  ',
    ])
      expect(foldText(text)).toBe(definition(text));
  });

  it('plainLower keeps the letter runs of the folded text', () => {
    expect(plainLower('PR FESR Lombardia – 2021/2027')).toBe('pr fesr lombardia   2021/2027');
    expect(plainLower('e\u0301')).toBeNull();
  });
});
