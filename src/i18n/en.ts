import type { SourceFailure } from '../core/update-failures.js';
import type { AtecoReading } from '../core/reason-codes.js';
import { SME_CEILINGS } from '../core/size.js';
import type {
  AreaKind,
  ConditionKind,
  LegalForm,
  RequiredStatus,
  RestrictedApplicant,
  Size,
  SizeBasis,
  SpecialStatus,
} from '../core/types.js';
import { ENGLISH_FORMATS } from './formats.js';
import type { Messages, ShowField } from './messages.js';

const SIZE_NAMES: Record<Size, string> = {
  micro: 'micro',
  small: 'small',
  medium: 'medium',
  large: 'large',
};
const list = (items: readonly string[]) => items.join(', ');
// How a firm's code was read and what it was compared as, around a sector reason.
function read(r: AtecoReading | undefined, text: string): string {
  if (!r) return text;
  const titled = (title: string | null) => (title ? ` (${title})` : '');
  const compared = `ATECO ${r.comparedVersion} ${codeList(r.compared)}`;
  const how = r.via
    ? `, which has no ATECO ${r.comparedVersion} equivalent of its own: compared through its ${r.via.level} ${r.via.code} (${compared})`
    : r.compared.length && (r.compared.join() !== r.code || r.comparedVersion !== r.version)
      ? `, compared as ${compared}`
      : '';
  const other = r.other
    ? `; write ${r.other.version}:${r.code} for the ${r.other.version} meaning${titled(r.other.title)}`
    : '';
  return `${r.code} read as ATECO ${r.version}${titled(r.title)}${how}: ${text}${other}`;
}
const codeList = (codes: readonly string[]) =>
  codes.length > 4 ? `${codes.slice(0, 4).join(', ')}…` : codes.join(', ');
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
const count = (n: number) => n.toLocaleString('en-US');
const calls = (n: number) => `${count(n)} call${n === 1 ? '' : 's'}`;

