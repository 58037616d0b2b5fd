// The fesr CSV format (data/FORMAT.md): the bundled dataset, `fesr search --format csv`, re-import.
import { formatStatusSeen, parseStatusSeen } from '../core/status-seen.js';
import { parseAtecoCode } from '../core/ateco.js';
import {
  AID_FORMS,
  APPLICANTS,
  PROCEDURES,
  SIZES,
  type AtecoVersion,
  type Measure,
} from '../core/types.js';
import { FieldReader } from './fields.js';
import { isFormulaLike } from '../output/csv.js';
import type { RawRecord, RecordMapper, RowOutcome } from './types.js';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const TERRITORY = /^(IT|region:\d{2}|province:[A-Z]{2}|municipality:\d{6})$/;
const ATECO_RULE = /^(\*|!?[A-V]|!?\d{2}(\.\d{1,2}){0,2})$/;

/**
 * Undoes the formula neutralisation the CSV writer applies: one `'` off a cell whose text after its
 * leading apostrophes is formula-like (`'=x` is `=x`, `''=x` is `'=x`); `'-5` and `'abc` stay.
 */
export function unneutralise(value: unknown): unknown {
  return typeof value === 'string' &&
    value.startsWith("'") &&
    isFormulaLike(value.replace(/^'+/, ''))
    ? value.slice(1)
    : value;
}

function atecoRules(r: FieldReader, field: string, value: unknown): string[] {
  return r
    .patternList(
      field,
      value,
      ATECO_RULE,
      'an ATECO code (C, 62, 62.0, 62.01, 62.01.0, 62.01.00) or *',
    )
    .map((code) => {
      const negated = code.startsWith('!');
      const canonical =
        code === '*' ? '*' : (parseAtecoCode(negated ? code.slice(1) : code) ?? code);
      return negated ? `!${canonical}` : canonical;
    });
}

export function mapFesrCsvRecord(raw: RawRecord, line: number, source: string): RowOutcome {
  const get = (key: string) => unneutralise(raw[key]);
  // The dates may come as opensOn/closesOn (the day columns `fesr search --format csv` writes
  // besides opensAt/closesAt): the column read is the first that holds a value, and a problem
  // names it as the file spells it.
  const pick = (field: string, alias: string) => {
    const value = get(field);
    return (value === undefined || value === '') && raw[alias] !== undefined
      ? { column: alias, value: get(alias) }
      : { column: field, value };
  };
  const opens = pick('opensAt', 'opensOn');
  const closes = pick('closesAt', 'closesOn');
  const r = new FieldReader(line);
  const id = r.required('id', get('id'));
  if (id && !ID_PATTERN.test(id)) r.fail('id', `"${id}" may hold only letters, digits and . _ : -`);
  const version = r.text('atecoVersion', get('atecoVersion')) ?? '2007';
  if (version !== '2007' && version !== '2025')
    r.fail('atecoVersion', `"${version}" is not 2007 or 2025`);
  const measure: Measure = {
    id,
    source: r.text('source', get('source')) ?? source,
    title: r.required('title', get('title')),
    description: r.text('description', get('description')),
    programme: r.text('programme', get('programme')),
    actionCode: r.text('actionCode', get('actionCode')),
    managingBody: r.text('managingBody', get('managingBody')),
    procedure: r.enumValue('procedure', get('procedure'), PROCEDURES),
    opensAt: r.localDateTime(opens.column, opens.value),
    closesAt: r.localDateTime(closes.column, closes.value),
    budgetEur: r.amount('budgetEur', get('budgetEur')),
    minAidEur: r.amount('minAidEur', get('minAidEur')),
    maxAidEur: r.amount('maxAidEur', get('maxAidEur')),
    minSpendEur: r.amount('minSpendEur', get('minSpendEur')),
    aidForms: r.enumList('aidForms', get('aidForms'), AID_FORMS),
    aidDetail: r.text('aidDetail', get('aidDetail')),
    sizes: r.enumList('sizes', get('sizes'), SIZES),
    maxEmployees: r.integer('maxEmployees', get('maxEmployees')),
    sizeNote: r.text('sizeNote', get('sizeNote')),
    atecoIncluded: atecoRules(r, 'atecoIncluded', get('atecoIncluded')),
    atecoExcluded: atecoRules(r, 'atecoExcluded', get('atecoExcluded')),
    atecoVersion: version as AtecoVersion,
    sectorNote: r.text('sectorNote', get('sectorNote')),
    territory: r.patternList(
      'territory',
      get('territory'),
      TERRITORY,
      'a territory (IT, region:03, province:CR, municipality:019036)',
    ),
    applicants: r.enumList('applicants', get('applicants'), APPLICANTS),
    applicantNote: r.text('applicantNote', get('applicantNote')),
    url: r.text('url', get('url')),
    sourceUrls: r.list(get('sourceUrls')),
    evidence: r.text('evidence', get('evidence')),
    callCode: r.text('callCode', get('callCode')),
    notes: r.text('notes', get('notes')),
    datesNote: r.text('datesNote', get('datesNote')),
    statusSeen: statusSeenCell(r, get('statusSeen')),
    areaScope: r.text('areaScope', get('areaScope')),
    sectorsListed: r.list(get('sectorsListed')),
    // Read from the words when the record is stored.
    rules: [],
  };
  if (measure.opensAt && measure.closesAt && measure.closesAt < measure.opensAt) {
    r.fail(closes.column, `closes (${measure.closesAt}) before it opens (${measure.opensAt})`);
  }
  return r.issues.length ? { ok: false, issues: r.issues } : { ok: true, measure };
}

/** `open 2025-12-11`: a status word and the day a source showed it. */
function statusSeenCell(r: FieldReader, value: unknown): string | null {
  const text = r.text('statusSeen', value);
  if (text === null) return null;
  const seen = parseStatusSeen(text);
  if (!seen)
    return r.fail(
      'statusSeen',
      `"${text}" is not a status and a day (e.g. "open 2025-12-11", "closed 2025-03-28")`,
      'unknown-value',
      { value: text },
    );
  return formatStatusSeen(seen);
}

export const fesrCsv: RecordMapper = {
  format: 'fesr-csv',
  source: 'custom',
  detect: (fields) =>
    fields.includes('id') &&
    fields.includes('title') &&
    ['programme', 'closesOn', 'closesAt', 'aidForms'].some((f) => fields.includes(f)),
  mapRecord: mapFesrCsvRecord,
};
