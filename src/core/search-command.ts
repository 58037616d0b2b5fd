// The `fesr search` command line equivalent to a profile, so wizard users learn the flags.
import type { ProfileInput } from './profile.js';
import { SPECIAL_STATUSES, type AidForm } from './types.js';

export interface SearchFilters {
  text?: string | null;
  aid?: readonly AidForm[] | null;
  asOf?: string | null;
}

/** POSIX shell quoting: plain words stay bare, anything else goes in single quotes. */
export function shellQuote(word: string): string {
  if (/^[\w.,:/=@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function toSearchCommand(input: ProfileInput, filters: SearchFilters = {}): string {
  const args: string[] = ['fesr', 'search'];
  const add = (flag: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '')
      args.push(flag, shellQuote(String(value)));
  };
  // Figures say more than a class (the reason text names them), so they win when both exist.
  if (input.employees === null || input.employees === undefined) add('--size', input.size);
  add('--employees', input.employees);
  add('--turnover', input.turnover);
  add('--balance-sheet', input.balanceSheet);
  for (const code of input.ateco ?? []) add('--ateco', code);
  add('--province', input.province);
  add('--founded', input.founded);
  add('--legal-form', input.legalForm);
  // A status said yes is its flag, one said no the --no- flag; one not said, nothing.
  for (const status of SPECIAL_STATUSES) {
    const value = input.statuses?.[status];
    if (value !== undefined) args.push(value ? `--${status}` : `--no-${status}`);
  }
  add('--text', filters.text);
  if (filters.aid?.length) add('--aid', filters.aid.join(','));
  add('--as-of', filters.asOf);
  return args.join(' ');
}
