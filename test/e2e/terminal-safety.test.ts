// Control sequences in imported data never reach the terminal through import or sources.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFesr, tempDb } from './run-fesr.js';

describe('text from imported files on the terminal', () => {
  it('strips OSC 52 and CSI from the import summary and from fesr sources', () => {
    const db = tempDb();
    const file = join(dirname(db), 'evil.csv');
    writeFileSync(
      file,
      'id,title,source,closesAt\nx1,T,"evil\u001b]52;c;aGk=\u0007\u001b[2Jsrc",2026-01-01\n',
    );
    const imported = runFesr(db, ['import', file, '--format', 'fesr-csv']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).not.toContain('\u001b');
    expect(imported.stdout).not.toContain('\u0007');
    const sources = runFesr(db, ['sources']);
    expect(sources.code).toBe(0);
    expect(sources.stdout).toContain('evil');
    expect(sources.stdout).not.toContain('\u001b');
    expect(sources.stdout).not.toContain('\u0007');
  });
});
