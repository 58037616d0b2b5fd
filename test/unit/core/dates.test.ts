import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  isValidLocalDateTime,
  measureStatus,
  parseAsOf,
  romeDate,
} from '../../../src/core/dates.js';

describe('romeDate: the Europe/Rome calendar day of an instant', () => {
  it.each([
    // Winter (UTC+1): 23:00 UTC is already the next day in Rome.
    ['2024-01-15T22:59:59Z', '2024-01-15'],
    ['2024-01-15T23:00:00Z', '2024-01-16'],
    // Summer (UTC+2): 22:00 UTC is the next day.
    ['2024-07-15T21:59:59Z', '2024-07-15'],
    ['2024-07-15T22:00:00Z', '2024-07-16'],
    // DST starts 2024-03-31 at 02:00 local (01:00 UTC).
    ['2024-03-30T22:59:00Z', '2024-03-30'],
    ['2024-03-30T23:00:00Z', '2024-03-31'],
    ['2024-03-31T21:59:00Z', '2024-03-31'],
    ['2024-03-31T22:00:00Z', '2024-04-01'],
    // DST ends 2024-10-27 at 03:00 local (01:00 UTC).
    ['2024-10-26T21:59:00Z', '2024-10-26'],
    ['2024-10-26T22:00:00Z', '2024-10-27'],
    ['2024-10-27T22:59:00Z', '2024-10-27'],
    ['2024-10-27T23:00:00Z', '2024-10-28'],
  ])('%s → %s', (instant, day) => expect(romeDate(new Date(instant))).toBe(day));
});

describe('measureStatus', () => {
  const call = ['2024-09-03T10:30', '2024-11-12T12:00'] as const;
  it.each([
    ['2024-09-02', 'upcoming', 71],
    ['2024-09-03', 'open', 70],
    ['2024-10-01', 'open', 42],
    ['2024-11-12', 'open', 0],
    ['2024-11-13', 'closed', null],
  ] as const)('on %s it is %s', (asOf, status, daysLeft) => {
    expect(measureStatus(...call, asOf)).toMatchObject({ status, daysLeft });
  });

  it('a sportello without a closing day is open with no days left', () => {
    expect(measureStatus('2024-01-15', null, '2026-11-28')).toMatchObject({
      status: 'open',
      daysLeft: null,
      closesOn: null,
    });
  });
  it('no dates at all is unknown', () => {
    expect(measureStatus(null, null, '2026-11-28').status).toBe('unknown');
  });
  it('counts days across DST changes as calendar days', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });
});

describe('date validation', () => {
  it('accepts real dates and local times only', () => {
    expect(isValidLocalDateTime('2024-02-29')).toBe(true);
    expect(isValidLocalDateTime('2023-02-29')).toBe(false);
    expect(isValidLocalDateTime('2024-01-25T10:30')).toBe(true);
    expect(isValidLocalDateTime('2024-01-25T24:00')).toBe(false);
    expect(() => parseAsOf('2024-13-01')).toThrow(/bad date/);
    expect(() => parseAsOf('01/10/2024')).toThrow(/YYYY-MM-DD/);
  });
});
