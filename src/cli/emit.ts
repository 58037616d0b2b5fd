// Where a command's result goes: stdout, or a file written whole (temp file, then rename; a
// device or FIFO directly). Long results are written as they are produced (emitChunks).
import { existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, extname, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
// The workbook writer (and exceljs) is loaded only when a workbook is written.
import type { XlsxSheet } from '../output/xlsx.js';
import type { CliContext } from './context.js';
import type { OutputFlags, OutputFormat } from './options.js';
import {
  finalTarget,
  KIND_HINT,
  KIND_WORDS,
  openWholeFile,
  outputError,
  unwritableKind,
  writeWholeFile,
} from './write-file.js';

export type Format = OutputFormat;

/** The formats a file name says by its extension; a table has none. */
const BY_EXTENSION: Readonly<Record<string, Format>> = {
  json: 'json',
  csv: 'csv',
  xlsx: 'xlsx',
  ics: 'ics',
};

/** "table, json or csv". */
function either(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * `--format`, else the `--output` extension, else a table on stdout; `allowed` is what the
 * command writes. An `--output` whose extension names no format the command writes is a usage
 * error, not a table under a misleading name.
 */
export function chooseFormat(
  flags: OutputFlags,
  allowed: readonly Format[] = ['table', 'json', 'csv'],
): Format {
  if (flags.excel && flags.format && flags.format !== 'csv') {
    throw new UsageError(`--excel writes CSV; it does not go with --format ${flags.format}`);
  }
  if (flags.format) {
    if (allowed.includes(flags.format)) return flags.format;
    throw new UsageError(
      `this command writes ${either(allowed)}, not ${flags.format}`,
      `give --format ${allowed.join('|')}`,
    );
  }
  const ext = flags.output ? extname(flags.output).toLowerCase().slice(1) : '';
  const named = BY_EXTENSION[ext];
  if (flags.excel) {
    if (!named || named === 'csv') return 'csv';
    throw new UsageError(
      `--excel writes CSV, not ${ext.toUpperCase()} to ${flags.output}`,
      'name the file .csv, or leave out --excel',
    );
  }
  if (!flags.output) return 'table';
  if (named && allowed.includes(named)) return named;
  const files = allowed.filter((f) => f !== 'table').map((f) => `.${f}`);
  const hint = `name the file ${either(files)}, or give --format ${allowed.join('|')}`;
  if (named) {
    throw new UsageError(
      `${flags.output}: this command writes ${either(allowed)}, not ${ext.toUpperCase()}`,
      hint,
    );
  }
  throw new UsageError(
    ext
      ? `${flags.output}: unknown extension .${ext}; the formats are ${allowed.join(', ')}`
      : `${flags.output}: no extension to tell the format by; the formats are ${allowed.join(', ')}`,
    hint,
  );
}

/**
 * Refuses, before any work is done, a target that exists (unless `force`), has no folder, or is
 * a folder, block device or socket. A character device, FIFO or /dev/stdout is written to as it
 * is, so it needs no `force`; a symbolic link is judged by what it points to.
 * `flag` names the option in the hint.
 */
export function checkWritable(path: string, force = false, flag = '--output'): void {
  let target: ReturnType<typeof finalTarget>;
  try {
    target = finalTarget(path);
  } catch (error) {
    throw outputError(path, error);
  }
  // One of this process's descriptors (/dev/stdout): whatever it is, it is written as it is.
  if (target.direct === 'descriptor') return;
  const kind = unwritableKind(target.stats);
  if (kind === 'folder') {
    throw new UsageError(`${path} is a folder`, `give a file name for ${flag}`, {
      detail: { code: 'output-is-folder', params: { file: path, flag } },
    });
  }
  if (kind) {
    throw new UsageError(`cannot write ${path}: it is ${KIND_WORDS[kind]}`, KIND_HINT, {
      detail: { code: 'output-kind', params: { file: path, kind } },
    });
  }
  if (target.stats && !target.direct && !force) {
    const rejects = flag === '--rejects';
    throw new UsageError(
      `${path} already exists`,
      `add --force to replace it, or choose another ${flag}`,
      {
        detail: { code: rejects ? 'rejects-exists' : 'output-exists', params: { file: path } },
      },
    );
  }
  const folder = dirname(resolve(target.path));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(`cannot write ${path}: no folder ${folder}`, 'create the folder first', {
      detail: { code: 'cannot-write', params: { file: path, code: 'ENOENT' } },
    });
  }
}

export function checkOutputTarget(flags: OutputFlags): void {
  if (flags.output) checkWritable(flags.output, flags.force);
}

/** A workbook is binary: on a terminal it would only garble the screen; a pipe or file is fine. */
export function checkWorkbookTarget(format: Format, flags: OutputFlags, ctx: CliContext): void {
  if (format === 'xlsx' && !flags.output && ctx.stdout.isTTY)
    throw new UsageError(
      'an Excel workbook is not for the terminal',
      'add --output FILE.xlsx, or redirect the output to a file',
    );
}

/**
 * Writes a workbook to the `--output` file (a temp file renamed when it is whole) or to stdout
 * (with backpressure; stdout itself is never ended).
 */
export async function emitWorkbook(
  ctx: CliContext,
  flags: OutputFlags,
  sheets: readonly XlsxSheet[],
  t: Messages,
): Promise<void> {
  const file = flags.output ? openWholeFile(flags.output) : null;
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        if (file) {
          file.write(chunk);
          done();
        } else if (ctx.stdout.write(chunk)) done();
        else ctx.stdout.once('drain', () => done());
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  try {
    const { writeWorkbook } = await import('../output/xlsx.js');
    await writeWorkbook(out, sheets, t);
    await finished;
    file?.commit();
  } catch (error) {
    file?.abort();
    throw error;
  }
}

export function emit(ctx: CliContext, flags: OutputFlags, text: string): void {
  if (!flags.output) {
    ctx.stdout.write(text);
    return;
  }
  writeWholeFile(flags.output, text);
}

/** Pieces are gathered up to this size before a write: fewer system calls, flat memory still. */
const FLUSH_BYTES = 64 * 1024;

/** A turn of the event loop: a Ctrl+C (or a closed pipe) is acted on between two writes. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes `chunks` as they are produced, to stdout or to the `--output` file, without ever holding
 * the whole text: stdout with backpressure (a full pipe is waited for), a file through a temp file
 * renamed at the end (a failure or Ctrl+C leaves any existing file as it was and no temp file).
 * Between writes the event loop turns, so that Ctrl+C stops a long listing at once.
 */
export async function emitChunks(
  ctx: CliContext,
  flags: OutputFlags,
  chunks: Iterable<string>,
): Promise<void> {
  const file = flags.output ? openWholeFile(flags.output) : null;
  const write = async (text: string): Promise<void> => {
    if (file) file.write(text);
    else if (!ctx.stdout.write(text)) await once(ctx.stdout, 'drain');
    await nextTurn();
  };
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length < FLUSH_BYTES) continue;
      await write(pending);
      pending = '';
    }
    if (pending) await write(pending);
    file?.commit();
  } catch (error) {
    file?.abort();
    throw error;
  }
}
