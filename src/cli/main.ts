// The entry point: the only place that catches everything and decides the exit code.
import { sanitizeText } from '../output/text.js';
import { closeSync, readFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { CommanderError } from 'commander';
import { asDatabaseError } from '../db/open.js';
import { FesrError, InterruptedError } from '../errors.js';
import { langFromEnv, messagesFor, type Lang, type Messages } from '../i18n/index.js';
import { defaultDbPath } from '../paths.js';
import { createContext, type CliContext, type GlobalFlags } from './context.js';
import { describeError } from './localise.js';
import { outputError } from './write-file.js';
import { createProgram } from './program.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
};
let debug = process.argv.includes('--debug') || process.env.FESR_DEBUG === '1';
let context: CliContext | null = null;

/** The language for errors raised before a command has its context (e.g. a bad flag value). */
function earlyLang(): Lang {
  const i = process.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? null : (process.argv[i]?.split('=')[1] ?? process.argv[i + 1]);
  return value === 'it' || value === 'en' ? value : langFromEnv(process.env);
}

const messages = (): Messages => context?.messages ?? messagesFor(earlyLang());

function report(caught: unknown): number {
  if (caught instanceof CommanderError) {
    // Commander has printed its message already; help and version are not errors.
    return caught.exitCode === 0 ? 0 : 2;
  }
  // A busy or broken database met after opening (e.g. locked mid-import) is still exit 4.
  const error =
    (caught as { code?: string }).code?.startsWith('SQLITE_') === true
      ? asDatabaseError(caught, context?.dbPath ?? defaultDbPath(process.env))
      : caught;
  if (error instanceof FesrError) {
    const [message, hint] = describeError(error, messages());
    // describeError has passed both through the terminal sanitiser.
    process.stderr.write(`fesr: ${message}\n${hint ? `  ${hint}\n` : ''}`);
    if (debug && error.cause instanceof Error) process.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  const text = sanitizeText(error instanceof Error ? error.message : String(error));
  process.stderr.write(`fesr: ${messages().internalError(text)}\n`);
  process.stderr.write(
    debug && error instanceof Error ? `${error.stack}\n` : `  ${messages().reportBug(version)}\n`,
  );
  return 1;
}

/** The standard streams that were a terminal at start (closing the terminal ends them). */
const terminalFds = [0, 1, 2].filter((fd) => isatty(fd));

/**
 * The terminal has gone (closed window, SIGHUP, a read or write error on the TTY): nobody is
 * left to read a message, so exit quietly with 129 (128 + SIGHUP). The terminal's descriptors are
 * closed first, else Node's exit tries to restore the gone terminal's mode and aborts with a
 * native assertion. Files are written whole by synchronous calls, so none is half-written.
 */
function terminalGone(): never {
  for (const fd of terminalFds) {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
  }
  process.exit(129);
}

/** An error that means the terminal went away, when the standard streams were one. */
function isTerminalGone(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return terminalFds.length > 0 && (code === 'EIO' || code === 'ENXIO');
}

// `fesr search | head` closes the pipe early: that is the reader's choice, not an error. Any
// other failure to write stdout (a full disk under `> file`, /dev/full) is one line and exit 6;
// stderr failing leaves nobody to tell, so the command goes on.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (process.stdout.isTTY && isTerminalGone(error)) terminalGone();
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const [message, hint] = describeError(outputError(null, error), messages());
  try {
    process.stderr.write(`fesr: ${message}\n${hint ? `  ${hint}\n` : ''}`);
  } finally {
    process.exit(6);
  }
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (process.stderr.isTTY && isTerminalGone(error)) terminalGone();
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.on('SIGINT', () => {
  process.stderr.write(`\nfesr: ${messages().interrupted()}\n`);
  process.exit(130);
});
process.on('SIGHUP', terminalGone);

// What escapes the command's promise (a stream's unhandled error event): the terminal gone is
// quiet, anything else one line like any bug, never Node's stack.
process.on('uncaughtException', (error) => {
  if (isTerminalGone(error)) terminalGone();
  process.exit(report(error));
});

try {
  const program = createProgram(
    (flags: GlobalFlags) => {
      debug ||= Boolean(flags.debug);
      context = createContext(flags, io);
      return context;
    },
    version,
    earlyLang(),
  );
  // Bare `fesr` is someone finding their way: the help, on stdout, and exit 0.
  await program.parseAsync(process.argv.length > 2 ? process.argv : [...process.argv, '--help']);
} catch (error) {
  process.exitCode = error instanceof InterruptedError ? 130 : report(error);
}
