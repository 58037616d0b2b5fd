// Option groups shared by commands (a flag means the same everywhere) and their value parsers.
import type { EventEmitter } from 'node:events';
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
import { helpOf } from './help.js';

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
export type OutputFormat = 'table' | 'json' | 'csv' | 'xlsx' | 'ics';

/**
 * What `fesr search` (and the wizard's export) writes: xlsx is an Excel workbook, ics the
 * results' deadlines.
 */
export const SEARCH_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'xlsx', 'ics'];

/** What `fesr match` writes: the workbook has the summary and the detail as two sheets. */
export const MATCH_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'xlsx'];

export interface OutputFlags {
  format?: OutputFormat;
  output?: string;
  force?: boolean;
  excel?: boolean;
}

/** The largest --limit: more results than any store holds, small enough to be a typo's guard. */
export const MAX_LIMIT = 1_000_000;

/** A plain whole number in decimal digits (not `0x10`, `1e3`, `+5` or `1.0`), from `min` to `max`. */
export function parseCount(flag: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = /^\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      const range =
        max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : min ? ` from ${min}` : '';
      throw new UsageError(`${flag} takes a whole number${range}, not "${value}"`, undefined, {
        detail: {
          code: 'bad-count',
          params: {
            flag,
            value,
            min: String(min),
            max: max < Number.MAX_SAFE_INTEGER ? String(max) : '',
          },
        },
      });
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

/** `--province CR,MI --province Lodi`: one comma list of places as typed, read later. */
function collectProvince(value: string, previous?: string): string {
  const pieces = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  requireValue('--province', pieces);
  return previous ? `${previous},${pieces.join(',')}` : pieces.join(',');
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

function requireText(flag: string) {
  return (value: string): string => {
    requireValue(flag, value.trim() ? [value] : []);
    return value.trim();
  };
}

/**
 * Every value flag of every command, checked as it is read: an empty value is a usage error (not
 * "not given"), and so is a flag given twice, unless its help says it is repeatable (`--ateco`,
 * `--province`, `--url`): `--size small --size medium` would otherwise keep one silently.
 */
const guarded = new WeakSet<Command>();
function guardFlags(cmd: Command): void {
  let root = cmd;
  while (root.parent) root = root.parent;
  if (guarded.has(root)) return;
  guarded.add(root);
  let given = new Map<Command, Map<string, string[]>>();
  const watchOwn = (command: Command) => {
    for (const option of command.options) {
      if (!option.required && !option.optional) continue;
      const flag = option.long ?? option.flags;
      const repeatable = option.description.includes(helpOf(command).repeatable);
      // Before commander's own listener, so an empty value is said before its parser sees it.
      (command as unknown as EventEmitter).prependListener(
        `option:${option.name()}`,
        (value: unknown) => {
          if (typeof value !== 'string') return;
          requireValue(flag, value.trim() ? [value] : []);
          const byFlag = given.get(command) ?? new Map<string, string[]>();
          given.set(command, byFlag);
          const values = [...(byFlag.get(flag) ?? []), value];
          byFlag.set(flag, values);
          if (values.length > 1 && !repeatable) throw repeatedFlag(flag, values);
        },
      );
    }
  };
  const watch = (command: Command) => {
    watchOwn(command);
    command.commands.forEach(watch);
  };
  // The program's own flags (`--db`, `--lang`) are read before any subcommand: watched now (they
  // are declared before the commands), and their record is kept when the subcommand starts.
  watchOwn(root);
  root.hook('preSubcommand', (self) => {
    // Every command is declared by now; each parse starts with nothing seen.
    if (self === root) {
      const own = given.get(root);
      given = new Map(own ? [[root, own]] : []);
      if (!watched.has(root)) {
        watched.add(root);
        root.commands.forEach(watch);
      }
    }
  });
}
const watched = new WeakSet<Command>();

function repeatedFlag(flag: string, values: readonly string[]): UsageError {
  const list = values.map((v) => `"${v}"`).join(values.length === 2 ? ' and ' : ', ');
  const times = values.length === 2 ? 'twice' : `${values.length} times`;
  return new UsageError(`${flag} given ${times}: ${list}`, 'give it once', {
    detail: { code: 'repeated-flag', params: { flag, values: list, count: String(values.length) } },
  });
}

/** The company profile flags; `fesr profile save` takes them without `--profile`. */
export function addProfileOptions(cmd: Command, options = { withProfile: true }): Command {
  guardFlags(cmd);
  const h = helpOf(cmd).options;
  cmd
    .option('--size <size>', h.size)
    .option('--employees <n>', h.employees, parseWorkUnits)
    .option('--turnover <eur>', h.turnover, parseEuro('--turnover'))
    .option('--balance-sheet <eur>', h.balanceSheet, parseEuro('--balance-sheet'))
    .option('--ateco <code>', h.ateco, collectAteco)
    .option('--province <p>', h.province, collectProvince)
    .option('--founded <date>', h.founded, requireText('--founded'))
    .option('--legal-form <form>', h.legalForm, requireText('--legal-form'));
  for (const status of SPECIAL_STATUSES) {
    cmd
      .option(`--${status}`, h.status[status])
      .addOption(new Option(`--no-${status}`, h.notStatus(status)).hideHelp());
  }
  return options.withProfile ? cmd.option('--profile <name>', h.profile) : cmd;
}

export function addOutputOptions(
  cmd: Command,
  formats: readonly OutputFormat[] = ['table', 'json', 'csv'],
): Command {
  guardFlags(cmd);
  const h = helpOf(cmd).options;
  const files = formats.filter((f) => f !== 'table').map((f) => `.${f}`);
  const format = formats.includes('ics') ? h.formatCalendar : h.format;
  cmd
    .addOption(new Option('--format <format>', format).choices(formats))
    .option('--output <file>', h.output(files))
    .option('--force', h.force);
  return formats.includes('csv') ? cmd.option('--excel', h.excel) : cmd;
}

/** The filters that choose which measures are matched: search and match share them. */
export function addMeasureFilters(cmd: Command): Command {
  guardFlags(cmd);
  const h = helpOf(cmd).options;
  return cmd
    .option('--status <list>', h.statuses, parseStatuses)
    .option('--as-of <date>', h.asOfRome)
    .option('--aid <list>', h.aid, parseAidForms)
    .option('--source <name>', h.source)
    .option('--fesr', h.fesr);
}

export function addSearchFilters(cmd: Command): Command {
  const h = helpOf(cmd).options;
  return addMeasureFilters(cmd)
    .option('--text <query>', h.text, parseText)
    .addOption(new Option('--sort <key>', h.sort).choices(SORT_KEYS).default('deadline'))
    .option('--limit <n>', h.limit, parseCount('--limit', 1, MAX_LIMIT))
    .option('--explain', h.explain);
}
