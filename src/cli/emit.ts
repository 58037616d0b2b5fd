// Where a command's result goes: stdout, or a file written whole (temp file, then rename).
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliContext } from './context.js';
import type { OutputFlags } from './options.js';
import { writeWholeFile } from './write-file.js';

export type Format = 'table' | 'json' | 'csv';

/** `--format`, else the `--output` extension, else a table; `allowed` is what the command writes. */
export function chooseFormat(
  flags: OutputFlags,
  allowed: readonly Format[] = ['table', 'json', 'csv'],
): Format {
  if (flags.excel && flags.format && flags.format !== 'csv') {
    throw new UsageError(`--excel writes CSV; it does not go with --format ${flags.format}`);
  }
  if (flags.format) return flags.format;
  if (flags.excel) return 'csv';
  const ext = flags.output ? extname(flags.output).toLowerCase().slice(1) : '';
  if (ext === 'json' || ext === 'csv') {
    if (allowed.includes(ext)) return ext;
    throw new UsageError(
      `${flags.output}: this command writes ${allowed.join(' or ')}, not ${ext.toUpperCase()}`,
      `give --format ${allowed.join('|')}, or another extension`,
    );
  }
  return 'table';
}

/** Refuses, before any work is done, a target that exists (unless `force`) or has no folder. */
export function checkWritable(path: string, force = false): void {
  if (existsSync(path) && !force) {
    throw new UsageError(
      `${path} already exists`,
      'add --force to replace it, or choose another --output',
      {
        detail: { code: 'output-exists', params: { file: path } },
      },
    );
  }
  const folder = dirname(resolve(path));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(`cannot write ${path}: no folder ${folder}`, 'create the folder first', {
      detail: { code: 'cannot-write', params: { file: path } },
    });
  }
}

export function checkOutputTarget(flags: OutputFlags): void {
  if (flags.output) checkWritable(flags.output, flags.force);
}

export function emit(ctx: CliContext, flags: OutputFlags, text: string): void {
  if (!flags.output) {
    ctx.stdout.write(text);
    return;
  }
  writeWholeFile(flags.output, text);
}
