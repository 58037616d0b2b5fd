import type { Size } from '../core/types.js';
import type { Messages } from './messages.js';

const SIZE_NAMES: Record<Size, string> = {
  micro: 'micro',
  small: 'small',
  medium: 'medium',
  large: 'large',
};
const list = (items: readonly string[]) => items.join(', ');
const euro = (amount: number) => `EUR ${Math.round(amount).toLocaleString('en-US')}`;
const sizes = (allowed: readonly Size[]) => list(allowed.map((s) => SIZE_NAMES[s]));
const firm = (size: Size, basis: string | null) =>
  `${SIZE_NAMES[size]} firm${basis ? ` (${basis})` : ''}`;
// `!01.61` in a rule list reads as an exception to the exclusion before it.
const atecoRules = (rules: readonly string[]) =>
  rules
    .map((r) => (r.startsWith('!') ? `except ${r.slice(1)}` : r))
    .join(', ')
    .replace(/, except/g, ' except');
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const en: Messages = {
  lang: 'en',
  sizeName: (size) => SIZE_NAMES[size],
  list,
  euro,

  sizeBasis: (b) => {
    const figures = [
      b.turnover !== null ? `turnover ${euro(b.turnover)}` : null,
      b.balanceSheet !== null ? `balance sheet ${euro(b.balanceSheet)}` : null,
    ].filter((x): x is string => x !== null);
    if (b.decidedBy === 'financials') {
      return `${b.employees} employees, but ${list(figures)} exceed the ${b.byHeadcount} ceilings`;
    }
    if (b.size === 'large') return `${b.employees} employees, not below the SME ceiling of 250`;
    return figures.length
      ? `${b.employees} employees, ${list(figures)}`
      : `${b.employees} employees (turnover and balance sheet not given)`;
  },
  sizeProfileMissing: () => 'company size not given (use --size or --employees)',
  sizeNotStated: () => 'the data does not say which sizes may apply',
  sizeAdmitted: (size, basis, allowed) => `${firm(size, basis)}; the call admits ${sizes(allowed)}`,
  sizeRejected: (size, basis, allowed) =>
    `${firm(size, basis)}; the call admits only ${sizes(allowed)}`,
  sizeOverEmployeeCap: (employees, cap) =>
    `large firm with ${employees} employees; large firms are admitted only up to ${cap}`,
  sizeEmployeeCapUnknown: (cap) =>
    `large firms are admitted only up to ${cap} employees; headcount not given`,

  sectorProfileMissing: () => 'ATECO code not given (use --ateco)',
  sectorAllAdmitted: () => 'every sector is admitted',
  sectorAdmitted: (code, rule, level) =>
    rule === 'all'
      ? `${code} is admitted (no exclusion applies)`
      : `${code} falls under admitted ${level ?? ''} ${rule}`.replace('  ', ' '),
  sectorExcluded: (code, by, level, excluded) =>
    `${code} falls under excluded ${level} ${by} (excluded: ${atecoRules(excluded)})`,
  sectorNotIncluded: (code, included) =>
    `${code} is not among the admitted sectors (${list(included)})`,
  sectorPartlyExcluded: (code, by) => `part of ${code} is excluded (${by}); check the exact code`,
  sectorPartlyIncluded: (code, by) =>
    `only part of ${code} is admitted (${by}); check the exact code`,
  sectorNotStated: () => 'the data does not state the admitted sectors',
  sectorNoEquivalent: (code, version) =>
    `${code} has no ATECO ${version} equivalent to compare with`,
  sectorNote: (note) => `sector rule in words: ${note}`,

  territoryProfileMissing: () => 'province not given (use --province)',
  territoryNational: () => 'national measure: every province',
  territoryRegion: (province, region) => `${province} is in ${region}, where the call applies`,
  territoryProvince: (province) => `the call is limited to ${province}`,
  territoryMunicipalities: (province, names) =>
    `limited to municipalities in ${province}: ${list(names)}`,
  territoryOutside: (province, where) => `${province} is outside the call's area (${list(where)})`,
  territoryNotStatedLombardy: (province) =>
    `no territorial limit stated: matches every Lombardy province, ${province} included`,
  territoryNotStated: () => 'the data does not state the territory',

  applicantFirm: () => 'firms apply directly',
  applicantPartnership: (note) =>
    `firms apply only as part of a partnership or supply chain${note ? `: ${note}` : ''}`,
  applicantFundManager: () =>
    'only fund managers apply; a firm cannot apply itself (it may receive investment from them)',
  applicantPublicBody: () => 'only public bodies apply; not open to firms',
  applicantOther: (note) => `who applies is unusual${note ? `: ${note}` : ''}`,
  applicantNotStated: () => 'the data does not say who applies',

  headingTitle: () => 'Measure',
  headingStatus: () => 'Status',
  headingMaxAid: () => 'Max aid',
  headingAid: () => 'Aid',
  statusLabel: (status, daysLeft) => {
    if (status === 'open') return daysLeft === null ? 'open' : `open, ${days(daysLeft)}`;
    return status;
  },
  statusDate: (status, opensOn, closesOn) => {
    if (status === 'upcoming') return opensOn ? `from ${opensOn}` : null;
    if (status === 'open') return closesOn ? `to ${closesOn}` : 'no deadline';
    if (status === 'closed') return closesOn ? `on ${closesOn}` : null;
    return null;
  },
  aidFormName: (form) => form,
  footer: (count, totalBudget, withBudget, closingSoon) =>
    `${count} measure${count === 1 ? '' : 's'} · allocation ${euro(totalBudget)}` +
    (withBudget < count ? ` (${withBudget} with a known budget)` : '') +
    `\n${closingSoon} closing within 30 days`,
  legend: () => '✓ eligible  ? to verify  ✗ not eligible',
  noResults: (explained) =>
    explained ? 'No measures match.' : 'No measures match. Try --explain to see why.',

  statusOpen: (closesOn, daysLeft) => `open, closes ${closesOn} (${days(daysLeft)} left)`,
  statusOpenEnded: (opensOn) =>
    `open${opensOn ? ` since ${opensOn}` : ''} until funds run out (no closing date)`,
  statusUpcoming: (opensOn) => `opens ${opensOn}`,
  statusClosed: (closesOn) => `closed on ${closesOn}`,
  statusUnknown: () => 'dates not known',
};
