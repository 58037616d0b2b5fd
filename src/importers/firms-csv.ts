// A consultant's CSV of firms to profile inputs: header names in Italian or English, one firm per
// row. Mapping is pure; a row that cannot be a firm comes back as a reason, never as an exception.
import type { IssueCode } from '../errors.js';
import { parseAmount } from '../core/numbers.js';
import type { ProfileInput } from '../core/profile.js';
import type { SpecialStatus } from '../core/types.js';
import { foldText } from '../core/text.js';

/**
 * The header names `fesr match` reads, for each firm field, folded as `foldFirmHeader` folds a
 * header: lower case, no accents, punctuation as spaces, and no trailing year or currency mark,
 * so `Cod. ATECO`, `ATECO 2007`, `Fatturato 2024 (€)` and `N. dipendenti` are `cod ateco`,
 * `ateco`, `fatturato` and `n dipendenti`. The first column of a field is read; a later one for
 * the same field, and a column that is no field's, are reported on stderr and not read.
 *
 * To read a new company fact: add its field here with its names (Italian and English), read it
 * in `mapFirmRow`, and list it in README.md's table (a test checks that every name is there).
 */
export const FIRM_HEADER_ALIASES = {
  name: [
    'name',
    'nome',
    'ragione sociale',
    'denominazione',
    'denominazione sociale',
    'impresa',
    'azienda',
    'nome impresa',
    'nome azienda',
    'firm',
    'company',
    'company name',
  ],
  size: ['size', 'dimensione', 'dimensione impresa', 'classe dimensionale', 'size class'],
  employees: [
    'employees',
    'dipendenti',
    'n dipendenti',
    'nr dipendenti',
    'numero dipendenti',
    'addetti',
    'n addetti',
    'numero addetti',
    'ula',
    'unita lavorative annue',
    'headcount',
    'staff',
    'number of employees',
  ],
  turnover: [
    'turnover',
    'fatturato',
    'fatturato annuo',
    'ricavi',
    'ricavi delle vendite',
    'ricavi delle vendite e delle prestazioni',
    'ricavi vendite',
    'volume d affari',
    'revenue',
    'revenues',
  ],
  balanceSheet: [
    'balance sheet',
    'balancesheet',
    'balance sheet total',
    'total assets',
    'attivo',
    'totale attivo',
    'totale dell attivo',
    'totale di bilancio',
    'totale bilancio',
    'bilancio',
  ],
  ateco: [
    'ateco',
    'codice ateco',
    'cod ateco',
    'codici ateco',
    'ateco code',
    'settore ateco',
    'attivita ateco',
    'codice attivita',
    'ateco primario',
    'codice ateco primario',
  ],
  province: [
    'province',
    'provincia',
    'prov',
    'sigla',
    'sigla provincia',
    'sigla prov',
    'provincia sede',
    'provincia sede legale',
  ],
  municipality: [
    'municipality',
    'comune',
    'comune sede',
    'comune sede legale',
    'sede',
    'sede legale',
    'city',
    'citta',
  ],
  founded: [
    'founded',
    'founding date',
    'year founded',
    'data costituzione',
    'data di costituzione',
    'costituzione',
    'anno costituzione',
    'anno di costituzione',
    'data inizio attivita',
    'inizio attivita',
    'data iscrizione',
    'data iscrizione registro imprese',
  ],
  legalForm: ['legal form', 'forma giuridica', 'natura giuridica', 'forma societaria'],
  innovativeStartup: [
    'innovative startup',
    'innovative start up',
    'startup innovativa',
    'start up innovativa',
  ],
  innovativeSme: ['innovative sme', 'pmi innovativa'],
  womenLed: ['women led', 'impresa femminile', 'femminile', 'prevalenza femminile'],
  youthLed: ['youth led', 'impresa giovanile', 'giovanile', 'prevalenza giovanile'],
  nonProfit: ['non profit', 'no profit', 'ente non profit', 'terzo settore'],
} satisfies Record<string, readonly string[]>;

