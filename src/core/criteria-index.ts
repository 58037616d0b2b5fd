// A coarse summary of what a measure could admit, computed when it is stored, so that the store
// hands the matcher only the records a profile may pass. It may say "cannot pass" only where the
// core (eligibility.ts, match.ts) surely excludes the record: a record whose verdict could be
// "to verify" is always kept. `mayPass` is the same test as the SQL in db/criteria.ts.
//
// Facets (one row per measure, table `measure_criteria`):
//   closed_after  day D: for every asOf > D the core says closed (no withdrawn marker in the
//                 record itself); null when no day is sure. From the closing day, the earliest
//                 closed halt (the day before its `since`, '' when it has none) and the first sure
//                 deadline in the words.
//   size_mask     bit per size (micro 1, small 2, medium 4, large 8) that does not surely fail
//                 the size criterion; all bits when the sizes are not stated.
//   applicant     0 never fails; 1 fails every profile (fund managers / public bodies only);
//                 2 fails a profile describing a firm (applicants-only rule without non-profit
//                 bodies); 3 fails such a profile unless it is a non-profit body.
//   territory     '*' (any province) or ' R:03 P:PC … ' : regions whose every province may pass,
//                 then single provinces that may pass.
//   sector        '*' (undecidable or every sector) or ' 2007:20 2007:S:C … ': the divisions and
//                 sections of the included codes, in the measure's ATECO version.
import { callKeys, titleWords } from './dedupe.js';
import { FORMER_PROVINCES, PROVINCES, provinceBySigla, provinceSet } from './provinces.js';
import { isSection, sectionOf } from './ateco.js';
import type { CompanyProfile, ExtractedRule, Measure, Size, Status } from './types.js';

export const CRITERIA_INDEX_VERSION = 1;

export interface CriteriaIndex {
  closedAfter: string | null;
  /**
   * A day on or before the closing day the core gives the record for any asOf (`statusOf`: the
   * closing day, a closed halt's `since`, a sure deadline); null when it can give none. Results
   * are ordered by deadline from it without reading every record.
   */
  closesBound: string | null;
  sizeMask: number;
  applicant: number;
  territory: string;
  sector: string;
  /** Call keys and title words, one a line: what call grouping looks at. */
  groupTokens: string;
  /** The territory tokens call grouping compares (a sure territory rule's, else the field's). */
  area: string[];
}

export const SIZE_BIT: Record<Size, number> = { micro: 1, small: 2, medium: 4, large: 8 };
const ALL_SIZES = 15;

type RuleOf<K extends ExtractedRule['kind']> = Extract<ExtractedRule, { kind: K }>;
function rulesOf<K extends ExtractedRule['kind']>(measure: Measure, kind: K): RuleOf<K>[] {
  return (measure.rules ?? []).filter((r): r is RuleOf<K> => r.kind === kind);
}

function dayBefore(day: string): string {
  const d = new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))),
  );
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** See `callStatus` and `statusOf`: the day after which the record is surely closed. */
function closedAfterOf(measure: Measure): string | null {
  // A withdrawn marker inside the record (never written by the store) would win over closed.
  if (measure.withdrawnOn) return null;
  const days: string[] = [];
  if (measure.closesAt) days.push(measure.closesAt.slice(0, 10));
  for (const halt of rulesOf(measure, 'halt'))
    if (halt.closed) {
      // A `since` that is no day is compared as text by the core: no sure day then.
      const day = halt.since === null ? '' : dayBefore(halt.since);
      if (halt.since === null || day !== '') days.push(day);
    }
  const deadline = rulesOf(measure, 'deadline').find((d) => d.sure);
  if (deadline) days.push(deadline.closesOn);
  return days.length ? days.reduce((a, b) => (b < a ? b : a)) : null;
}

/** See `statusOf`: every day it may give as the closing day, the earliest of them. */
function closesBoundOf(measure: Measure): string | null {
  const days: string[] = [];
  if (measure.closesAt) days.push(measure.closesAt.slice(0, 10));
  for (const halt of rulesOf(measure, 'halt'))
    if (halt.closed && halt.since !== null) days.push(halt.since);
  for (const deadline of rulesOf(measure, 'deadline'))
    if (deadline.sure) days.push(deadline.closesOn);
  return days.length ? days.reduce((a, b) => (b < a ? b : a)) : null;
}

/** See `checkSize`: a size fails when the field rejects it and no words admit it, or when words
 * that are sure leave it out. A large firm over an employee cap is kept (the cap needs figures). */
