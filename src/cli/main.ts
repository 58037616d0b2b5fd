// The entry point: the only place that catches everything and decides the exit code.
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { asDatabaseError } from '../db/open.js';
import { FesrError, InterruptedError } from '../errors.js';
import { langFromEnv, messagesFor, type Lang, type Messages } from '../i18n/index.js';
import { defaultDbPath } from '../paths.js';
import { createContext, type CliContext, type GlobalFlags } from './context.js';
import { describeError } from './localise.js';
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
    process.stderr.write(`fesr: ${message}\n${hint ? `  ${hint}\n` : ''}`);
    if (debug && error.cause instanceof Error) process.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fesr: ${messages().internalError(text)}\n`);
  process.stderr.write(
    debug && error instanceof Error ? `${error.stack}\n` : `  ${messages().reportBug(version)}\n`,
  );
  return 1;
}

// `fesr search | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.on('SIGINT', () => {
  process.stderr.write(`\nfesr: ${messages().interrupted()}\n`);
  process.exit(130);
});

try {
  const program = createProgram((flags: GlobalFlags) => {
    debug ||= Boolean(flags.debug);
    context = createContext(flags, io);
    return context;
  }, version);
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = error instanceof InterruptedError ? 130 : report(error);
}
