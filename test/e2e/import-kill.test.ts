// kill -9 in the middle of a large import leaves the database as it was before that import.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dumpDb, runFesr, startFesr, tempDb } from './run-fesr.js';

function largeCsv(rows: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fesr-kill-')), 'large.csv');
  const lines = ['ID_Incentivo,Titolo,Data_apertura,Data_chiusura,Regioni,Codici_ATECO'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`${i},Bando numero ${i},2024-01-01T00:00:00,2030-12-31T00:00:00,Lombardia,62.01;`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

it('kill -9 during a large import leaves the database unchanged', async () => {
  const db = tempDb();
  expect(runFesr(db, ['import', join('test/fixtures/import', 'lombardia-sample.json')]).code).toBe(
    0,
  );
  const before = dumpDb(db);
  const child = startFesr(db, ['import', largeCsv(200_000)]);
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_c, s) => resolve(s)),
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  expect(dumpDb(db)).toBe(before);
  // And the database still works.
  expect(runFesr(db, ['sources']).code).toBe(0);
}, 60_000);