/** A failed download or payload in words. */
function failureText(f: SourceFailure): string {
  switch (f.kind) {
    case 'timeout':
      return `no data for ${f.seconds} s (timed out, after retries)`;
    case 'network':
      return `network error ${f.code}${f.detail ? ` (${f.detail})` : ''}, after retries`;
    case 'http-status':
      return `the server answered HTTP ${f.status}${f.statusText ? ` ${f.statusText}` : ''}`;
    case 'truncated':
      return `the download was cut off after ${count(f.received)} bytes${f.expected ? ` of ${count(f.expected)}` : ''}`;
    case 'not-json':
      return `the answer is not the source's JSON (it starts "${f.start}"), an error page?`;
    case 'wrong-shape': {
      const page = f.page ? `page ${f.page} ` : '';
      const what = {
        'not-array': 'it is not the JSON array of rows the registry sends (an error object?)',
        'page-not-modified': `${page}answered 304 to a request without validators`,
        'page-not-json': `${page}is not whole JSON${f.detail ? ` (${f.detail})` : ''}`,
        'offset-ignored': `${page}repeats page 1: the server ignores $offset, so the dataset is never whole`,
      }[f.problem];
      return `the answer is not in the source's shape: ${what}`;
    }
    case 'empty':
      return 'the answer holds no calls';
    case 'bad-data':
      return `the answer cannot be read: ${f.message}`;
  }
}
/** `1 firm`, `3 firms`. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
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

function sizeBasis(b: SizeBasis): string {
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
    : `${b.employees} employees, turnover and balance sheet not given`;
}

const basisOf = (b: SizeBasis | null) => (b ? sizeBasis(b) : null);
const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);
const ageRule = (p: { maxMonths: number | null; minMonths: number | null }) =>
  [
    p.maxMonths !== null ? `only firms up to ${months(p.maxMonths)} old` : null,
    p.minMonths !== null ? `only firms at least ${months(p.minMonths)} old` : null,
  ]
    .filter(Boolean)
    .join(' and ');
const RESTRICTED_NAMES: Record<RestrictedApplicant, string> = {
  'non-profit': 'non-profit bodies',
  'public-body': 'public bodies',
  citizen: 'private citizens',
  research: 'universities and research bodies',
  financial: 'banks and financial intermediaries',
  'new-firm': 'firms still to be founded',
};
const STATUS_WORDS: Record<RequiredStatus, string> = {
  'innovative-startup': 'innovative start-ups',
  'innovative-sme': 'innovative SMEs',
  'women-led': 'women-led firms',
  'youth-led': 'youth-led firms',
  'non-profit': 'non-profit bodies',
  confiscated: 'firms seized or confiscated from organised crime',
};
const anyStatus = (any: readonly RequiredStatus[]) => any.map((s) => STATUS_WORDS[s]).join(' or ');
const statusHints = (any: readonly RequiredStatus[], t: Messages) =>
  any.map((s) => (s === 'confiscated' ? 'read the call' : t.hints.status(s))).join('; ');
const LEGAL_FORM_NAMES: Record<LegalForm, string> = {
  srl: 'srl',
  spa: 'spa',
  sapa: 'sapa',
  snc: 'snc',
  sas: 'sas',
  cooperative: 'cooperative',
  'sole-trader': 'sole trader',
  consortium: 'consortium',
  association: 'association',
  foundation: 'foundation',
  other: 'other form',
};

const AREA_WORDS: Record<AreaKind, string> = {
  'inner-areas': 'inner areas (aree interne)',
  'small-municipalities': 'small municipalities (by population)',
  'mountain-municipalities': 'mountain municipalities',
  'special-economic-zone': 'the special economic zone (ZES)',
  'crisis-area': 'industrial crisis areas',
};
const CONDITION_WORDS: Record<ConditionKind, string> = {
  grouping: 'firms applying as a group or supply chain of several firms',
  'crisis-procedure': 'firms in or after a crisis procedure (composizione negoziata, concordato)',
  listing: 'firms on the way to a stock listing, not yet listed',
  registry: 'firms entered in a national register',
  trademark: 'firms licensed to use a trademark',
  'social-economy': 'social-economy firms',
  suppliers: 'technology suppliers and system integrators',
  'firms-in-difficulty': 'firms in financial difficulty',
  'named-applicants': 'the applicants the call names, not firms in general',
};

/** The fields words are quoted from, as a reason names them. */
const QUOTED_FIELDS: Record<string, string> = {
  grantor: 'grantor',
  title: 'title',
  description: 'description',
  'dates note': 'dates note',
  'sector list': 'sector list',
  'applicant types': 'applicant types',
  area: 'area',
};

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
  datesNote: 'dates note',
  statusSeen: 'status seen',
  areaScope: 'area',
  sectorsListed: 'sector list',
};

// The wizard's fact questions: each legal form with its Italian name, each status as a question.
const WIZARD_LEGAL_FORMS: Record<LegalForm, string> = {
  srl: 'srl (società a responsabilità limitata, srls too)',
  spa: 'spa (società per azioni)',
  sapa: 'sapa (società in accomandita per azioni)',
  snc: 'snc (società in nome collettivo)',
  sas: 'sas (società in accomandita semplice)',
  cooperative: 'cooperative (società cooperativa)',
  'sole-trader': 'sole trader (ditta individuale)',
  consortium: 'consortium (consorzio)',
  association: 'association (associazione)',
  foundation: 'foundation (fondazione)',
  other: 'another form (altra forma)',
};
const WIZARD_STATUS_QUESTIONS: Record<SpecialStatus, string> = {
  'innovative-startup': 'Is it an innovative start-up (start-up innovativa)?',
  'innovative-sme': 'Is it an innovative SME (PMI innovativa)?',
  'women-led': 'Is it women-led (impresa femminile)?',
  'youth-led': 'Is it youth-led (impresa giovanile)?',
  'non-profit': 'Is it a non-profit body (ente non profit)?',
};

