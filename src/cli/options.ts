// Option groups shared by commands (a flag means the same everywhere) and their value parsers.
import { Option, type Command } from 'commander';
import { parseAmount } from '../core/numbers.js';
import { SORT_KEYS } from '../core/ranking.js';
import {
  AID_FORMS,
  SPECIAL_STATUSES,
  STATUSES,
  type AidForm,
  type SpecialStatus,
  type Status,
} from '../core/types.js';
import { splitVersionPrefix } from '../core/ateco-resolve.js';
import { UsageError } from '../errors.js';

export interface ProfileFlags {
  size?: string;
  employees?: number;
  turnover?: number;
  balanceSheet?: number;
  ateco?: string[];
  province?: string;
  profile?: string;
  founded?: string;
  legalForm?: string;
  innovativeStartup?: boolean;
  innovativeSme?: boolean;
  womenLed?: boolean;
  youthLed?: boolean;
  nonProfit?: boolean;
}

/** The flag of each special status: `--women-led` says yes, `--no-women-led` says no. */
export const STATUS_FLAGS: Record<SpecialStatus, keyof ProfileFlags> = {
  'innovative-startup': 'innovativeStartup',
  'innovative-sme': 'innovativeSme',
  'women-led': 'womenLed',
  'youth-led': 'youthLed',
  'non-profit': 'nonProfit',
};

/** Every output format; each command allows some (search all, most commands table and json). */
export type OutputFormat = 'table' | 'json' | 'csv' | 'ics';

/** What `fesr search` (and the wizard's export) writes: ics is the results' deadlines. */
export const SEARCH_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'ics'];

export interface OutputFlags {
  format?: OutputFormat;
  output?: string;
  force?: boolean;
  excel?: boolean;
}

export function parseCount(flag: string, min = 0) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      throw new UsageError(
        `${flag} takes a whole number${min ? ` from ${min}` : ''}, not "${value}"`,
        undefined,
        {
          detail: { code: 'bad-count', params: { flag, value, min: String(min) } },
        },
      );
    }
    return n;
  };
}

/** Headcount in annual work units (ULA), which are fractional: 12.5 or 12,5. */
export function parseWorkUnits(value: string): number {
  const n = parseAmount(value);
  if (n === null || n < 0) {
    throw new UsageError(
      `--employees takes a number of annual work units, not "${value}"`,
      'e.g. 20 or 12.5',
      {
        detail: { code: 'bad-work-units', params: { value } },
      },
    );
  }
  return n;
}

export function parseEuro(flag: string) {
  return (value: string): number => {
    const n = parseAmount(value);
    if (n === null || n < 0) {
      throw new UsageError(
        `${flag} takes an amount in EUR, not "${value}"`,
        'e.g. 3000000, 3.000.000 or 3M',
        { detail: { code: 'bad-amount', params: { flag, value } } },
      );
    }
    return n;
  };
}

/** A flag given with nothing in it is a mistake, not "not given". */
function requireValue(flag: string, items: readonly string[]): void {
  if (items.length === 0) {
    throw new UsageError(`${flag} needs a value`, `see fesr --help`, {
      detail: { code: 'empty-value', params: { flag } },
    });
  }
}

function parseText(value: string): string {
  requireValue('--text', value.trim() ? [value] : []);
  return value;
}

/**
 * Each --ateco value as typed: a list (`20.42,62.01`) is split later, with the ATECO table at
 * hand, so that `20,42` (a decimal comma) can be read as 20.42.
 */
function collectAteco(value: string, previous: string[] = []): string[] {
  const pieces = value.split(/[,;\s]+/).filter(Boolean);
  requireValue('--ateco', pieces);
  // `2007:25.62.00` / `2025:25.62.00` force the version; another prefix is a usage error now.
  pieces.forEach(splitVersionPrefix);
  return [...previous, value.trim()];
}

export function parseCommaList<T extends string>(
  flag: string,
  allowed: readonly T[],
  aliases: Record<string, readonly T[]> = {},
) {
  return (value: string): T[] => {
    const items = value
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
    requireValue(flag, items);
    return items.flatMap((item) => {
      const alias = aliases[item];
      if (alias) return [...alias];
      if (!(allowed as readonly string[]).includes(item)) {
        throw new UsageError(
          `${flag}: unknown value "${item}"`,
          `use ${[...allowed, ...Object.keys(aliases)].join(', ')} (comma-separated)`,
          {
            detail: {
              code: 'bad-list-value',
              params: {
                flag,
                value: item,
                allowed: [...allowed, ...Object.keys(aliases)].join(', '),
              },
            },
          },
        );
      }
      return [item as T];
    });
  };
}

