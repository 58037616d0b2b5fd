import { describe, expect, it } from 'vitest';
import {
  atecoAncestors,
  atecoLevel,
  checkAtecoCode,
  isWithin,
  parseAtecoCode,
  sectionOf,
} from '../../../src/core/ateco.js';

describe('parseAtecoCode', () => {
  it.each([
    ['20.42', '20.42'],
    ['2042', '20.42'],
    ['20.42.0', '20.42.0'],
    ['20.42.00', '20.42.00'],
    ['204200', '20.42.00'],
    ['c', 'C'],
    ['62', '62'],
  ])('%s → %s', (input, code) => expect(parseAtecoCode(input)).toBe(code));

  it.each(['', 'abc', '2', '20.423.1', '1234567'])('rejects %j', (input) => {
    expect(parseAtecoCode(input)).toBeNull();
  });
});

describe('hierarchy', () => {
  it('lists every level up to the section', () => {
    expect(atecoAncestors('20.42.00', '2007')).toEqual([
      '20.42.00',
      '20.42.0',
      '20.42',
      '20.4',
      '20',
      'C',
    ]);
  });
  it('knows the sections of both versions', () => {
    expect(sectionOf('62.01', '2007')).toBe('J');
    expect(sectionOf('62.01', '2025')).toBe('K');
    expect(sectionOf('64.19', '2007')).toBe('K');
    expect(sectionOf('64.19', '2025')).toBe('L');
  });
  it('tests containment at every level', () => {
    expect(isWithin('20.42.00', 'C', '2007')).toBe(true);
    expect(isWithin('20.42.00', '20.4', '2007')).toBe(true);
    expect(isWithin('20.42', '20.42.00', '2007')).toBe(false);
    expect(isWithin('20.41', '20.42', '2007')).toBe(false);
  });
  it('names levels', () => {
    expect(['A', '62', '62.0', '62.01', '62.01.0', '62.01.00'].map(atecoLevel)).toEqual([
      'section',
      'division',
      'group',
      'class',
      'category',
      'subcategory',
    ]);
  });
});

describe('checkAtecoCode', () => {
  const digital = {
    included: ['*'],
    excluded: ['A', '!01.61', '61', '62', '63', 'K', '12', '46.35', '47.26'],
    version: '2007' as const,
  };

  it('admits manufacturing', () => {
    expect(checkAtecoCode('20.42.00', digital)).toMatchObject({ verdict: 'pass', rule: 'all' });
  });
  it('excludes divisions 61-63 and says which', () => {
    expect(checkAtecoCode('62.01', digital)).toMatchObject({
      verdict: 'fail',
      rule: 'excluded',
      by: '62',
    });
    expect(checkAtecoCode('63.11.30', digital)).toMatchObject({ verdict: 'fail', by: '63' });
  });
  it('excludes a whole section and tobacco classes', () => {
    expect(checkAtecoCode('64.19', digital)).toMatchObject({ verdict: 'fail', by: 'K' });
    expect(checkAtecoCode('46.35', digital)).toMatchObject({ verdict: 'fail', by: '46.35' });
  });
  it('re-admits an exception inside an excluded section', () => {
    expect(checkAtecoCode('01.61.00', digital).verdict).toBe('pass');
    expect(checkAtecoCode('01.11', digital).verdict).toBe('fail');
  });
  it('is unsure about a broad code that contains an excluded one', () => {
    expect(checkAtecoCode('46', digital)).toMatchObject({
      verdict: 'unknown',
      rule: 'partly-excluded',
      by: '46.35',
    });
  });
  it('lets exclusions win over inclusions', () => {
    const rules = { included: ['C'], excluded: ['12'], version: '2007' as const };
    expect(checkAtecoCode('12.00', rules).verdict).toBe('fail');
    expect(checkAtecoCode('20.42', rules)).toMatchObject({ verdict: 'pass', rule: 'C' });
    expect(checkAtecoCode('62.01', rules)).toMatchObject({ verdict: 'fail', rule: 'not-included' });
  });
  it('is unknown when the rules are not stated', () => {
    expect(checkAtecoCode('20.42', { included: [], excluded: [], version: '2007' }).verdict).toBe(
      'unknown',
    );
  });
});
