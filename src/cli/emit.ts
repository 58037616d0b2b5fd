// Where a command's result goes: stdout, or a file written whole (temp file, then rename).
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliContext } from './context.js';
import type { OutputFlags } from './options.js';
import { writeWholeFile } from './write-file.js';

export type Format = 'table' | 'json' | 'csv';

export function chooseFormat(flags: OutputFlags): Format {
  if (flags.excel && flags.format && flags.format !== 'csv') {
    throw new UsageError(`--excel writes CSV; it does not go with --format ${flags.format}`);
  }
  if (flags.format) return flags.format;
  if (flags.excel) return 'csv';
  const ext = flags.output ? extname(flags.output).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  return 'table';
}

/** Refuses to replace a file unless --force, before any work is done. */
export function checkOutputTarget(flags: OutputFlags): void {
  if (flags.output && existsSync(flags.output) && !flags.force) {
    throw new UsageError(
      `${flags.output} already exists`,
      'add --force to replace it, or choose another --output',
      { detail: { code: 'output-exists', params: { file: flags.output } } },
    );
  }
}

export function emit(ctx: CliContext, flags: OutputFlags, text: string): void {
  if (!flags.output) {
    ctx.stdout.write(text);
    return;
  }
  writeWholeFile(flags.output, text);
}
