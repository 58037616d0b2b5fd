// The entry point: the only place that catches everything and decides the exit code.
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { FesrError, InterruptedError } from '../errors.js';
import { createContext, type GlobalFlags } from './context.js';
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

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and version are not errors.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof FesrError) {
    process.stderr.write(`fesr: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    if (debug && error.cause instanceof Error) process.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fesr: internal error: ${message}\n`);
  process.stderr.write(
    debug && error instanceof Error
      ? `${error.stack}\n`
      : `  run again with --debug for details, and please report it (fesr ${version})\n`,
  );
  return 1;
}

process.on('SIGINT', () => {
  process.stderr.write('\nfesr: interrupted\n');
  process.exit(130);
});

try {
  const program = createProgram((flags: GlobalFlags) => {
    debug ||= Boolean(flags.debug);
    return createContext(flags, io);
  }, version);
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = error instanceof InterruptedError ? 130 : report(error);
}