export const en: Messages = {
  lang: 'en',
  sizeName: (size) => SIZE_NAMES[size],
  list,
  euro,
  formats: ENGLISH_FORMATS,

  sizeBasis,
  reasons: {
    'size-profile-missing': (_, t) => `company size not given (${t.hints.size()})`,
    'size-not-stated': () => 'the data does not say which sizes may apply',
    'size-admitted': (p) =>
      `${firm(p.size, basisOf(p.basis))}; the call admits ${sizes(p.allowed)}`,
    'size-rejected': (p) =>
      `${firm(p.size, basisOf(p.basis))}; the call admits only ${sizes(p.allowed)}`,
    'size-over-employee-cap': (p) =>
      `large firm with ${p.employees} employees; large firms are admitted only up to ${p.cap}`,
    'size-employee-cap-unknown': (p) =>
      `large firms are admitted only up to ${p.cap} employees; headcount not given`,
    'size-words-disagree': (p) =>
      `the sizes field admits ${sizes(p.allowed)}, but the words admit ${sizes(p.inWords)}; check whether a ${SIZE_NAMES[p.size]} firm may apply`,
    'size-words-exclude': (p) =>
      `the words limit the call to ${sizes(p.inWords)} firms; a ${SIZE_NAMES[p.size]} firm is not among them`,

    'sector-profile-missing': (_, t) => `ATECO code not given (${t.hints.ateco()})`,
    'sector-all-admitted': () => 'every sector is admitted',
    'sector-admitted': (p) =>
      read(
        p.reading,
        p.rule === 'all'
          ? `${p.code} is admitted (no exclusion applies)`
          : `${p.code} falls under admitted ${p.level ?? ''} ${p.rule}`.replace('  ', ' '),
      ),
    'sector-excluded': (p) =>
      read(
        p.reading,
        `${p.code} falls under excluded ${p.level} ${p.by} (excluded: ${atecoRules(p.excluded)})`,
      ),
    'sector-not-included': (p) =>
      read(p.reading, `${p.code} is not among the admitted sectors (${list(p.included)})`),
    'sector-partly-excluded': (p) =>
      read(p.reading, `part of ${p.code} is excluded (${p.by}); check the exact code`),
    'sector-partly-included': (p) =>
      read(p.reading, `only part of ${p.code} is admitted (${p.by}); check the exact code`),
    'sector-not-stated': () => 'the data does not state the admitted sectors',
    'sector-no-equivalent': (p) =>
      read(p.reading, `${p.code} has no ATECO ${p.version} equivalent to compare with`),
    'sector-note': (p) => `sector rule in words: ${p.note}`,
    'sector-words-admitted': (p) =>
      read(p.reading, `${p.code} is among the admitted activities (${list(p.labels)})`),
    'sector-words-outside': (p) =>
      read(p.reading, `${p.code} is not among the admitted activities (${list(p.labels)})`),
    'sector-fields-disagree': (p) =>
      read(
        p.reading,
        `the ATECO field admits every sector, but the sector list names only ${list(p.labels)}, without ${p.code}; check the call`,
      ),
    'sector-words-partly': (p) =>
      read(
        p.reading,
        `only part of ${p.code} is among the admitted activities (${list(p.labels)}: ${p.by}); check the exact code`,
      ),

    'territory-profile-missing': (_, t) => `province not given (${t.hints.province()})`,
    'territory-national': () => 'national measure: every province',
    'territory-region': (p) =>
      `${p.province} ${p.province.includes(',') ? 'are' : 'is'} in ${p.region}, where the call applies`,
    'territory-province': (p) => `the call is limited to ${p.province}`,
    'territory-municipalities': (p) =>
      `limited to municipalities in ${p.province}: ${list(p.names)}; check that the firm is in one`,
    'territory-outside': (p) =>
      `${p.province} ${p.province.includes(',') ? 'are' : 'is'} outside the call's area (${list(p.where)})`,
    'territory-not-stated-lombardy': (p) =>
      `no territorial limit stated: matches every Lombardy province, ${p.province} included`,
    'territory-not-stated': () => 'the data does not state the territory',
    'territory-words-inside': (p) => `limited to ${list(p.where)}, which includes ${p.province}`,
    'territory-words-outside': (p) => `limited to ${list(p.where)}; ${p.province} is not there`,
    'territory-words-municipalities': (p) =>
      `limited to ${list(p.names)} in ${p.province}; check that the firm is there`,

    'territory-some-provinces': (p) => `open to firms in ${list(p.provinces)} (of ${list(p.of)})`,
    'territory-area-words': (p) =>
      `only for firms in ${AREA_WORDS[p.label]}; the profile does not say whether the firm is in one`,

    'applicant-firm': () => 'firms apply directly',
    'applicant-partnership': (p) =>
      `firms apply only as part of a partnership or supply chain${p.note ? `: ${p.note}` : ''}`,
    'applicant-fund-manager': () =>
      'only fund managers apply; a firm cannot apply itself (it may receive investment from them)',
    'applicant-public-body': () => 'only public bodies apply; not open to firms',
    'applicant-other': (p) => `who applies is unusual${p.note ? `: ${p.note}` : ''}`,
    'applicant-not-stated': () => 'the data does not say who applies',
    'applicant-only': (p) =>
      `only ${list(p.who.map((w) => RESTRICTED_NAMES[w]))} apply; not an ordinary firm`,

    'status-open': (p) => `open, closes ${p.closesOn} (${days(p.daysLeft)} left)`,
    'status-opening-unknown': (p) =>
      `closes ${p.closesOn} (${days(p.daysLeft)} left); the opening date is not known`,
    'status-open-ended': (p) =>
      `open${p.opensOn ? ` since ${p.opensOn}` : ''} until funds run out (no closing date)`,
    'status-upcoming': (p) => `opens ${p.opensOn}`,
    'status-closed': (p) => `closed on ${p.closesOn}`,
    'status-unknown': () => 'dates not known',
    'status-seen': (p) =>
      p.status === 'closed'
        ? `closed: a source showed it closed on ${p.on}`
        : `${p.status === 'open' ? 'open' : 'opening soon'} by a source on ${p.on}, no dates known: check it is still ${p.status === 'open' ? 'open' : 'to open'}`,
    'status-withdrawn': (p) =>
      `withdrawn: no longer in its source's data since ${p.since} (\`fesr update\`)`,
    'status-deadline-in-words': (p) =>
      `open, closes ${p.closesOn} (${days(p.daysLeft)} left) by the words` +
      (p.fieldClosesOn ? `, not ${p.fieldClosesOn} as the closing-date field says` : ''),
    'status-closed-in-words': (p) => `closed on ${p.closesOn} by the words`,
    'status-windows-in-words': (p) =>
      `the words give window deadlines up to ${p.closesOn}, earlier than the closing-date field; check which window is open`,
    'status-halted': (p) =>
      (p.closed ? 'closed' : 'suspended') +
      (p.since ? ` since ${p.since}` : '') +
      (p.closed ? ', by the words' : '; check whether it has reopened'),

    'special-status-required': (p, t) =>
      `only for ${anyStatus(p.any)}; the profile does not say (${statusHints(p.any, t)})`,
    'special-status-met': (p) => `for ${STATUS_WORDS[p.status]}: the firm is one`,
    'special-status-not-met': (p) => `only for ${anyStatus(p.any)}: the firm is not one`,

    'condition-in-words': (p) => `only for ${CONDITION_WORDS[p.label]}; the profile does not say`,

    'firm-age-unknown': (p, t) => `${ageRule(p)}; founding date not given (${t.hints.founded()})`,
    'firm-age-met': (p) => `${ageRule(p)}; the firm is ${months(p.months)} old`,
    'firm-age-not-met': (p) => `${ageRule(p)}; the firm is ${months(p.months)} old`,

    'legal-form-unknown': (p, t) =>
      `only ${list(p.forms.map((f) => LEGAL_FORM_NAMES[f]))}; legal form not given (${t.hints.legalForm()})`,
    'legal-form-met': (p) =>
      `only ${list(p.forms.map((f) => LEGAL_FORM_NAMES[f]))}: the firm is one`,
    'legal-form-not-met': (p) =>
      `only ${list(p.forms.map((f) => LEGAL_FORM_NAMES[f]))}; the firm is a ${LEGAL_FORM_NAMES[p.form]}`,
  },
  hints: {
    size: () => 'use --size or --employees',
    ateco: () => 'use --ateco',
    province: () => 'use --province',
    founded: () => '--founded YYYY-MM',
    legalForm: () => '--legal-form',
    status: (s) => `--${s} or --no-${s}`,
  },
  quoted: (_source, field, quote) => `${QUOTED_FIELDS[field] ?? field}: «${quote}»`,
  legalFormName: (form) => LEGAL_FORM_NAMES[form],
  specialStatusName: (status) => STATUS_WORDS[status],
  ruleWords: {
    label: {
      territory: 'territory',
      sector: 'sector',
      deadline: 'deadline',
      'applicants-only': 'applicants',
      'special-status': 'only for',
      'firm-age': 'firm age',
      'legal-form': 'legal form',
      area: 'area',
      condition: 'condition',
      'size-words': 'sizes in the words',
    },
    closed: 'closed',
    suspended: 'suspended',
    since: (date) => `since ${date}`,
    toVerify: 'to verify',
    restricted: (who) => `only ${RESTRICTED_NAMES[who]}`,
    statuses: anyStatus,
    age: ageRule,
    area: (kind) => AREA_WORDS[kind],
    condition: (kind) => CONDITION_WORDS[kind],
    sizes,
  },
  rulesHeading: () => 'Rules read from the words (check them in the call):',

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
    (f.matching
      ? `${f.count} of ${f.matching} measures, cut by --limit · `
      : `${f.count} measure${f.count === 1 ? '' : 's'} · `) +
    (f.withBudget === 0
      ? 'allocation not known'
      : `allocation ${euro(f.totalBudget)}` +
        (f.withBudget < f.count ? ` (${f.withBudget} with a known budget)` : '')) +
    `\n${f.closingSoon} closing within 30 days` +
    (f.ineligible ? ` · and ${f.ineligible} not eligible, listed by --explain` : ''),
  hiddenUndated: (n) =>
    `${n} more with no dates (status unknown): --status all shows ${n === 1 ? 'it' : 'them'}`,
  noProfileHint: () =>
    'No company profile given: add --size, --ateco and --province,\n' +
    'or --profile NAME, or run fesr wizard',
  legend: () => '✓ eligible  ? to verify  ✗ not eligible',
  noResults: (explained) =>
    explained ? 'No measures match.' : 'No measures match. Try --explain to see why.',

  errors: {},
  fieldLabel: (field) => FIELD_LABELS[field],
  criterionName: (criterion) => criterion,
  eligibilityName: (eligibility) => eligibility,
  applicantName: (applicant) => applicant,
  interrupted: () => 'interrupted',
  internalError: (message) => `internal error: ${message}`,
  reportBug: (version) =>
    `run again with --debug for details, and please report it (fesr ${version})`,

  update: {
    notModified: (source, records) =>
      `${source}: not modified since the last update (304): ${calls(records)}, nothing imported`,
    imported: (source, r) =>
      `${source}: ${count(r.read)} read: ${count(r.inserted)} new, ${count(r.changed)} changed, ` +
      `${count(r.withdrawn)} withdrawn` +
      (r.returned ? `, ${count(r.returned)} back` : '') +
      `, ${count(r.unchanged)} unchanged` +
      (r.skipped ? `, ${count(r.skipped)} skipped` : '') +
      ` in ${r.seconds.toFixed(1)} s`,
    baseline: (source, records) =>
      `${source}: first snapshot, ${calls(records)} stored; from the next update on, fesr reports what changes`,
    partial: (source, p, read) =>
      p.kind === 'fewer-than-found'
        ? `${source}: the answer holds ${count(read)} of the ${count(p.found)} calls the source counts: calls missing from it are not marked withdrawn`
        : `${source}: some rows could not be read: calls missing from this snapshot are not marked withdrawn`,
    changeKind: (kind) =>
      ({ new: 'new', changed: 'changed', withdrawn: 'withdrawn', returned: 'back' })[kind],
    textChanged: (field) => `${field} changed`,
    moreChanges: (n) => `… and ${count(n)} more (fesr search --new, --changed, --status all)`,
    failed: (source, f) => `${source}: not updated: ${failureText(f)}`,
    keptData: (source) =>
      `${source}: nothing changed for this source; the data stored before stays in use`,
    offline: (asOf) =>
      `No network, or the sources are blocked: the bundled data and the data imported before stay in use` +
      (asOf ? ` (as of ${asOf}).` : '.') +
      ' Behind a company proxy, set HTTPS_PROXY (and NO_PROXY).',
    failedSummary: (failed, total) => [
      `${failed.length} of ${total} source${total === 1 ? '' : 's'} could not be updated (${failed.join(', ')})`,
      failed.length === total
        ? 'the database was not changed; run `fesr update` again later, or see README "fesr update"'
        : 'the other sources were updated; run `fesr update` again later, or see README "fesr update"',
    ],
    freshness: (n) =>
      n.kind === 'bundled-only'
        ? `Only the bundled dataset, as of ${n.asOf} (${days(n.days)} ago):\nrun \`fesr update\` for the current calls.`
        : `The newest data is as of ${n.asOf}, ${days(n.days)} ago:\nrun \`fesr update\` for the current calls.`,
    headingAsOf: () => 'data as of',
    dataLine: (sources) =>
      `Data: ${sources.map((s) => `${s.source} ${s.asOf} (${s.days === 0 ? 'today' : `${days(s.days)} ago`})`).join(', ')}`,
    baselineOnly: () =>
      'The last update was the first of its sources: a baseline, not news. --new and --changed list what the next updates bring.',
    nothingChanged: () =>
      'Nothing new or changed for this profile in the last update (other filters still apply).',
    noUpdateYet: () =>
      'No update recorded yet: run `fesr update` first; --new and --changed list what an update brought.',
    newsHeading: (profile, n) => `${profile}: ${count(n)} new or changed call${n === 1 ? '' : 's'}`,
  },

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
    nonFiniteRead: (file, count) =>
      `${file}: ${count} NaN or Infinity value${count === 1 ? '' : 's'} (not strict JSON) read as empty`,
    skippedRow: (where, field, reason) => `skipped ${where}: field "${field}" ${reason}`,
    rowIssues: {},
    recordNumber: (n) => ` record ${n}`,
    importedBefore: (files) =>
      `fesr: ${files.join(', ')} imported before the error below; that import stays`,
    rejectsWritten: (count, file) => `all ${count} problems are listed in ${file}`,
    rejectsNotWritten: (reason, saved) =>
      saved ? `warning: the import is saved, but ${reason}` : `warning: ${reason}`,
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
    keyName: (key) => key,
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
    municipalityFormerIn: (former, successor, province) =>
      `${former}, now ${successor}, is in the province of ${province}`,
    keywordsQuestion: () => 'Keywords to look for in the calls (optional, Enter for none)',
    aidQuestion: () => 'Aid form',
    aidAny: () => 'any aid form',
    aidTickHint: () => '(space: tick one or more, Enter: confirm; none = any form)',
    factsIntro: (calls) =>
      `${calls} call${calls === 1 ? ' depends' : 's depend'} on a few more facts about the company:`,
    foundedQuestion: () => 'Founding date, e.g. 2021 or 2021-03 (Enter to skip)',
    foundedInvalid: () =>
      'type the year, or the year and month: 2021 or 2021-03 (not in the future)',
    legalFormQuestion: (calls) =>
      `Legal form? ${calls} call${calls === 1 ? ' admits' : 's admit'} only some forms`,
    legalFormChoice: (form) => WIZARD_LEGAL_FORMS[form],
    factSkip: () => "skip (I don't know)",
    statusQuestion: (status, calls, only) =>
      `${WIZARD_STATUS_QUESTIONS[status]} ${calls} call${calls === 1 ? '' : 's'} ` +
      (only
        ? calls === 1
          ? 'requires it'
          : 'require it'
        : calls === 1
          ? 'asks about it'
          : 'ask about it'),
    dontKnow: () => "I don't know (skip)",
    resultsHeading: (asOf) => `Measures this company may apply to, as of ${asOf}:`,
    nextQuestion: () => 'What next?',
    openDetails: () => "open a measure's details and reasons",
    changeAnswers: () => 'change the answers',
    finish: () => 'done: save and export',
    pickMeasure: () => 'Which measure?',
    whyNone: (criterion, measures, judged) =>
      `The criterion that cut most: ${criterion}, failed by ${measures} of the ${judged} measure${judged === 1 ? '' : 's'} open or upcoming.`,
    whyNoneFiltered: (keywords, aid) =>
      `No open or upcoming measure ${
        keywords && aid
          ? 'has these keywords and aid forms'
          : keywords
            ? 'has these keywords'
            : aid
              ? 'offers these aid forms'
              : 'is in the store'
      }.`,
    changeProfile: () => 'change the profile (every answer kept)',
    measureTag: (id, opensOn, closesOn) => `[${id} · ${opensOn ?? '…'} – ${closesOn ?? '…'}]`,
    saveQuestion: () => 'Save this profile for later searches?',
    profileNameQuestion: () => 'Profile name (letters, digits, - and _)',
    profileNameInvalid: () => 'use letters, digits, - and _ only (at most 64)',
    replaceProfile: (name) => `A profile named "${name}" exists. Replace it?`,
    profileSaved: (name) => `Saved profile "${name}".`,
    exportQuestion: () => 'Export the results?',
    fileNameQuestion: () => 'File name',
    replaceFile: (path) => `${path} exists. Replace it?`,
    exported: (count, path) => `Wrote ${count} measure${count === 1 ? '' : 's'} to ${path}.`,
    exportExcel: () => 'yes, as an Excel workbook (.xlsx)',
    exportCsv: () => 'yes, as a CSV file (for a spreadsheet)',
    exportCalendar: () => 'yes, the deadlines as a calendar (.ics: Outlook, Google, Apple)',
    exportedCalendar: (events, undated, path) =>
      `Wrote ${events} deadline${events === 1 ? '' : 's'} to ${path}` +
      (undated
        ? ` (${undated} measure${undated === 1 ? '' : 's'} without a closing date left out).`
        : '.'),
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
        founded: 'founded',
        legalForm: 'legal form',
        statuses: 'statuses',
        text: 'keywords',
        aid: 'aid forms',
      })[key],
    staff: (employees, turnover) => `${employees} staff${turnover ? `, ${turnover}` : ''}`,
    none: () => 'No saved profiles yet. Create one with: fesr profile save NAME --province CR …',
    saved: (name, path) => `Saved profile "${name}" to ${path}.`,
    replaced: (name, path) => `Saved profile "${name}" to ${path}, replacing the one of that name.`,
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
    columnHint: (columns, fact) =>
      fillIn(
        columns,
        {
          size: 'a size or employees column',
          ateco: 'an ATECO column',
          province: 'a province or comune column',
          founded: 'a founding-date column (data costituzione)',
          legalForm: 'a legal-form column (forma giuridica)',
          status: 'a yes/no column for it (e.g. impresa femminile)',
        }[fact],
      ),
    sizeConflict: (size, derived, columns) =>
      `size "${size}" disagrees with the figures, which make a ${SIZE_NAMES[derived]} firm ` +
      `(correct ${quoted(columns, 'or')})`,
    figuresNeedEmployees: (columns) =>
      'turnover or balance sheet given without the headcount, which the EU SME definition ' +
      `tests first (${fillIn(columns, 'an employees column')})`,
    lineLabel: (line) => `line ${line}`,
    summaryHeading: (firms, skipped) =>
      `${plural(firms, 'firm', 'firms')} judged` +
      (skipped ? `, ${plural(skipped, 'row', 'rows')} skipped` : ''),
    headingProfile: () => 'Prov · size',
    headingReachable: () => 'Max aid',
    summaryLegend: () =>
      "✓ eligible · ? to verify · max aid: the sum of the calls' maximum aid (an upper bound)",
    withoutMatchesHeading: (firms) => `Without a match (${firms})`,
    skippedHeading: (rows) => `Rows not read (${rows})`,
    firmCounts: (calls, eligible, toVerify) =>
      `${plural(calls, 'call', 'calls')}: ${eligible} eligible, ${toVerify} to verify`,
    headingCall: () => 'Call',
    totals: (x) =>
      `Total: ${plural(x.firms, 'firm', 'firms')} judged (${x.withoutMatches} without a match)` +
      `, ${plural(x.skipped, 'row', 'rows')} skipped; ${plural(x.matches, 'match', 'matches')}: ` +
      `${x.eligible} eligible, ${x.toVerify} to verify`,
    noMatch: (judged, cuts) =>
      judged === 0
        ? 'no call of the statuses asked for is in the store'
        : `none of ${plural(judged, 'call', 'calls')} passes` +
          (cuts.length
            ? `; ruled out by ${cuts.map((c) => `${c.name} (${c.calls})`).join(', ')}`
            : ''),
    municipalityContradicts: (municipality, itsProvince, given, used) =>
      `comune ${municipality} is in ${itsProvince}, but the province column says ${given}; ` +
      `${used} is used`,
    firmNotFound: (name, file, near) => [
      `no firm named "${name}" in ${file}`,
      near.length ? `did you mean ${quoted(near, 'or')}?` : 'check the name column of the file',
    ],
    firmAmbiguous: (name, matches) => [
      `"${name}" names ${matches.length} firms: ${quoted(matches, 'and')}`,
      'give more of the name',
    ],
  },

  workbook: {
    column: (key) =>
      ({
        firm: 'Firm',
        line: 'Line',
        province: 'Province',
        size: 'Size',
        ateco: 'ATECO',
        eligible: 'Eligible',
        toVerify: 'To verify',
        reachableEur: 'Max aid, sum (EUR)',
        nearestDeadline: 'Nearest deadline',
        nearestCall: 'Closing call',
        note: 'Note',
        title: 'Call',
        id: 'Id',
        status: 'Status',
        opensOn: 'Opens',
        closesOn: 'Closes',
        daysLeft: 'Days left',
        maxAidEur: 'Max aid (EUR)',
        budgetEur: 'Budget (EUR)',
        aidForms: 'Aid forms',
        eligibility: 'Eligibility',
        criteriaToVerify: 'To check',
        programme: 'Programme',
        source: 'Source',
        reasons: 'Reasons',
      })[key],
    resultsSheet: () => 'Results',
    summarySheet: () => 'Summary',
    detailSheet: () => 'Detail',
    totalRow: () => 'Total',
  },
  input: {
    regionProvinces: (region, siglas) =>
      `${region} read as its ${siglas.length} provinces: ${siglas.join(', ')}`,
    municipalityProvince: (municipality, province, sigla) =>
      `${municipality} is in the province of ${province} (${sigla})`,
    municipalityFormer: (former, successor, kind, date, province, sigla) => {
      const on = date ? ` on ${date}` : '';
      const what =
        kind === 'ridenominazione'
          ? `${former} was renamed ${successor}${on}`
          : kind === 'cambio provincia'
            ? `${former} moved to another province${on} (now ${successor})`
            : kind === 'incorporazione'
              ? `${former} was incorporated into ${successor}${on}`
              : `${former} merged into ${successor}${on}`;
      return `${what}; province ${province} (${sigla})`;
    },
    provinceDissolved: (province, sigla, year, successors) =>
      `the province of ${province} (${sigla}) was dissolved in ${year}; its municipalities are now ` +
      `in ${successors.join(', ')}: give the new province for a precise match`,
    atecoReadAs2025: (code, title2025, title2007) =>
      `${code} read as ATECO 2025${title2025 ? ` (${title2025})` : ''}; write 2007:${code} for the 2007 meaning${title2007 ? ` (${title2007})` : ''}`,
    atecoDecimalComma: (typed, code, separate) =>
      `ATECO "${typed}" read as ${code} (a decimal comma)` +
      (separate ? `; for separate codes write ${separate}` : ''),
  },

  calendar: {
    name: () => 'fesr: call deadlines',
    verdict: (eligibility) =>
      ({
        eligible: 'Eligible: every criterion passes.',
        unverified: 'To verify: no criterion fails, but the data does not settle some.',
        ineligible: 'Not eligible.',
      })[eligibility],
    reasonsHeading: (eligibility) =>
      eligibility === 'ineligible' ? 'Why not:' : 'To check before applying:',
    deadline: (day, time) => `Deadline: ${day}${time ? ` at ${time} (Italian time)` : ''}`,
    link: () => 'Call page',
    details: (command) => `All the details: ${command}`,
    reminder: (title) => `Closes in 7 days: ${title}`,
    undatedLeftOut: (count) =>
      `${count} result${count === 1 ? ' has' : 's have'} no closing date: left out of the calendar`,
  },
  rebuild: {
    movedAside: (path, aside) =>
      `Moved ${path} aside to ${aside} (delete it once you no longer need it).`,
    noStore: (path) => `No database at ${path}.`,
    created: (path, measures) =>
      `Created a new store at ${path} from the bundled data (${measures} measures).`,
    toRestore: () => 'The old store held more data; to bring it back run:',
    logUnreadable: () =>
      "The old store's import log cannot be read: import again the files you had imported, and run `fesr update`.",
  },
};
