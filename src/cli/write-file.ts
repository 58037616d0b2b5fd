// Files fesr writes for the user (exports, profiles, rejects) appear whole or not at all, and what
// already sits at the path is respected: a symbolic link keeps pointing where it did (its file is
// written), a character device or a FIFO (/dev/null, /dev/stdout, a named pipe) is written to as
// it is, never replaced by a regular file.
import {
  chmodSync,
  closeSync,
  lstatSync,
  openSync,
  readlinkSync,
  fstatSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OutputError } from '../errors.js';

/** Why a write failed, in words, by the system's error code. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too big for its file system',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EPIPE: 'the reader has gone',
  EBADF: 'the stream is closed',
  ENXIO: 'no device behind it',
};

const HINTS: Readonly<Record<string, string>> = {
  ENOSPC: 'free some space, or write to another disk',
  EDQUOT: 'free some space, or write to another disk',
  EFBIG: 'write to another disk',
  EISDIR: 'give a file name, not a folder',
  EACCES: 'choose a place you may write to, or change the permissions',
  EPERM: 'choose a place you may write to, or change the permissions',
  EROFS: 'write to a folder on a writable disk',
  ENOENT: 'check that the folder exists',
  ENOTDIR: 'check the path',
  ELOOP: 'check where the link points',
};

export function errorCode(error: unknown): string {
  return (error as { code?: string } | null)?.code ?? 'error';
}

/** The cause of a failed write, e.g. "the disk is full (ENOSPC)". */
export function writeCause(code: string): string {
  const words = CAUSES[code];
  return words ? `${words} (${code})` : code;
}

/** A failed write as the error the CLI reports (exit 6); `file` null is standard output. */
export function outputError(file: string | null, error: unknown): OutputError {
  const code = errorCode(error);
  const what = file ?? 'the output';
  return new OutputError(`cannot write ${what}: ${writeCause(code)}`, HINTS[code], {
    cause: error,
    detail: {
      code: 'cannot-write',
      params: file === null ? { code, stream: 'stdout', file: '' } : { code, file },
    },
  });
}

/**
 * What a path ends at once symbolic links are followed (`stats` null when nothing is there), and
 * how it is written: through a temp file and a rename (`direct` null), in place (a character
 * device or FIFO), or into one of this process's own descriptors (/dev/stdout, /dev/fd/N,
 * /proc/self/fd/N: `fd`), at that descriptor's position, whatever it is (pipe, socket, file).
 */
export interface Target {
  path: string;
  stats: Stats | null;
  direct: 'stream' | 'descriptor' | null;
  fd?: number;
}

/** The descriptor number an own-descriptor path names, or null. */
function ownDescriptor(path: string): number | null {
  const named = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2 }[path];
  if (named !== undefined) return named;
  const match = /^\/(?:proc\/(?:self|thread-self|(\d+))\/fd|dev\/fd)\/(\d+)$/.exec(path);
  if (!match || (match[1] !== undefined && Number(match[1]) !== process.pid)) return null;
  return Number(match[2]);
}

export function finalTarget(path: string): Target {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const fd = ownDescriptor(current);
    if (fd !== null) return { path, stats: fstatSync(fd), direct: 'descriptor', fd };
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      return { path: current, stats: null, direct: null };
    }
    if (!stats.isSymbolicLink()) {
      return { path: current, stats, direct: isStreamTarget(stats) ? 'stream' : null };
    }
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}

/** A character device or a FIFO: written to in place, never replaced. */
export function isStreamTarget(stats: Stats | null): boolean {
  return stats !== null && (stats.isCharacterDevice() || stats.isFIFO());
}

export type UnwritableKind = 'folder' | 'block-device' | 'socket' | 'other';

export const KIND_WORDS: Readonly<Record<UnwritableKind, string>> = {
  folder: 'a folder',
  'block-device': 'a block device',
  socket: 'a socket',
  other: 'not a regular file',
};

