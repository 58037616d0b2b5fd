// A consultant's CSV of firms to profile inputs: header names in Italian or English, one firm per
// row. Mapping is pure; a row that cannot be a firm comes back as a reason, never as an exception.
import type { IssueCode } from '../errors.js';
import { parseAmount } from '../core/numbers.js';
import type { ProfileInput } from '../core/profile.js';
import { foldText } from '../core/text.js';

export type FirmField =
  | 'name'
  | 'size'
  | 'employees'
  | 'turnover'
  | 'balanceSheet'
  | 'ateco'
  | 'province'
  | 'municipality';

/** Header names, folded (lower case, no accents or punctuation), for each field. */
export const FIRM_HEADER_ALIASES: Record<FirmField, readonly string[]> = {
  name: [
    'name',
    'nome',
    'ragione sociale',
    'denominazione',
    'impresa',
    'azienda',
    'firm',
    'company',
  ],
  size: ['size', 'dimensione', 'classe dimensionale', 'size class'],
  employees: [
    'employees',
    'dipendenti',
    'addetti',
    'n dipendenti',
    'numero dipendenti',
    'ula',
    'headcount',
    'staff',
  ],
  turnover: ['turnover', 'fatturato', 'ricavi', 'revenue', 'fatturato eur', 'turnover eur'],
  balanceSheet: [
    'balance sheet',
    'balancesheet',
    'balance sheet total',
    'attivo',
    'totale attivo',
    'totale di bilancio',
    'totale bilancio',
    'bilancio',
  ],
  ateco: ['ateco', 'codice ateco', 'ateco code', 'codici ateco', 'settore ateco'],
  province: ['province', 'provincia', 'sigla', 'prov', 'sigla provincia'],
  municipality: ['municipality', 'comune', 'city', 'citta', 'sede'],
};

export type FirmColumns = Partial<Record<FirmField, number>>;

/** Which column holds which field; a header that names no firm field is ignored. */
export function mapFirmHeader(header: readonly string[]): FirmColumns {
  const columns: FirmColumns = {};
  header.forEach((name, index) => {
    const folded = foldText(name);
    for (const [field, aliases] of Object.entries(FIRM_HEADER_ALIASES) as [
      FirmField,
      readonly string[],
    ][])
      if (aliases.includes(folded) && columns[field] === undefined) columns[field] = index;
  });
  return columns;
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
  /** The municipality, when the row gives one but no province. */
  municipality: string | null;
}

export type FirmOutcome =
  | { ok: true; firm: FirmRow }
  | { ok: false; line: number; reason: string; code?: IssueCode; params?: Record<string, string> };

export function mapFirmRow(
  columns: FirmColumns,
  fields: readonly string[],
  line: number,
): FirmOutcome {
  const get = (field: FirmField) => {
    const index = columns[field];
    const value = index === undefined ? '' : (fields[index] ?? '').trim();
    return value === '' ? null : value;
  };
  const fail = (
    reason: string,
    code?: IssueCode,
    params?: Record<string, string>,
  ): FirmOutcome => ({
    ok: false,
    line,
    reason,
    ...(code ? { code, params } : {}),
  });
  const name = get('name');
  if (!name) return fail('the firm name is empty', 'empty', { field: 'name' });
  const numbers: Partial<Record<'employees' | 'turnover' | 'balanceSheet', number>> = {};
  for (const field of ['employees', 'turnover', 'balanceSheet'] as const) {
    const text = get(field);
    if (text === null) continue;
    const value = parseAmount(text);
    // Headcount is in annual work units (ULA), which are fractional.
    if (value === null || value < 0) {
      return fail(`${field} "${text}" is not a number`, 'not-number', { value: text, field });
    }
    numbers[field] = value;
  }
  const ateco = (get('ateco') ?? '')
    .split(/[;|,\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  return {
    ok: true,
    firm: {
      line,
      name,
      municipality: get('province') ? null : get('municipality'),
      input: {
        size: get('size'),
        employees: numbers.employees ?? null,
        turnover: numbers.turnover ?? null,
        balanceSheet: numbers.balanceSheet ?? null,
        ateco,
        province: get('province'),
      },
    },
  };
}
