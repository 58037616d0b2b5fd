// What an update changed in a call: the fields that differ between the stored record and the new
// one, and the status each gives on the day of the update. Pure: the store keeps the result.
import { callStatus } from './match.js';
import type { ChangeKind, FieldChangeRecord, MatchResult, Measure } from './types.js';

export type { ChangeKind };

/** The measure's field name (as in `fesr show --format json`) or `status`; null values for long texts. */
export type FieldChange = FieldChangeRecord;

export interface CallChange {
  id: string;
  kind: ChangeKind;
  title: string;
  fields: FieldChange[];
}

/** Read from the other fields at import time, or set by the store: not a change of the source. */
const DERIVED: ReadonlySet<string> = new Set(['rules', 'withdrawnOn']);

/** Free texts: a change is named, its before and after are not copied into the change log. */
const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'notes',
  'aidDetail',
  'sizeNote',
  'sectorNote',
  'applicantNote',
  'datesNote',
]);

/** The fields people following calls look at first, in this order; the rest follow as stored. */
const FIRST = ['status', 'closesAt', 'opensAt', 'budgetEur', 'maxAidEur', 'title'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Every source field that differs, plus the status on `asOf` when it moved. */
export function changedFields(before: Measure, after: Measure, asOf: string): FieldChange[] {
  const changes: FieldChange[] = [];
  const statusBefore = callStatus(before, asOf).status;
  const statusAfter = callStatus(after, asOf).status;
  if (statusBefore !== statusAfter)
    changes.push({ field: 'status', before: statusBefore, after: statusAfter });
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (DERIVED.has(key)) continue;
    const a = (before as unknown as Record<string, unknown>)[key];
    const b = (after as unknown as Record<string, unknown>)[key];
    if (same(a, b)) continue;
    changes.push(
      LONG_TEXT_FIELDS.has(key)
        ? { field: key, before: null, after: null }
        : { field: key, before: a ?? null, after: b ?? null },
    );
  }
  const rank = (field: string) => {
    const at = FIRST.indexOf(field);
    return at === -1 ? FIRST.length : at;
  };
  // A stable sort: fields outside FIRST keep the record's order.
  return changes
    .map((change, index) => ({ change, index }))
    .sort((x, y) => rank(x.change.field) - rank(y.change.field) || x.index - y.index)
    .map((x) => x.change);
}

/** The change an import makes to one record, or null when nothing a reader sees changed. */
export function changeOf(
  before: Measure | null,
  after: Measure,
  asOf: string,
  wasWithdrawn = false,
): CallChange | null {
  if (!before) return { id: after.id, kind: 'new', title: after.title, fields: [] };
  const fields = changedFields(before, after, asOf);
  if (wasWithdrawn) return { id: after.id, kind: 'returned', title: after.title, fields };
  return fields.length ? { id: after.id, kind: 'changed', title: after.title, fields } : null;
}

/**
 * The stored records of a source that a full snapshot no longer carries: withdrawn, not deleted.
 * `stored` is every id of the source with whether it is already withdrawn.
 */
export function withdrawnIds(
  stored: ReadonlyMap<string, boolean>,
  seen: ReadonlySet<string>,
): { withdrawn: string[]; returned: string[] } {
  const withdrawn: string[] = [];
  const returned: string[] = [];
  for (const [id, alreadyWithdrawn] of stored) {
    if (!seen.has(id) && !alreadyWithdrawn) withdrawn.push(id);
    if (seen.has(id) && alreadyWithdrawn) returned.push(id);
  }
  return { withdrawn: withdrawn.sort(), returned: returned.sort() };
}

/** Which kinds `--new` and `--changed` ask for: `new`; or changed, withdrawn and back again. */
export function wantedChange(kind: ChangeKind, wants: { new: boolean; changed: boolean }): boolean {
  return kind === 'new' ? wants.new : wants.changed;
}

/**
 * The results with the change each of their records went through (a merged call is changed
 * when any record merged into it is), newest change first per record.
 */
export function withChanges(
  results: readonly MatchResult[],
  changes: readonly CallChange[],
): MatchResult[] {
  const byId = new Map<string, CallChange>();
  for (const change of changes) byId.set(change.id, change);
  return results.flatMap((result) => {
    const change = result.sourceIds.map((id) => byId.get(id)).find((c) => c !== undefined);
    return change ? [{ ...result, change: { kind: change.kind, fields: change.fields } }] : [];
  });
}