/** What sits at a path that fesr will not write (a folder, a block device, a socket), or null. */
export function unwritableKind(stats: Stats | null): UnwritableKind | null {
  if (!stats || stats.isFile() || isStreamTarget(stats)) return null;
  if (stats.isDirectory()) return 'folder';
  if (stats.isBlockDevice()) return 'block-device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

export const KIND_HINT =
  'give the name of a file (or of a character device such as /dev/stdout, or a FIFO)';

function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      // A descriptor left non-blocking (a pipe or socket): wait for the reader, then go on.
      if (errorCode(error) !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/**
 * A file being written piece by piece: `write` as the text is produced, then `commit` (the file
 * appears whole) or `abort` (nothing changes at the path). A regular file goes to a temp file
 * beside the target and is renamed over it by `commit`; the temp file is removed by `abort`, by a
 * failure, and when the process exits first (Ctrl+C, a closed terminal), so none is ever left.
 */
export interface WholeFileWriter {
  /** Text (as UTF-8) or bytes (a workbook). */
  write(text: string | Uint8Array): void;
  commit(): void;
  abort(): void;
}

/** Temp files not yet renamed: removed if the process exits before they are. */
const pendingTemporaries = new Set<string>();
let exitHookInstalled = false;

function removeTemporaries(): void {
  for (const temporary of pendingTemporaries) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone.
    }
  }
  pendingTemporaries.clear();
}

/** Into a device, FIFO or own descriptor as it is. */
function directWriter(fd: number, close: boolean): WholeFileWriter {
  let open = true;
  const end = () => {
    if (open && close) closeSync(fd);
    open = false;
  };
  return {
    write: (text) => writeAll(fd, text),
    commit: end,
    abort: () => {
      try {
        end();
      } catch {
        // Nothing more to tell.
      }
    },
  };
}

/** A temp file beside the target, then a rename: readers never see half a file. */
function renamingWriter(path: string, stats: Stats | null): WholeFileWriter {
  const temporary = `${path}.${process.pid}.tmp`;
  if (!exitHookInstalled) {
    process.on('exit', removeTemporaries);
    exitHookInstalled = true;
  }
  // `wx`: a file or link planted under the temporary name is never followed.
  const fd = openSync(temporary, 'wx', stats ? stats.mode & 0o777 : 0o666);
  pendingTemporaries.add(temporary);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const abort = () => {
    try {
      close();
    } catch {
      // The descriptor is gone either way.
    }
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    pendingTemporaries.delete(temporary);
  };
  return {
    write: (text) => {
      try {
        writeAll(fd, text);
      } catch (error) {
        abort();
        throw error;
      }
    },
    commit: () => {
      try {
        close();
        if (stats) chmodSync(temporary, stats.mode & 0o7777);
        renameSync(temporary, path);
        pendingTemporaries.delete(temporary);
      } catch (error) {
        abort();
        throw error;
      }
    },
    abort,
  };
}

/** Failures of a writer as the OutputError naming the file and the cause. */
function reporting(path: string, writer: WholeFileWriter): WholeFileWriter {
  const wrap =
    (step: () => void): (() => void) =>
    () => {
      try {
        step();
      } catch (error) {
        throw error instanceof OutputError ? error : outputError(path, error);
      }
    };
  return {
    write: (text) => wrap(() => writer.write(text))(),
    commit: wrap(() => writer.commit()),
    abort: () => writer.abort(),
  };
}

/**
 * Opens `path` to be written whole, piece by piece: a regular file (or none) through a temp file
 * and a rename, at the end of any symbolic link (the link stays); a character device or FIFO
 * directly; one of this process's descriptors (/dev/stdout) at its position. A folder, block
 * device or socket is refused. Failures are an OutputError naming the cause.
 */
export function openWholeFile(path: string): WholeFileWriter {
  try {
    const target = finalTarget(path);
    if (target.direct === 'descriptor') return reporting(path, directWriter(target.fd ?? 1, false));
    const kind = unwritableKind(target.stats);
    if (kind === 'folder') throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (kind) {
      throw new OutputError(`cannot write ${path}: it is ${KIND_WORDS[kind]}`, KIND_HINT, {
        detail: { code: 'output-kind', params: { file: path, kind } },
      });
    }
    if (target.direct === 'stream')
      return reporting(path, directWriter(openSync(target.path, 'w'), true));
    return reporting(path, renamingWriter(target.path, target.stats));
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw outputError(path, error);
  }
}

/**
 * Writes `text` to `path` whole (see openWholeFile): readers see the old file or the new one,
 * never half of it.
 */
export function writeWholeFile(path: string, text: string): void {
  const writer = openWholeFile(path);
  try {
    writer.write(text);
    writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}
