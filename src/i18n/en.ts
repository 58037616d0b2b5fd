import { SME_CEILINGS } from '../core/size.js';
import type { Size, SizeBasis } from '../core/types.js';
import type { Messages, ShowField } from './messages.js';

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
const quoted = (items: readonly string[], last: string) => {
  const q = items.map((i) => `"${i}"`);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} ${last} ${q.at(-1)}` : (q[0] ?? '');
};
// The columns of a firms CSV to fill in, or the kind of column to add when it has none.
const fillIn = (columns: readonly string[], toAdd: string) =>
  columns.length
    ? `fill in the ${quoted(columns, 'or')} column${columns.length > 1 ? 's' : ''}`
    : `add ${toAdd} to the file`;
const figuresOf = (b: SizeBasis) =>
  [
    b.turnover !== null ? `turnover ${euro(b.turnover)}` : null,
    b.balanceSheet !== null ? `balance sheet ${euro(b.balanceSheet)}` : null,
  ].filter((x): x is string => x !== null);
const ceilingOf = (size: Size) => SME_CEILINGS.find((c) => c.size === size);
const financialLimits = (size: Size) => {
  const c = ceilingOf(size);
  return c
    ? `turnover up to ${euro(c.turnoverAtMost)} or balance sheet up to ${euro(c.balanceSheetAtMost)}`
    : '';
};

function sizeDecided(b: SizeBasis): string {
  const figures = list(figuresOf(b));
  if (b.decidedBy === 'financials') {
    return (
      `${b.size} firm: ${b.employees} staff alone would make it ${b.byHeadcount}, but ${figures} ` +
      `exceed the ${b.byHeadcount} limits (${financialLimits(b.byHeadcount)})`
    );
  }
  if (b.size === 'large')
    return `large firm: ${b.employees} staff is not below the SME ceiling of 250`;
  const index = SME_CEILINGS.findIndex((c) => c.size === b.size);
  const own = SME_CEILINGS[index];
  const smaller = SME_CEILINGS[index - 1];
  const headcount =
    `${b.employees} staff is below the ${b.size} ceiling of ${own?.employeesBelow}` +
    (smaller ? ` but not below the ${smaller.size} ceiling of ${smaller.employeesBelow}` : '');
  const money = figures
    ? `; ${figures} within the ${b.size} limits (${financialLimits(b.size)})`
    : ' (no turnover or balance sheet given: the headcount decides)';
  return `${b.size} firm: ${headcount}${money}`;
}

const FIELD_LABELS: Record<ShowField, string> = {
  id: 'id',
  source: 'source',
  programme: 'programme',
  action: 'action',
  managingBody: 'managing body',
  procedure: 'procedure',
  status: 'status',
  opens: 'opens',
  closes: 'closes',
  budget: 'budget',
  aid: 'aid',
  minAid: 'min aid',
  maxAid: 'max aid',
  minSpend: 'min spend',
  aidDetail: 'aid detail',
  sizes: 'sizes',
  maxEmployees: 'max employees',
  sizeNote: 'size note',
  atecoIncluded: 'ATECO included',
  atecoExcluded: 'ATECO excluded',
  atecoVersion: 'ATECO version',
  sectorNote: 'sector note',
  territory: 'territory',
  applicants: 'applicants',
  applicantNote: 'applicant note',
  callCode: 'call code',
  evidence: 'evidence',
  url: 'url',
  sources: 'sources',
  notes: 'notes',
};

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
  footer: (f) =>
    `${f.count} measure${f.count === 1 ? '' : 's'} · ` +
    (f.withBudget === 0
      ? 'allocation not known'
      : `allocation ${euro(f.totalBudget)}` +
        (f.withBudget < f.count ? ` (${f.withBudget} with a known budget)` : '')) +
    `\n${f.closingSoon} closing within 30 days` +
    (f.ineligible ? ` · and ${f.ineligible} not eligible, listed by --explain` : ''),
  legend: () => '✓ eligible  ? to verify  ✗ not eligible',
  noResults: (explained) =>
    explained ? 'No measures match.' : 'No measures match. Try --explain to see why.',

  statusOpen: (closesOn, daysLeft) => `open, closes ${closesOn} (${days(daysLeft)} left)`,
  statusOpeningUnknown: (closesOn, daysLeft) =>
    `closes ${closesOn} (${days(daysLeft)} left); the opening date is not known`,
  statusOpenEnded: (opensOn) =>
    `open${opensOn ? ` since ${opensOn}` : ''} until funds run out (no closing date)`,
  statusUpcoming: (opensOn) => `opens ${opensOn}`,
  statusClosed: (closesOn) => `closed on ${closesOn}`,
  statusUnknown: () => 'dates not known',

  errors: {},
  fieldLabel: (field) => FIELD_LABELS[field],
  criterionName: (criterion) => criterion,
  eligibilityName: (eligibility) => eligibility,
  applicantName: (applicant) => applicant,
  interrupted: () => 'interrupted',
  internalError: (message) => `internal error: ${message}`,
  reportBug: (version) =>
    `run again with --debug for details, and please report it (fesr ${version})`,

  admin: {
    statsTitle: (measures, total, asOf) => `${measures} measures, ${total} (as of ${asOf})`,
    headingStatus: () => 'status',
    headingAidForm: () => 'aid form',
    headingProgramme: () => 'programme',
    headingMeasures: () => 'measures',
    notStated: () => '(not stated)',
    statusName: (status) => status,
    headingSource: () => 'source',
    headingLastImport: () => 'last import',
    headingFile: () => 'file',
    headingCounts: () => 'n/u/=/skip',
    importSummary: (r) =>
      `${r.file}: ${r.recordsRead} read, ${r.inserted} new, ${r.updated} updated, ` +
      `${r.unchanged} unchanged, ${r.skipped} skipped in ${r.seconds.toFixed(1)} s` +
      ` [${r.format} → ${r.source}]${r.dryRun ? ' (dry run: nothing written)' : ''}`,
    skippedRow: (where, field, reason) => `skipped ${where}: field "${field}" ${reason}`,
    rowIssues: {},
    recordNumber: (n) => ` record ${n}`,
    importedBefore: (files) =>
      `fesr: ${files.join(', ')} imported before the error below; that import stays`,
    rejectsWritten: (count, file) => `all ${count} problems are listed in ${file}`,
    moreProblems: (count) => `… and ${count} more`,
  },

  wizard: {
    intro: () =>
      'fesr wizard: a few questions about the company, then the calls it may apply to.\n' +
      'Every step has a default (Enter) and a way back.\n' +
      'Ctrl+C quits without saving anything.',
    startingFrom: (name) =>
      `Starting from the saved profile "${name}": Enter keeps each of its answers.`,
    back: () => '← back',
    yes: () => 'yes',
    no: () => 'no',
    keyAction: (action) => action,
    backHint: () => '[< back]',
    sizeQuestion: () => 'Company size',
    sizeFromFigures: () => 'work it out from headcount and turnover',
    sizeChoice: (size) => {
      const c = ceilingOf(size);
      return c ? `${size} (fewer than ${c.employeesBelow} staff)` : 'large (250 staff or more)';
    },
    sizeSkip: () => "skip (I don't know)",
    employeesQuestion: () => 'Employees (annual work units), e.g. 20',
    turnoverQuestion: () => 'Annual turnover in EUR, e.g. 3000000 or 3M (Enter to skip)',
    balanceSheetQuestion: () => 'Balance-sheet total in EUR (Enter to skip)',
    notWholeNumber: () => 'type a number of staff, e.g. 20 or 12.5',
    notAmount: () => 'type an amount in EUR, e.g. 3000000, 3.000.000 or 3M',
    sizeDecided,
    sectorQuestion: () =>
      'Sector: type an ATECO code or words of the activity (cosmetici, software)',
    sectorTypeMore: () => 'type a code or a word to see matching activities',
    sectorSkip: () => 'skip (no sector)',
    atecoVersions: (versions) => `ATECO ${versions.join(' and ')}`,
    atecoVersionsTag: (versions) =>
      versions.length > 1 ? `[${versions.join(' · ')}]` : `[${versions.join('')} only]`,
    anotherSectorQuestion: (ordinal) =>
      `Activity ${ordinal}: type an ATECO code or words of the activity`,
    moreActivitiesQuestion: () => 'Does the company have another activity?',
    activitiesDone: (codes) => `no, that is all (${codes.join(', ')})`,
    addActivity: (next) => (next ? `yes, the next one: ${next}` : 'yes, add another activity'),
    sectorChosen: (code, title) => `sector ${code}: ${title}`,
    provinceQuestion: () => 'Province: type its sigla, its name or a municipality',
    provinceSkip: () => 'skip (no province)',
    municipalityIn: (municipality, province) => `${municipality} is in the province of ${province}`,
    keywordsQuestion: () => 'Keywords to look for in the calls (optional, Enter for none)',
    aidQuestion: () => 'Aid form',
    aidAny: () => 'any aid form',
    resultsHeading: (asOf) => `Measures this company may apply to, as of ${asOf}:`,
    nextQuestion: () => 'What next?',
    openDetails: () => "open a measure's details and reasons",
    changeAnswers: () => 'change the answers',
    finish: () => 'done: save and export',
    pickMeasure: () => 'Which measure?',
    saveQuestion: () => 'Save this profile for later searches?',
    profileNameQuestion: () => 'Profile name (letters, digits, - and _)',
    profileNameInvalid: () => 'use letters, digits, - and _ only (at most 64)',
    replaceProfile: (name) => `A profile named "${name}" exists. Replace it?`,
    profileSaved: (name) => `Saved profile "${name}".`,
    exportQuestion: () => 'Export the results to a CSV file?',
    fileNameQuestion: () => 'File name',
    replaceFile: (path) => `${path} exists. Replace it?`,
    exported: (count, path) => `Wrote ${count} measure${count === 1 ? '' : 's'} to ${path}.`,
    equivalentCommand: () => 'The same search from the command line:',
    cancelled: (written) =>
      written.length
        ? `Cancelled: nothing more was written (already saved: ${written.join(', ')}).`
        : 'Cancelled: nothing was saved.',
    needsTerminal: () => 'the wizard needs an interactive terminal',
    needsTerminalHint: () =>
      'in scripts use the flags instead, e.g. fesr search --employees 20 --turnover 3M ' +
      '--ateco 20.42 --province CR (see fesr search --help)',
  },

  profiles: {
    headingName: () => 'Name',
    headingSize: () => 'Size',
    headingAteco: () => 'ATECO',
    headingProvince: () => 'Province',
    field: (key) =>
      ({
        size: 'size',
        employees: 'employees',
        turnover: 'turnover',
        balanceSheet: 'balance sheet',
        ateco: 'ATECO',
        province: 'province',
        text: 'keywords',
        aid: 'aid forms',
      })[key],
    staff: (employees, turnover) => `${employees} staff${turnover ? `, ${turnover}` : ''}`,
    none: () => 'No saved profiles yet. Create one with: fesr profile save NAME --province CR …',
    saved: (name, path) => `Saved profile "${name}" to ${path}.`,
    deleted: (name) => `Deleted profile "${name}".`,
  },

  portfolio: {
    headingFirm: () => 'Firm',
    headingDeadline: () => 'Deadline',
    headingCount: () => 'Measures',
    noDeadline: () => 'none',
    skippedRow: (file, line, reason) => `${file}:${line}: ${reason}; row skipped`,
    summary: (firms, matches, skipped) =>
      `${firms} firm${firms === 1 ? '' : 's'} · ${matches} match${matches === 1 ? '' : 'es'}` +
      (skipped ? ` · ${skipped} row${skipped === 1 ? '' : 's'} skipped` : ''),
    ignoredColumns: (file, columns) =>
      `${file}: column${columns.length === 1 ? '' : 's'} ${quoted(columns, 'and')} not read ` +
      '(no firm field has that name; fesr match --help lists the names it reads)',
    duplicateColumn: (file, column, used) =>
      `${file}: column "${column}" not read: the same field comes from "${used}"`,
    sizeMissing: (columns) =>
      `company size not given (${fillIn(columns, 'a size or employees column')})`,
    sectorMissing: (columns) => `ATECO code not given (${fillIn(columns, 'an ATECO column')})`,
    territoryMissing: (columns) =>
      `province not given (${fillIn(columns, 'a province or comune column')})`,
    sizeConflict: (size, derived, columns) =>
      `size "${size}" disagrees with the figures, which make a ${SIZE_NAMES[derived]} firm ` +
      `(correct ${quoted(columns, 'or')})`,
    figuresNeedEmployees: (columns) =>
      'turnover or balance sheet given without the headcount, which the EU SME definition ' +
      `tests first (${fillIn(columns, 'an employees column')})`,
  },

  input: {
    municipalityProvince: (municipality, province, sigla) =>
      `${municipality} is in the province of ${province} (${sigla})`,
    atecoDecimalComma: (typed, code, separate) =>
      `ATECO "${typed}" read as ${code} (a decimal comma)` +
      (separate ? `; for separate codes write ${separate}` : ''),
  },
};