export const parseStatuses = parseCommaList<Status>('--status', STATUSES, { all: STATUSES });
export const parseAidForms = parseCommaList<AidForm>('--aid', AID_FORMS);

const STATUS_HELP: Record<SpecialStatus, string> = {
  'innovative-startup': 'registered innovative start-up (--no-… to say it is not)',
  'innovative-sme': 'registered innovative SME (--no-…: not one)',
  'women-led': 'women-led firm (impresa femminile; --no-…: not one)',
  'youth-led': 'youth-led firm (impresa giovanile; --no-…: not one)',
  'non-profit': 'non-profit body (--no-…: not one)',
};

function requireText(flag: string) {
  return (value: string): string => {
    requireValue(flag, value.trim() ? [value] : []);
    return value.trim();
  };
}

/** The company profile flags; `fesr profile save` takes them without `--profile`. */
export function addProfileOptions(cmd: Command, options = { withProfile: true }): Command {
  cmd
    .option(
      '--size <size>',
      'micro, small, medium or large (Italian: micro, piccola, media, grande)',
    )
    .option(
      '--employees <n>',
      'headcount in annual work units, e.g. 20 or 12.5: derives the EU size class',
      parseWorkUnits,
    )
    .option('--turnover <eur>', 'annual turnover in EUR', parseEuro('--turnover'))
    .option('--balance-sheet <eur>', 'balance-sheet total in EUR', parseEuro('--balance-sheet'))
    .option(
      '--ateco <code>',
      'ATECO 2007 or 2025 code, e.g. 20.42 (20,42 reads as 20.42; repeatable); 2007:CODE or 2025:CODE forces the version, else a code of both with other meanings reads as 2025',
      collectAteco,
    )
    .option('--province <p>', 'province sigla or name (CR, Cremona), or a municipality (Crema)')
    .option(
      '--founded <date>',
      'when the firm was founded: YYYY or YYYY-MM',
      requireText('--founded'),
    )
    .option(
      '--legal-form <form>',
      'srl, spa, sapa, snc, sas, cooperative, sole-trader, consortium, … (Italian names too)',
      requireText('--legal-form'),
    );
  for (const status of SPECIAL_STATUSES) {
    cmd
      .option(`--${status}`, STATUS_HELP[status])
      .addOption(
        new Option(
          `--no-${status}`,
          `the firm is not one (calls for ${status} firms fail)`,
        ).hideHelp(),
      );
  }
  return options.withProfile
    ? cmd.option('--profile <name>', 'load a saved profile; flags override its fields')
    : cmd;
}

export function addOutputOptions(
  cmd: Command,
  formats: readonly OutputFormat[] = ['table', 'json', 'csv'],
): Command {
  const files = formats.filter((f) => f !== 'table').map((f) => `.${f}`);
  const calendar = formats.includes('ics') ? ' (ics: the deadlines as a calendar)' : '';
  cmd
    .addOption(new Option('--format <format>', `output format${calendar}`).choices(formats))
    .option(
      '--output <file>',
      `write to a file; ${files.join(', ')} ${files.length === 1 ? 'gives' : 'give'} the format unless --format (another name needs --format)`,
    )
    .option('--force', 'replace an existing --output file');
  return formats.includes('csv')
    ? cmd.option('--excel', 'CSV for Excel in an Italian locale: BOM, ";" and decimal comma')
    : cmd;
}

/** The filters that choose which measures are matched: search and match share them. */
export function addMeasureFilters(cmd: Command): Command {
  return cmd
    .option(
      '--status <list>',
      'open, upcoming, closed, unknown, withdrawn or all, comma-separated (default open,upcoming)',
      parseStatuses,
    )
    .option(
      '--as-of <date>',
      'the day statuses are computed for, YYYY-MM-DD (default today in Europe/Rome)',
    )
    .option('--aid <list>', 'grant, loan, guarantee, equity, other, comma-separated', parseAidForms)
    .option('--source <name>', 'only measures from this source (bundled, incentivi, lombardia, …)')
    .option('--fesr', 'only measures funded by the PR FESR 2021-2027');
}

export function addSearchFilters(cmd: Command): Command {
  return addMeasureFilters(cmd)
    .option(
      '--text <query>',
      'full text over title and description (words ANDed, "a phrase", OR)',
      parseText,
    )
    .addOption(new Option('--sort <key>', 'sort order').choices(SORT_KEYS).default('deadline'))
    .option('--limit <n>', 'at most N measures', parseCount('--limit', 1))
    .option('--explain', 'also list the measures the profile fails, with the reasons');
}
