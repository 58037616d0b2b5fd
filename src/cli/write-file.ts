// Files fesr writes for the user (exports, profiles) appear whole or not at all.
import { renameSync, writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/** Writes a temp file beside the target, then renames it: readers never see half a file. */
export function writeWholeFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new UsageError(
      `cannot write ${path} (${code})`,
      'check that the folder exists and is writable',
      {
        detail: { code: 'cannot-write', params: { file: path } },
      },
    );
  }
}
