// Random measures, profiles and requests for the criteria-index tests: small pools of values
// that meet often (shared titles and codes across sources, so call groups form; both ATECO
// versions; municipalities; rules of every kind), so that every facet's edge is hit.
import fc from 'fast-check';
import { emptyMeasure } from '../../src/core/measure.js';
import {
  APPLICANTS,
  SIZES,
  STATUSES,
  type AtecoActivity,
  type CompanyProfile,
  type ExtractedRule,
  type Measure,
  type Provenance,
  type Status,
} from '../../src/core/types.js';

const from: Provenance = { source: 'text', field: 'Descrizione', quote: 'parole' };
const DAYS = ['2024-01-10', '2024-06-30', '2024-07-01', '2024-07-02', '2025-01-01', '2025-06-28'];
const day = fc.constantFrom(...DAYS);
const maybeDay = fc.option(day, { nil: null });
const CODES = [
  'C',
  'J',
  'K',
  '20',
  '20.42',
  '20.42.00',
  '62',
  '62.01',
  '10.71',
  '01.13.11',
  '25.62.00',
  '46',
  '47.26',
];
const code = fc.constantFrom(...CODES);
const TERRITORY = [
  'IT',
  'region:03',
  'region:12',
  'region:20',
  'province:CR',
  'province:MI',
  'province:RM',
  'province:SU',
  'municipality:019036',
  'municipality:015146',
  'municipality:111001',
  'municipality:092009',
];
const territoryToken = fc.constantFrom(...TERRITORY);
const sizes = fc.subarray([...SIZES]);

const rule: fc.Arbitrary<ExtractedRule> = fc.oneof(
  fc.record({
    kind: fc.constant('territory' as const),
    tokens: fc.array(territoryToken, { maxLength: 3 }),
    sure: fc.boolean(),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('sector' as const),
    codes: fc.array(code, { minLength: 1, maxLength: 2 }),
    labels: fc.constant<string[]>(['x']),
    sure: fc.boolean(),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('deadline' as const),
    closesOn: day,
    sure: fc.boolean(),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('halt' as const),
    closed: fc.boolean(),
    since: fc.option(fc.constantFrom(...DAYS, 'soon'), { nil: null }),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('applicants-only' as const),
    who: fc.subarray(
      ['non-profit', 'public-body', 'citizen', 'research', 'financial', 'new-firm'] as const,
      { minLength: 1 },
    ),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('special-status' as const),
    any: fc.subarray(['innovative-startup', 'women-led', 'non-profit', 'confiscated'] as const, {
      minLength: 1,
    }),
    sure: fc.boolean(),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('firm-age' as const),
    maxMonths: fc.option(fc.constantFrom(12, 60), { nil: null }),
    minMonths: fc.option(fc.constantFrom(24), { nil: null }),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('legal-form' as const),
    forms: fc.subarray(['srl', 'spa', 'cooperative'] as const, { minLength: 1 }),
    sure: fc.boolean(),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('area' as const),
    label: fc.constant('inner-areas' as const),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('condition' as const),
    label: fc.constant('grouping' as const),
    from: fc.constant(from),
  }),
  fc.record({
    kind: fc.constant('size-words' as const),
    sizes: sizes,
    sure: fc.boolean(),
    from: fc.constant(from),
  }),
);

const TITLES = [
  'Bando Innovazione Digitale',
  'Innovazione digitale imprese',
  'Credito Adesso',
  'Credito Adesso bis',
  'Nuova Impresa',
  'Voucher export Lombardia',
];

/** A measure of one of a few sources, sharing titles, URLs and call codes with others. */
export const measureArb: fc.Arbitrary<Measure> = fc
  .record({
    n: fc.nat(),
    source: fc.constantFrom('bundled', 'incentivi', 'lombardia'),
    title: fc.constantFrom(...TITLES),
    opensAt: maybeDay,
    closesAt: fc.option(
      fc.oneof(
        day,
        day.map((d) => `${d}T12:00`),
      ),
      { nil: null },
    ),
    sizes,
    maxEmployees: fc.option(fc.constantFrom(250, 3000), { nil: null }),
    atecoIncluded: fc.oneof(
      fc.constant<string[]>([]),
      fc.constant<string[]>(['*']),
      fc.array(code, { minLength: 1, maxLength: 3 }),
    ),
    atecoExcluded: fc.array(
      fc.oneof(
        code,
        code.map((c) => `!${c}`),
      ),
      { maxLength: 2 },
    ),
    atecoVersion: fc.constantFrom('2007' as const, '2025' as const),
    territory: fc.array(territoryToken, { maxLength: 3 }),
    applicants: fc.subarray([...APPLICANTS]),
    url: fc.option(
      fc.constantFrom(
        'https://www.example.it/bando-a',
        'http://example.it/bando-a/',
        'https://example.it/x-RLA12024000111',
      ),
      { nil: null },
    ),
    callCode: fc.option(fc.constantFrom('RLA12024000111', 'RLB12024000222'), { nil: null }),
    statusSeen: fc.option(fc.constantFrom('open 2024-06-30', 'closed 2024-07-01'), { nil: null }),
    aidForms: fc.subarray(['grant', 'loan', 'guarantee'] as const),
    rules: fc.array(rule, { maxLength: 4 }),
    sectorNote: fc.option(fc.constant('nota'), { nil: null }),
  })
  .map(({ n, source, title, ...rest }) => ({
    ...emptyMeasure(`${source}-${n}`, source, title),
    ...rest,
    sizes: [...rest.sizes],
    applicants: [...rest.applicants],
    aidForms: [...rest.aidForms],
  }));

const activityArb: fc.Arbitrary<AtecoActivity> = fc.record({
  code: code,
  version: fc.constantFrom('2007' as const, '2025' as const),
  as2007: fc.array(code, { maxLength: 2 }),
  as2025: fc.array(code, { maxLength: 2 }),
});

export const profileArb: fc.Arbitrary<CompanyProfile> = fc.record({
  size: fc.option(fc.constantFrom(...SIZES), { nil: null }),
  sizeBasis: fc.constant(null),
  employees: fc.option(fc.constantFrom(5, 2000, 4000), { nil: null }),
  turnoverEur: fc.constant(null),
  balanceSheetEur: fc.constant(null),
  ateco: fc.array(activityArb, { maxLength: 2 }),
  province: fc.option(fc.constantFrom('CR', 'MI', 'RM', 'SU', 'CR,MI', 'RM,CR', 'XX', 'CA'), {
    nil: null,
  }),
  founded: fc.option(fc.constantFrom('2024', '2015-03'), { nil: null }),
  legalForm: fc.option(fc.constantFrom('srl' as const, 'cooperative' as const), { nil: null }),
  statuses: fc.record(
    { 'non-profit': fc.boolean(), 'women-led': fc.boolean() },
    { requiredKeys: [] },
  ),
});

export const statusesArb: fc.Arbitrary<Status[]> = fc.subarray([...STATUSES], { minLength: 1 });
export const asOfArb = day;
export const withdrawnArb = fc.option(day, { nil: null });
