// Everything a command needs from the outside world, in one object, so commands stay testable.
import type { Readable, Writable } from 'node:stream';
import { langFromEnv, messagesFor, type Lang, type Messages } from '../i18n/index.js';
import { colorEnabled, createColors, type Colors } from '../output/colors.js';
import { defaultDbPath, configDir } from '../paths.js';
import { UsageError } from '../errors.js';

export interface GlobalFlags {
  db?: string;
  color?: boolean;
  lang?: string;
  debug?: boolean;
}

export interface CliContext {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  now: () => Date;
  lang: Lang;
  messages: Messages;
  colors: Colors;
  errColors: Colors;
  dbPath: string;
  configDir: string;
  debug: boolean;
}

export function parseLang(input: string): Lang {
  const lang = input.toLowerCase();
  if (lang !== 'en' && lang !== 'it')
    throw new UsageError(`unknown language "${input}"`, 'use --lang en or --lang it');
  return lang;
}

export function createContext(
  flags: GlobalFlags,
  io: Pick<CliContext, 'stdout' | 'stderr' | 'stdin' | 'env'>,
): CliContext {
  const lang = flags.lang ? parseLang(flags.lang) : langFromEnv(io.env);
  const noColorFlag = flags.color === false;
  return {
    ...io,
    now: clockFromEnv(io.env),
    lang,
    messages: messagesFor(lang),
    colors: createColors(
      colorEnabled({ isTTY: Boolean(io.stdout.isTTY), env: io.env, noColorFlag }),
    ),
    errColors: createColors(
      colorEnabled({ isTTY: Boolean(io.stderr.isTTY), env: io.env, noColorFlag }),
    ),
    dbPath: flags.db ?? defaultDbPath(io.env),
    configDir: configDir(io.env),
    debug: Boolean(flags.debug) || io.env.FESR_DEBUG === '1',
  };
}

/**
 * The clock. `FESR_NOW` (an ISO instant) pins it, so tests can check what "today in Europe/Rome"
 * means around midnight and daylight-saving changes.
 */
export function clockFromEnv(env: Record<string, string | undefined>): () => Date {
  const pinned = env.FESR_NOW ? new Date(env.FESR_NOW) : null;
  if (pinned && Number.isNaN(pinned.getTime())) {
    throw new UsageError(`FESR_NOW is not an ISO date-time: "${env.FESR_NOW}"`);
  }
  return pinned ? () => new Date(pinned.getTime()) : () => new Date();
}
