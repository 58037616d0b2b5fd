// The pure parts of fesr update and of a status seen on a page: what a change is, which calls
// are withdrawn, how old the data is, and what a seen status says on a day.
import { describe, expect, it } from 'vitest';
import { changedFields, changeOf, withdrawnIds, withChanges } from '../../../src/core/changes.js';
import { freshnessNotice, resultDataAsOf } from '../../../src/core/freshness.js';
import { callStatus } from '../../../src/core/match.js';
import { parseStatusSeen, seenStatusOn } from '../../../src/core/status-seen.js';
import type { MatchResult } from '../../../src/core/types.js';
import { measure } from '../../helpers/measure.js';

describe('a status seen on a page', () => {
  it('reads the stored form and the Italian words, and refuses anything else', () => {
    expect(parseStatusSeen('open 2025-12-11')).toEqual({ status: 'open', on: '2025-12-11' });
    expect(parseStatusSeen('Aperto 2025-12-11')).toEqual({ status: 'open', on: '2025-12-11' });
    expect(parseStatusSeen('in apertura 2026-01-02')).toEqual({
      status: 'upcoming',
      on: '2026-01-02',
    });
    expect(parseStatusSeen('chiuso 2025-03-28')).toEqual({ status: 'closed', on: '2025-03-28' });
    for (const bad of ['open', 'open 2025-02-30', 'maybe 2025-01-01', '', null])
      expect(parseStatusSeen(bad), String(bad)).toBeNull();
  });

  it('stands in for dates from the day seen, an open one for 365 days', () => {
    const seen = { status: 'open' as const, on: '2025-12-11' };
    expect(seenStatusOn(seen, '2025-12-10')).toBeNull();
    expect(seenStatusOn(seen, '2025-12-11')).toBe('open');
    expect(seenStatusOn(seen, '2026-12-11')).toBe('open');
    expect(seenStatusOn(seen, '2026-12-12')).toBeNull();
    expect(seenStatusOn({ status: 'closed', on: '2025-03-28' }, '2030-01-01')).toBe('closed');
  });

  it('is used only when no dates are known, and dates win', () => {
    const undated = measure({ opensAt: null, closesAt: null, statusSeen: 'open 2025-12-11' });
    expect(callStatus(undated, '2026-06-01')).toMatchObject({ status: 'open', daysLeft: null });
    const dated = { ...undated, closesAt: '2026-01-31' };
    expect(callStatus(dated, '2026-06-01').status).toBe('closed');
  });

  it('gives way to a withdrawal', () => {
    const gone = { ...measure({ opensAt: '2025-01-01' }), withdrawnOn: '2026-03-01' };
    expect(callStatus(gone, '2026-02-28').status).toBe('open');
    expect(callStatus(gone, '2026-03-01').status).toBe('withdrawn');
  });
});

describe('what an update changed', () => {
  const before = measure({ id: 'x-1', closesAt: '2026-12-31', budgetEur: 10_000_000 });

  it('names exactly the fields that differ, status and dates first, long texts without values', () => {
    const after = { ...before, closesAt: '2027-03-31', budgetEur: 15_000_000, notes: 'new words' };
    expect(changedFields(before, after, '2027-01-15')).toEqual([
      { field: 'status', before: 'closed', after: 'open' },
      { field: 'closesAt', before: '2026-12-31', after: '2027-03-31' },
      { field: 'budgetEur', before: 10_000_000, after: 15_000_000 },
      { field: 'notes', before: null, after: null },
    ]);
  });

  it('counts the rules read from the words only through the status they give', () => {
    const halted = {
      ...before,
      rules: [{ kind: 'halt', closed: true, since: null } as never],
    };
    expect(changeOf(before, halted, '2026-06-01')).toEqual({
      id: 'x-1',
      kind: 'changed',
      title: before.title,
      fields: [{ field: 'status', before: 'open', after: 'closed' }],
    });
    expect(changeOf(before, { ...before }, '2026-06-01')).toBeNull();
    expect(changeOf(null, before, '2026-06-01')).toMatchObject({ kind: 'new', id: 'x-1' });
  });

  it('withdraws what a full snapshot no longer has, and brings back what returns', () => {
    const stored = new Map([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
    expect(withdrawnIds(stored, new Set(['a', 'c']))).toEqual({
      withdrawn: ['b'],
      returned: ['c'],
    });
  });

  it('finds the change of a merged result through any of its records', () => {
    const result = { measure: before, sourceIds: ['bundled-1', 'x-1'] } as unknown as MatchResult;
    const changes = [{ id: 'x-1', kind: 'changed' as const, title: 't', fields: [] }];
    expect(withChanges([result], changes)[0]?.change).toEqual({ kind: 'changed', fields: [] });
    expect(withChanges([result], [])).toEqual([]);
  });
});

describe('how old the data is', () => {
  it('says so for bundled data only, and for data older than 30 days', () => {
    expect(freshnessNotice([{ source: 'bundled', asOf: '2026-12-01' }], '2026-12-02')).toEqual({
      kind: 'bundled-only',
      asOf: '2026-12-01',
      days: 1,
    });
    const fresh = [
      { source: 'bundled', asOf: '2026-01-01' },
      { source: 'incentivi', asOf: '2026-11-10' },
    ];
    expect(freshnessNotice(fresh, '2026-12-10')).toBeNull();
    expect(freshnessNotice(fresh, '2026-12-11')).toMatchObject({ kind: 'stale', days: 31 });
  });

  it('dates a merged result by its freshest source', () => {
    const dates = new Map([
      ['bundled', '2026-12-01'],
      ['incentivi', '2026-12-05'],
    ]);
    const result = { measure: measure({ source: 'bundled' }), alsoIn: ['incentivi'] };
    expect(resultDataAsOf(result, dates)).toBe('2026-12-05');
    expect(resultDataAsOf({ measure: measure({ source: 'other' }), alsoIn: [] }, dates)).toBeNull();
  });
});