function sizeMaskOf(measure: Measure): number {
  if (measure.sizes.length === 0) return ALL_SIZES;
  const words = rulesOf(measure, 'size-words');
  let mask = 0;
  for (const [size, bit] of Object.entries(SIZE_BIT) as [Size, number][]) {
    const inField = measure.sizes.includes(size);
    // A large firm against an employee cap may be "to verify", which the words cannot fail.
    const capped = size === 'large' && measure.maxEmployees !== null;
    const possible = inField
      ? capped || !words.some((r) => r.sure && !r.sizes.includes(size))
      : words.some((r) => r.sizes.includes(size));
    if (possible) mask |= bit;
  }
  return mask;
}

function applicantOf(measure: Measure): number {
  const only = rulesOf(measure, 'applicants-only');
  if (only.length) return only.every((r) => r.who.includes('non-profit')) ? 3 : 2;
  const who = measure.applicants;
  if (who.length === 0 || who.includes('firm') || who.includes('professional')) return 0;
  if (who.includes('partnership')) return 0;
  return who.includes('fund-manager') || who.includes('public-body') ? 1 : 0;
}

const EVERY_PROVINCE = [...PROVINCES, ...FORMER_PROVINCES];
const provinceOfMunicipality = (code: string) =>
  PROVINCES.find((p) => p.istatCode === code.slice(0, 3))?.sigla;

/** See `checkOneTerritory`: the provinces for which the territory criterion may not fail. */
function territoryOf(measure: Measure): string {
  const tokens = measure.territory;
  let possible: Set<string>;
  if (tokens.length === 0 || tokens.includes('IT')) {
    possible = new Set(EVERY_PROVINCE.map((p) => p.sigla));
  } else {
    possible = new Set();
    for (const token of tokens) {
      const [kind, value = ''] = token.split(':');
      if (kind === 'region')
        for (const p of EVERY_PROVINCE) if (p.regionCode === value) possible.add(p.sigla);
      if (kind === 'province') possible.add(value);
      if (kind === 'municipality')
        for (const p of EVERY_PROVINCE)
          if (p.istatCode === value.slice(0, 3)) possible.add(p.sigla);
    }
  }
  for (const rule of rulesOf(measure, 'territory')) {
    if (!rule.sure) continue;
    const inRule = new Set<string>();
    for (const token of rule.tokens) {
      if (token.startsWith('province:')) inRule.add(token.slice('province:'.length));
      if (token.startsWith('municipality:')) {
        const sigla = provinceOfMunicipality(token.slice('municipality:'.length));
        if (sigla) inRule.add(sigla);
      }
    }
    for (const sigla of possible) if (!inRule.has(sigla)) possible.delete(sigla);
  }
  if (EVERY_PROVINCE.every((p) => possible.has(p.sigla))) return '*';
  const keys: string[] = [];
  const regions = new Map<string, string[]>();
  for (const p of EVERY_PROVINCE)
    regions.set(p.regionCode, [...(regions.get(p.regionCode) ?? []), p.sigla]);
  const covered = new Set<string>();
  for (const [region, siglas] of regions)
    if (siglas.every((s) => possible.has(s))) {
      keys.push(`R:${region}`);
      for (const s of siglas) covered.add(s);
    }
  for (const sigla of [...possible].sort()) if (!covered.has(sigla)) keys.push(`P:${sigla}`);
  return ` ${keys.join(' ')} `;
}

const CODE_SHAPE = /^(?:[A-V]|\d{2}(?:\.\d{1,2}){0,2})$/;

/** See `checkAtecoCode`: a code fails as "not included" unless it meets an included code. */
function sectorOf(measure: Measure): string {
  const included = measure.atecoIncluded;
  if (included.length === 0 || included.includes('*')) return '*';
  // An exclusion finer than the firm's code makes it "to verify" before the inclusions count.
  const excluded = measure.atecoExcluded.filter((code) => !code.startsWith('!'));
  const codes = [...included, ...excluded];
  if (!codes.every((code) => CODE_SHAPE.test(code))) return '*';
  const v = measure.atecoVersion;
  const keys = new Set(
    codes.map((code) => (isSection(code) ? `${v}:S:${code}` : `${v}:${code.slice(0, 2)}`)),
  );
  return ` ${[...keys].sort().join(' ')} `;
}

export function indexOf(measure: Measure): CriteriaIndex {
  const narrowed = rulesOf(measure, 'territory').find((r) => r.sure);
  return {
    closedAfter: closedAfterOf(measure),
    closesBound: closesBoundOf(measure),
    sizeMask: sizeMaskOf(measure),
    applicant: applicantOf(measure),
    territory: territoryOf(measure),
    sector: sectorOf(measure),
    groupTokens: [...callKeys(measure), ...titleWords(measure.title).words].join('\n'),
    area: narrowed ? narrowed.tokens : measure.territory,
  };
}

