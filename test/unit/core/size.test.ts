import { describe, expect, it } from 'vitest';
import { classifySize, parseSize } from '../../../src/core/size.js';
import { UsageError } from '../../../src/errors.js';

describe('classifySize (EU Recommendation 2003/361)', () => {
  it.each([
    [9, 2_000_000, null, 'micro'],
    [9.5, 2_000_000, null, 'micro'], // annual work units are fractional
    [10, 2_000_000, null, 'small'],
    [9, 2_000_001, null, 'small'],
    [9, 2_000_001, 2_000_000, 'micro'], // balance sheet within the ceiling saves it
    [49, 10_000_000, null, 'small'],
    [50, 10_000_000, null, 'medium'],
    [49, 10_000_001, 10_000_001, 'medium'],
    [249, 50_000_000, null, 'medium'],
    [249, 50_000_001, 43_000_000, 'medium'],
    [249, 50_000_001, 43_000_001, 'large'],
    [250, 1_000, 1_000, 'large'],
    [400, 120_000_000, null, 'large'],
  ] as const)(
    '%i employees, turnover %i, balance sheet %s → %s',
    (employees, turnover, balance, size) => {
      expect(classifySize(employees, turnover, balance).size).toBe(size);
    },
  );

  it('says which ceiling decided', () => {
    expect(classifySize(20, 3_000_000, null)).toMatchObject({
      size: 'small',
      decidedBy: 'employees',
    });
    expect(classifySize(5, 12_000_000, 11_000_000)).toMatchObject({
      size: 'medium',
      decidedBy: 'financials',
      byHeadcount: 'micro',
    });
  });

  it('uses the headcount alone when no figures are given', () => {
    expect(classifySize(20, null, null)).toMatchObject({ size: 'small', decidedBy: 'employees' });
  });
});

describe('parseSize', () => {
  it.each([
    ['micro', 'micro'],
    ['Piccola', 'small'],
    ['MEDIA', 'medium'],
    ['grande', 'large'],
    ['small', 'small'],
  ])('%s → %s', (input, size) => expect(parseSize(input)).toBe(size));

  it('rejects anything else with the valid values', () => {
    expect(() => parseSize('huge')).toThrow(UsageError);
    expect(() => parseSize('huge')).toThrow(/unknown size "huge"/);
  });
});
