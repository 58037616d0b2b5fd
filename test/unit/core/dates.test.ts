import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  isValidLocalDateTime,
  measureStatus,
  parseAsOf,
  romeDate,
  toRomeLocal,
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

describe('toRomeLocal by the EU summer-time rule', () => {
  const intl = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const byIntl = (d: Date) => {
    const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
  };

  it('agrees with the time-zone database every 20 minutes around each change, 1996-2060', () => {
    for (let year = 1996; year <= 2060; year++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0, 1));
        const change = last.getTime() - last.getUTCDay() * 86_400_000;
        for (let t = change - 26 * 3_600_000; t <= change + 26 * 3_600_000; t += 20 * 60_000) {
          const d = new Date(t);
          expect(toRomeLocal(d), d.toISOString()).toBe(byIntl(d));
        }
      }
    }
  });

  it('agrees at midnight and noon of every day of 2026 and at instants spread over 1990-2100', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 12 * 3_600_000) {
      const d = new Date(t - 3_600_000);
      expect(toRomeLocal(d)).toBe(byIntl(d));
    }
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2100, 0, 1); t += 7_777_777_777) {
      const d = new Date(t);
      expect(toRomeLocal(d)).toBe(byIntl(d));
    }
  });
});