/** Yes/no cells, folded. */
const YES = new Set(['si', 'yes', 'y', 's', 'x', '1', 'true', 'vero']);
const NO = new Set(['no', 'n', '0', 'false', 'falso']);
/**
 * Cells that say "not given", folded (punctuation is a space, so `-`, `/`, `—`, `?` and `.` fold to
 * nothing and `n.d.`, `n/d`, `N/A` to `n d`, `n a`): what spreadsheets hold where a fact is not known.
 * Such a cell is an empty one, in every column: never a value to read, never a reason to skip.
 */
const NOT_GIVEN = new Set(['', 'n d', 'nd', 'na', 'n a', 'non disponibile', 'not available']);

/** A cell as written, or null when it gives nothing (see NOT_GIVEN). */
export function givenCell(cell: string | undefined): string | null {
  const value = (cell ?? '').trim();
  return NOT_GIVEN.has(foldText(value)) ? null : value;
}

/** The special statuses and the columns that hold them. */
const STATUS_FIELDS = {
  'innovative-startup': 'innovativeStartup',
  'innovative-sme': 'innovativeSme',
  'women-led': 'womenLed',
  'youth-led': 'youthLed',
  'non-profit': 'nonProfit',
} as const satisfies Record<SpecialStatus, FirmField>;

export type FirmField = keyof typeof FIRM_HEADER_ALIASES;

/** Trailing marks that do not change what a column holds: a year, EUR (€ is folded to it). */
const TRAILING_MARKS = /(?:\s+(?:(?:19|20)\d{2}|(?:in\s+)?(?:eur|euro)))+$/;

/** A header name as the alias table spells it: `Fatturato 2024 (€)` -> `fatturato`. */
export function foldFirmHeader(name: string): string {
  return foldText(name.replace(/€/g, ' eur ')).replace(TRAILING_MARKS, '');
}

const FIELD_OF = new Map<string, FirmField>(
  (Object.entries(FIRM_HEADER_ALIASES) as [FirmField, readonly string[]][]).flatMap(
    ([field, aliases]) => aliases.map((alias) => [alias, field] as const),
  ),
);

export type FirmColumns = Partial<Record<FirmField, number>>;

export interface FirmHeader {
  columns: FirmColumns;
  /** Header names that are no field's, as written in the file. */
  unknown: string[];
  /** Columns for a field already read from an earlier column. */
  duplicates: { column: string; used: string }[];
  /**
   * The ATECO version the ateco column's header names (`Codice ATECO 2007`), which its codes
   * without a `2007:`/`2025:` prefix are read in; null when the header names none.
   */
  atecoVersion: '2007' | '2025' | null;
}

/** Which column holds which field, and which columns are not read. */
export function readFirmHeader(header: readonly string[]): FirmHeader {
  const result: FirmHeader = { columns: {}, unknown: [], duplicates: [], atecoVersion: null };
  header.forEach((name, index) => {
    if (!name.trim()) return; // a trailing delimiter, not a column
    const field = FIELD_OF.get(foldFirmHeader(name));
    const used = field === undefined ? undefined : result.columns[field];
    if (field === undefined) result.unknown.push(name.trim());
    else if (used !== undefined)
      result.duplicates.push({ column: name.trim(), used: header[used]?.trim() ?? '' });
    else {
      result.columns[field] = index;
      if (field === 'ateco') result.atecoVersion = headerAtecoVersion(name);
    }
  });
  return result;
}

/** `ATECO 2007`, `Cod. ATECO (2025)`: the version a header names, or null. */
function headerAtecoVersion(name: string): '2007' | '2025' | null {
  const match = /\b(2007|2025)\b/.exec(name);
  return match ? (match[1] as '2007' | '2025') : null;
}

/**
 * The codes of a cell written in the header's version, each given its prefix unless it has one:
 * a code starts the cell or follows `;`, `|` or a space, or a comma when it has a dot (a comma
 * before bare digits may be the decimal comma of `20,42`, which stays with its code).
 */
export function prefixAtecoCell(cell: string, version: '2007' | '2025'): string {
  return cell.replace(
    /(^|[;|\s]+|,(?=\s*\d{2}\.))(\s*)(?!\d{4}:)(?=[A-Za-z]?\d|[A-Z]\b)/g,
    (_all, separator: string, space: string) => `${separator}${space}${version}:`,
  );
}

