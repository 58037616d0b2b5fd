// Opening a file (or standard input) as decoded text, for every reader of user files: imports
// and the firms of `fesr match`. Missing files and undecodable bytes become InputError.
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { DecodeError, DecodingStream } from './decode.js';

export interface TextInput {
  /** Decoded text; errors of the underlying file arrive through it. */
  text: DecodingStream;
  totalBytes: number | null;
  bytesRead(): number;
  close(): void;
}

/** `file` is a path, or `-` for `stdin`. */
export function openTextInput(file: string, stdin?: Readable): TextInput {
  const { stream, totalBytes } = openBytes(file, stdin);
  let bytesRead = 0;
  stream.on('data', (chunk: Buffer) => (bytesRead += chunk.length));
  const text = stream.pipe(new DecodingStream());
  stream.on('error', (error) => text.destroy(error));
  return { text, totalBytes, bytesRead: () => bytesRead, close: () => stream.destroy() };
}

function openBytes(
  file: string,
  stdin?: Readable,
): { stream: Readable; totalBytes: number | null } {
  if (file === '-') {
    if (!stdin) throw new InputError('no standard input to read');
    return { stream: stdin, totalBytes: null };
  }
  let totalBytes: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`${file} is a directory, not a file`);
    totalBytes = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${file}: no such file`, 'check the path', {
      detail: { code: 'file-missing', params: { file } },
    });
  }
  return { stream: createReadStream(file), totalBytes };
}

/** Read and decode failures as the user's problem with the file, not as internal errors. */
export function asInputError(error: unknown, file: string): unknown {
  if (error instanceof DecodeError) {
    return new InputError(
      `${file}: ${error.message}`,
      error.kind === 'binary'
        ? 'give a CSV or JSON file; the database was not changed'
        : 're-save the file as UTF-8 or Windows-1252; the database was not changed',
      error.kind === 'binary' ? { detail: { code: 'file-binary', params: { file } } } : {},
    );
  }
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    return new InputError(`cannot read ${file} (${code})`, 'check the path and permissions');
  }
  return error;
}
