// The shape of a message catalogue. Every user-facing sentence of fesr is one entry, so a new
// language is one file that implements this interface.
import type { AtecoLevel } from '../core/ateco.js';
import type { AidForm, Size, SizeBasis, Status } from '../core/types.js';

export type Lang = 'en' | 'it';

export interface Messages {
  lang: Lang;
  sizeName(size: Size): string;
  list(items: readonly string[]): string;
  euro(amount: number): string;

  // Reasons, one line each.
  sizeBasis(basis: SizeBasis): string;
  sizeProfileMissing(): string;
  sizeNotStated(): string;
  sizeAdmitted(size: Size, basis: string | null, allowed: readonly Size[]): string;
  sizeRejected(size: Size, basis: string | null, allowed: readonly Size[]): string;
  sizeOverEmployeeCap(employees: number, cap: number): string;
  sizeEmployeeCapUnknown(cap: number): string;

  sectorProfileMissing(): string;
  sectorAllAdmitted(): string;
  sectorAdmitted(code: string, rule: string, level: AtecoLevel | null): string;
  sectorExcluded(code: string, by: string, level: AtecoLevel, excluded: readonly string[]): string;
  sectorNotIncluded(code: string, included: readonly string[]): string;
  sectorPartlyExcluded(code: string, by: string): string;
  sectorPartlyIncluded(code: string, by: string): string;
  sectorNotStated(): string;
  sectorNoEquivalent(code: string, version: string): string;
  sectorNote(note: string): string;

  territoryProfileMissing(): string;
  territoryNational(): string;
  territoryRegion(province: string, region: string): string;
  territoryProvince(province: string): string;
  territoryMunicipalities(province: string, names: readonly string[]): string;
  territoryOutside(province: string, where: readonly string[]): string;
  territoryNotStatedLombardy(province: string): string;
  territoryNotStated(): string;

  applicantFirm(): string;
  applicantPartnership(note: string | null): string;
  applicantFundManager(): string;
  applicantPublicBody(): string;
  applicantOther(note: string | null): string;
  applicantNotStated(): string;

  // Result lists.
  headingTitle(): string;
  headingStatus(): string;
  headingMaxAid(): string;
  headingAid(): string;
  statusLabel(status: Status, daysLeft: number | null, opensOn: string | null): string;
  /** The second line of the status cell: the closing (or opening) day. */
  statusDate(status: Status, opensOn: string | null, closesOn: string | null): string | null;
  aidFormName(form: AidForm): string;
  footer(count: number, totalBudget: number, withBudget: number, closingSoon: number): string;
  legend(): string;
  noResults(explained: boolean): string;

  statusOpen(closesOn: string, daysLeft: number): string;
  statusOpenEnded(opensOn: string | null): string;
  statusUpcoming(opensOn: string): string;
  statusClosed(closesOn: string): string;
  statusUnknown(): string;
}