/** Which column holds which field; a header that names no firm field is ignored. */
export function mapFirmHeader(header: readonly string[]): FirmColumns {
  return readFirmHeader(header).columns;
}

/** What a header lacks to describe firms, or null when it is usable. */
export function missingFirmColumns(columns: FirmColumns): string | null {
  if (columns.name === undefined)
    return 'no column for the firm name (name, nome, ragione sociale)';
  const hasProfile = ['size', 'employees', 'ateco', 'province', 'municipality'].some(
    (f) => columns[f as FirmField] !== undefined,
  );
  return hasProfile ? null : 'no profile column (size or employees, ateco, province or comune)';
}

export interface FirmRow {
  line: number;
  name: string;
  input: ProfileInput;
  /**
   * The municipality as written: it gives the province when the row has none, and is checked
   * against the province when the row has both.
   */
  municipality: string | null;
}

export type FirmOutcome =
  | { ok: true; firm: FirmRow }
  | {
      ok: false;
      line: number;
      /** The firm's name, when the row gives one (to list the row under it). */
      name: string | null;
      reason: string;
      code?: IssueCode;
      params?: Record<string, string>;
    };

export function mapFirmRow(
  columns: FirmColumns,
  fields: readonly string[],
  line: number,
  atecoVersion: '2007' | '2025' | null = null,
  /** The header row: a reason names the file's column (`Fatturato 2024 (€)`), not the field. */
  header: readonly string[] = [],
): FirmOutcome {
  const label = (field: FirmField) => {
    const index = columns[field];
    return (index === undefined ? '' : header[index]?.trim()) || field;
  };
  const get = (field: FirmField) => {
    const index = columns[field];
    return index === undefined ? null : givenCell(fields[index]);
  };
  const fail = (
    reason: string,
    code?: IssueCode,
    params?: Record<string, string>,
  ): FirmOutcome => ({
    ok: false,
    line,
    name: get('name'),
    reason,
    ...(code ? { code, params } : {}),
  });
  const name = get('name');
  if (!name) return fail('the firm name is empty', 'empty', { field: label('name') });
  const numbers: Partial<Record<'employees' | 'turnover' | 'balanceSheet', number>> = {};
  for (const field of ['employees', 'turnover', 'balanceSheet'] as const) {
    const text = get(field);
    if (text === null) continue;
    const value = parseAmount(text);
    // Headcount is in annual work units (ULA), which are fractional.
    if (value === null || value < 0) {
      return fail(`${label(field)} "${text}" is not a number`, 'not-number', {
        value: text,
        field: label(field),
      });
    }
    numbers[field] = value;
  }
  // The cell as written: the list is split when the codes are read, with the ATECO table at
  // hand (`splitAtecoList`), so that `20,42` can be the decimal comma's 20.42.
  const written = get('ateco');
  const atecoCell = written && atecoVersion ? prefixAtecoCell(written, atecoVersion) : written;
  const statuses: Partial<Record<SpecialStatus, boolean>> = {};
  for (const [status, field] of Object.entries(STATUS_FIELDS) as [SpecialStatus, FirmField][]) {
    const text = get(field);
    if (text === null) continue;
    const folded = foldText(text);
    if (YES.has(folded)) statuses[status] = true;
    else if (NO.has(folded)) statuses[status] = false;
    else
      return fail(`${label(field)} "${text}" is not yes or no (sì/no)`, 'unknown-value', {
        value: text,
        allowed: 'sì, no',
      });
  }
  return {
    ok: true,
    firm: {
      line,
      name,
      municipality: get('municipality'),
      input: {
        size: get('size'),
        employees: numbers.employees ?? null,
        turnover: numbers.turnover ?? null,
        balanceSheet: numbers.balanceSheet ?? null,
        ateco: atecoCell ? [atecoCell] : [],
        province: get('province'),
        founded: get('founded'),
        legalForm: get('legalForm'),
        statuses,
      },
    },
  };
}
