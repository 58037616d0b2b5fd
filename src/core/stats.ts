// Counts and EUR totals of a set of measures, for `fesr stats`.
import { callStatus } from './match.js';
import { AID_FORMS, STATUSES, type Measure } from './types.js';

/** The group of measures whose programme (or aid form) the data does not state. */
export const NOT_STATED = 'unknown';

export interface Tally {
  key: string;
  measures: number;
  budgetEur: number;
}

export interface MeasureStats {
  asOf: string;
  total: Tally;
  byStatus: Tally[];
  byAidForm: Tally[];
  byProgramme: Tally[];
}

function tally(groups: Map<string, Measure[]>, order?: readonly string[]): Tally[] {
  const keys = order ? order.filter((k) => groups.has(k)) : [...groups.keys()].sort();
  return keys.map((key) => {
    const list = groups.get(key) ?? [];
    return {
      key,
      measures: list.length,
      budgetEur: list.reduce((s, m) => s + (m.budgetEur ?? 0), 0),
    };
  });
}

function groupBy(
  measures: readonly Measure[],
  keysOf: (m: Measure) => string[],
): Map<string, Measure[]> {
  const groups = new Map<string, Measure[]>();
  for (const m of measures) {
    for (const key of keysOf(m)) {
      const group = groups.get(key);
      if (group) group.push(m);
      else groups.set(key, [m]);
    }
  }
  return groups;
}

export function measureStats(measures: readonly Measure[], asOf: string): MeasureStats {
  return {
    asOf,
    total: tally(new Map([['total', [...measures]]]))[0] ?? {
      key: 'total',
      measures: 0,
      budgetEur: 0,
    },
    byStatus: tally(
      groupBy(measures, (m) => [callStatus(m, asOf).status]),
      STATUSES,
    ),
    byAidForm: tally(
      groupBy(measures, (m) => (m.aidForms.length ? m.aidForms : [NOT_STATED])),
      [...AID_FORMS, NOT_STATED],
    ),
    byProgramme: tally(groupBy(measures, (m) => [m.programme ?? NOT_STATED])),
  };
}
