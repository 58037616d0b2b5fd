import { describe, expect, it } from 'vitest';
import {
  amountPlaceholder,
  closingPlaceholder,
  placeholderNote,
  withoutClosingPlaceholder,
} from '../../../src/core/placeholders.js';

describe('placeholder amounts', () => {
  it('reads nine or more 9s as not stated', () => {
    for (const amount of [999_999_999, 9_999_999_999, 99_999_999_999, 999_999_999_999_999])
      expect(amountPlaceholder(amount), String(amount)).not.toBeNull();
  });
  it('keeps real amounts, however large or close', () => {
    for (const amount of [99_999_999, 999_999, 199_999_999, 999_999_998, 99_999_999_999.5, 0, 3e9])
      expect(amountPlaceholder(amount), String(amount)).toBeNull();
  });
});

describe('placeholder closing dates', () => {
  it('reads a closing year of 2050 or later as no closing date', () => {
    expect(closingPlaceholder('2050-12-31', '2023-07-27')?.rule).toMatch(/2050 or later/);
    expect(closingPlaceholder('2099-01-01T12:00', null)).not.toBeNull();
    expect(closingPlaceholder('2049-12-31', '2023-07-27')).toBeNull();
  });
  it('reads the opening day 20 or more years on as no closing date', () => {
    expect(closingPlaceholder('2044-08-06', '2024-08-06')?.rule).toMatch(/20 or more whole years/);
    expect(closingPlaceholder('2046-03-01', '2024-03-01T10:00')).not.toBeNull();
    expect(closingPlaceholder('2043-08-06', '2024-08-06')).toBeNull();
    expect(closingPlaceholder('2044-08-05', '2024-08-06')).toBeNull();
    expect(closingPlaceholder('2044-08-06', null)).toBeNull();
    // A long-standing measure with a real end of programme stays as it is.
    expect(closingPlaceholder('2030-12-31', '2004-05-08')).toBeNull();
  });
  it('drops a placeholder closing date and says so in a note', () => {
    expect(withoutClosingPlaceholder('Data chiusura', '2050-12-31', '2023-07-27')).toEqual({
      closesAt: null,
      note: 'Data chiusura: 2050-12-31 read as no closing date stated (a placeholder: a closing year of 2050 or later)',
    });
    expect(withoutClosingPlaceholder('Data chiusura', '2026-12-31', '2023-07-27')).toEqual({
      closesAt: '2026-12-31',
      note: null,
    });
    expect(withoutClosingPlaceholder('Data chiusura', null, '2023-07-27')).toEqual({
      closesAt: null,
      note: null,
    });
  });
  it('writes the amount note', () => {
    const rule = amountPlaceholder(99_999_999_999);
    expect(rule && placeholderNote('Stanziamento', '99999999999', rule)).toBe(
      'Stanziamento: 99999999999 read as not stated (a placeholder: an amount of nine or more 9s)',
    );
  });
});
