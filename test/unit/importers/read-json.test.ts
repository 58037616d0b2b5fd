import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readJsonRecords } from '../../../src/importers/read-json.js';

async function read(...chunks: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of readJsonRecords(Readable.from(chunks), 'f.json')) out.push(r.value);
  return out;
}

describe('readJsonRecords', () => {
  it('streams a bare array, whatever the chunking', async () => {
    expect(await read('[{"a":', '1},{"a":2}', ']')).toEqual([{ a: 1 }, { a: 2 }]);
  });
  it('streams response.docs and skips the rest of a Solr response', async () => {
    const text =
      '{"responseHeader":{"status":0},"response":{"numFound":2,"docs":[{"x":1},{"x":2}]}}';
    expect(await read(text)).toEqual([{ x: 1 }, { x: 2 }]);
  });
  it('reads a single wrapper object as one record', async () => {
    expect(await read('{"socrata_row":{"codice_bando":"X"},"_source":{}}')).toEqual([
      { socrata_row: { codice_bando: 'X' }, _source: {} },
    ]);
  });
  it('names the line, record and field of a truncated file', async () => {
    const error = await read('[{"a":1},\n{"a":2,\n"Titolo":"cut').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'f.json:3: the JSON is cut short in record 2, field "Titolo"',
    );
  });
  it('names the line of a syntax error', async () => {
    const error = await read('[{"a":1}\n{"a":2}]').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^f\.json:2: is not valid JSON/);
  });
});
