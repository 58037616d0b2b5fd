// Municipalities that changed since the 2020 ISTAT list: fusions, incorporations, renamings and
// moves to another province. An old name leads to its successor and the successor's province.
import { MUNICIPALITY_CHANGES } from './provinces-changes-data.js';
import { foldText } from './text.js';

export type MunicipalityChangeKind =
  'fusione' | 'incorporazione' | 'ridenominazione' | 'cambio provincia' | 'scissione';

export interface MunicipalityChange {
  predecessorCode: string;
  predecessorName: string;
  successorCode: string;
  successorName: string;
  /** The successor's province sigla. */
  province: string;
  regionCode: string;
  /** The day it took effect (YYYY-MM-DD), when the sources give it. */
  date: string | null;
  kind: MunicipalityChangeKind;
}

export { MUNICIPALITY_CHANGES };

/**
 * The changes by which a municipality of this (folded) name ceased to exist: a predecessor of a
 * fusion, incorporation, renaming or move. A split leaves its predecessor standing, so it is left
 * out; so is a name the successor keeps (Sovizzo), which is still a municipality's name.
 */
export function formerMunicipality(
  folded: string,
  changes: readonly MunicipalityChange[] = MUNICIPALITY_CHANGES,
): MunicipalityChange[] {
  return changes.filter(
    (c) =>
      c.kind !== 'scissione' &&
      foldText(c.predecessorName) === folded &&
      foldText(c.successorName) !== folded,
  );
}

/** The predecessor codes that no longer name a municipality of their own. */
export function suppressedCodes(
  changes: readonly MunicipalityChange[] = MUNICIPALITY_CHANGES,
): Set<string> {
  const successors = new Set(changes.map((c) => c.successorCode));
  return new Set(
    changes
      .filter((c) => c.kind !== 'scissione' && !successors.has(c.predecessorCode))
      .map((c) => c.predecessorCode),
  );
}

/** Predecessor names starting with a folded prefix, for the wizard's place search. */
export function formerMunicipalitiesStartingWith(
  prefix: string,
  changes: readonly MunicipalityChange[] = MUNICIPALITY_CHANGES,
): MunicipalityChange[] {
  return changes.filter(
    (c) =>
      c.kind !== 'scissione' &&
      foldText(c.predecessorName).startsWith(prefix) &&
      foldText(c.successorName) !== foldText(c.predecessorName),
  );
}
