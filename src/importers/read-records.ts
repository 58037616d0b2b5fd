// Decoded text to plain records, whatever the container: CSV (header + rows) or JSON.
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { readCsvRows } from './read-csv.js';
import { readJsonRecords, type JsonReadStats } from './read-json.js';
import type { RawRecord, RowIssue } from './types.js';

export interface RecordRow {
  line: number;
  record: RawRecord;
  /** Problems found before any format mapping (e.g. a wrong number of CSV fields). */
  issues: RowIssue[];
}

export interface RecordStream {
  container: 'csv' | 'json';
  /** Column names, or the keys of the first JSON record. */
  fields: string[];
  rows: AsyncIterable<RecordRow>;
  /** Bare `NaN`/`Infinity` tokens read as null so far (JSON only; 0 for CSV). */
  stats: JsonReadStats;
}

/** Reads the first text to tell JSON from CSV, then hands back the fields and the rows. */
export async function readRecords(text: Readable, fileName: string): Promise<RecordStream> {
  const chunks = text[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const buffered: string[] = [];
  let first = '';
  while (first.trim() === '') {
    const next = await chunks.next();
    if (next.done)
      throw new InputError(`${fileName}: is empty`, 'the database was not changed', {
        detail: { code: 'file-empty', params: { file: fileName } },
      });
    first = next.value.toString();
    buffered.push(first);
  }
  async function* replay(): AsyncGenerator<string> {
    yield* buffered;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value.toString();
    }
  }
  const start = first.trimStart()[0];
  if (start === '{' || start === '[') return readJsonContainer(replay(), fileName);
  return readCsvRecords(replay(), fileName);
}

async function readCsvRecords(
  text: AsyncIterable<string>,
  fileName: string,
): Promise<RecordStream> {
  const rows = readCsvRows(text, fileName);
  const header = await rows.next();
  if (header.done)
    throw new InputError(`${fileName}: is empty`, 'the database was not changed', {
      detail: { code: 'file-empty', params: { file: fileName } },
    });
  const fields = header.value.fields.map((f) => f.trim());
  const twice = fields.findIndex((name, i) => name !== '' && fields.indexOf(name) < i);
  if (twice >= 0) {
    // Which of the two cells is the record's value cannot be told: refuse, naming both columns.
    const first = fields.indexOf(fields[twice] ?? '') + 1;
    const column = fields[twice] ?? '';
    throw new InputError(
      `${fileName}:${header.value.line}: column "${column}" appears twice (columns ${first} and ${twice + 1})`,
      'rename or remove one of them; the database was not changed',
      {
        detail: {
          code: 'duplicate-column',
          params: {
            file: fileName,
            line: String(header.value.line),
            column,
            first: String(first),
            second: String(twice + 1),
          },
        },
      },
    );
  }
  async function* records(): AsyncGenerator<RecordRow> {
    for await (const row of rows) {
      const record: RawRecord = {};
      fields.forEach((name, i) => (record[name] = row.fields[i]));
      const issues: RowIssue[] =
        row.fields.length === fields.length
          ? []
          : [
              {
                line: row.line,
                field: '(row)',
                reason: `has ${row.fields.length} fields, the header has ${fields.length}`,
              },
            ];
      yield { line: row.line, record, issues };
    }
  }
  return { container: 'csv', fields, rows: records(), stats: { nonFinite: 0 } };
}

function isPlainObject(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJsonContainer(
  text: AsyncIterable<string>,
  fileName: string,
): Promise<RecordStream> {
  const stats: JsonReadStats = { nonFinite: 0 };
  const records = readJsonRecords(text, fileName, stats);
  const first = await records.next();
  if (first.done) {
    throw new InputError(`${fileName}: holds no records`, 'the database was not changed', {
      detail: { code: 'no-records', params: { file: fileName } },
    });
  }
  const fields = isPlainObject(first.value.value) ? Object.keys(first.value.value) : [];
  async function* rows(): AsyncGenerator<RecordRow> {
    let next: IteratorResult<{ index: number; value: unknown }> = first;
    while (!next.done) {
      const { index, value } = next.value;
      yield isPlainObject(value)
        ? { line: index, record: value, issues: [] }
        : {
            line: index,
            record: {},
            issues: [{ line: index, field: '(record)', reason: 'is not a JSON object' }],
          };
      next = await records.next();
    }
  }
  return { container: 'json', fields, rows: rows(), stats };
}