/** What a request asks of the facets; a null facet is not filtered. */
export interface CriteriaQuery {
  asOf: string;
  closedRequested: boolean;
  withdrawnRequested: boolean;
  sizeBit: number | null;
  applicants: number[] | null;
  territoryKeys: string[] | null;
  /** Keys ` 2007:20 `…; a version in `sectorAnyVersion` admits every measure of that version. */
  sectorKeys: string[] | null;
  sectorAnyVersion: string[];
}

export interface CriteriaRequest {
  asOf: string;
  statuses: readonly Status[];
  /** Measures the profile fails are listed too: the eligibility facets must not narrow. */
  explain: boolean;
}

const NON_PROFIT_FORMS = new Set(['cooperative', 'association', 'foundation']);

export function queryOf(profile: CompanyProfile, request: CriteriaRequest): CriteriaQuery {
  const query: CriteriaQuery = {
    asOf: request.asOf,
    closedRequested: request.statuses.includes('closed'),
    withdrawnRequested: request.statuses.includes('withdrawn'),
    sizeBit: null,
    applicants: null,
    territoryKeys: null,
    sectorKeys: null,
    sectorAnyVersion: [],
  };
  if (request.explain) return query;
  if (profile.size) query.sizeBit = SIZE_BIT[profile.size];
  // See `checkApplicant`.
  const aFirm =
    profile.statuses['non-profit'] === false || profile.size !== null || profile.ateco.length > 0;
  const nonProfit =
    profile.statuses['non-profit'] === true ||
    (profile.statuses['non-profit'] !== false &&
      profile.legalForm !== null &&
      NON_PROFIT_FORMS.has(profile.legalForm));
  query.applicants = [0, ...(aFirm ? [] : [2]), ...(!aFirm || nonProfit ? [3] : [])];
  const siglas = provinceSet(profile.province);
  const provinces = siglas.map((s) => provinceBySigla(s));
  // One province is looked up as the profile writes it (see `checkTerritory`).
  const asWritten = siglas.length !== 1 || profile.province === siglas[0];
  if (siglas.length && asWritten && provinces.every((p) => p !== undefined)) {
    const keys = new Set<string>();
    for (const p of provinces) if (p) keys.add(`P:${p.sigla}`).add(`R:${p.regionCode}`);
    query.territoryKeys = [...keys];
  }
  const codes = profile.ateco.flatMap((a) => [...a.as2007, ...a.as2025]);
  if (profile.ateco.length && !codes.some((c) => isSection(c) || !/^\d{2}/.test(c))) {
    const keys = new Set<string>();
    const anyVersion = new Set<string>();
    for (const activity of profile.ateco) {
      for (const [version, list] of [
        ['2007', activity.as2007],
        ['2025', activity.as2025],
      ] as const) {
        // No code in that version: the core says "to verify" for every measure of it.
        if (list.length === 0) anyVersion.add(version);
        for (const code of list) {
          keys.add(`${version}:${code.slice(0, 2)}`);
          const section = sectionOf(code, version);
          if (section) keys.add(`${version}:S:${section}`);
        }
      }
    }
    query.sectorKeys = [...keys];
    query.sectorAnyVersion = [...anyVersion];
  }
  return query;
}

/** The status part of `mayPass`, which holds with --explain too. */
export function statusMayPass(
  closedAfter: string | null,
  withdrawnOn: string | null,
  query: CriteriaQuery,
): boolean {
  if (withdrawnOn !== null && withdrawnOn <= query.asOf) return query.withdrawnRequested;
  if (closedAfter !== null && closedAfter < query.asOf) return query.closedRequested;
  return true;
}

const hasKey = (keys: string, key: string) => keys.includes(` ${key} `);

/** Whether the record may be kept by the core for the query; the SQL of db/criteria.ts says the same. */
export function mayPass(
  index: Pick<CriteriaIndex, 'closedAfter' | 'sizeMask' | 'applicant' | 'territory' | 'sector'>,
  withdrawnOn: string | null,
  query: CriteriaQuery,
): boolean {
  if (!statusMayPass(index.closedAfter, withdrawnOn, query)) return false;
  if (query.sizeBit !== null && (index.sizeMask & query.sizeBit) === 0) return false;
  if (query.applicants !== null && !query.applicants.includes(index.applicant)) return false;
  if (
    query.territoryKeys !== null &&
    index.territory !== '*' &&
    !query.territoryKeys.some((k) => hasKey(index.territory, k))
  )
    return false;
  if (
    query.sectorKeys !== null &&
    index.sector !== '*' &&
    !query.sectorAnyVersion.some((v) => index.sector.includes(` ${v}:`)) &&
    !query.sectorKeys.some((k) => hasKey(index.sector, k))
  )
    return false;
  return true;
}
