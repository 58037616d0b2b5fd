// CSV text to records, for every CSV format: delimiter detected from the header line, quotes per
// RFC 4180, line numbers kept for error messages. Streams: memory does not grow with the file.
// CRLF, LF and a lone CR each end a record outside quotes, mixed in one file as they come (a
// header saved on Windows above rows appended on a Mac); each counts as one line.
// A field may hold at most MAX_FIELD_CHARS characters and a record MAX_RECORD_CHARS: a longer one
// is an error naming the line and the column, so a file without line breaks (or a runaway quote)
// cannot fill the memory.
import { parse, CsvError } from 'csv-parse';
import { InputError } from '../errors.js';

/** The longest field read (1 MiB of characters); real records hold fields of a few KB. */
export const MAX_FIELD_CHARS = 1 << 20;
/** The longest record (line) read: 4 MiB of characters. */
export const MAX_RECORD_CHARS = 4 << 20;

const LINE_END = /\r\n|\n|\r/;

/** `1 MB` for the limits, in the words of the messages. */
export function sizeWords(chars: number): string {
  return `${chars / (1 << 20)} MB`;
}

export type Delimiter = ',' | ';' | '\t';

/** The delimiter that splits the header line into the most fields (quotes respected). */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.entries(counts) as [Delimiter, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ',';
}

export interface CsvRow {
  line: number;
  fields: string[];
}

/** Reads CSV rows from decoded text chunks; the first row is the header. */
export async function* readCsvRows(
  text: AsyncIterable<string | Buffer>,
  fileName: string,
): AsyncGenerator<CsvRow> {
  const iterator = text[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  while (!done && !/[\r\n]/.test(head)) {
    // A header line longer than any record is not a CSV header (a file with no line breaks).
    if (head.length > MAX_RECORD_CHARS)
      throw tooLong(fileName, { line: 1 }, null, MAX_RECORD_CHARS);
    const next = await iterator.next();
    if (next.done) done = true;
    else head += next.value.toString();
  }
  const firstLine = head.split(LINE_END, 1)[0] ?? '';
  const parser = parse({
    delimiter: detectDelimiter(firstLine),
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // Every line ending, not only the first one met (csv-parse's default).
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_CHARS,
  });
  const feed = (async () => {
    if (head) parser.write(head);
    for (;;) {
      const next = done ? { done: true as const, value: undefined } : await iterator.next();
      if (next.done) break;
      if (!parser.write(next.value.toString())) await new Promise((r) => parser.once('drain', r));
    }
    parser.end();
  })();
  feed.catch((error: unknown) => parser.destroy(error as Error));
  // Where the last complete row ended and the header, so an error can name its line and field.
  const at: CsvPosition = { lastLine: 0, header: null };
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      at.header ??= item.record;
      at.lastLine = item.info.lines;
      const long = item.record.findIndex((field) => field.length > MAX_FIELD_CHARS);
      if (long >= 0)
        throw tooLong(fileName, { line: item.info.lines }, columnName(at, long), MAX_FIELD_CHARS);
      yield { line: item.info.lines, fields: item.record };
    }
  } catch (error) {
    throw csvInputError(error, fileName, at);
  }
  await feed;
}

/**
 * A field or a record over its limit: the file, the CSV line or JSON record, the field when known.
 * `unit` is what is too long: the field, or the whole line (CSV) or record (JSON).
 */
export function tooLong(
  fileName: string,
  at: { line: number } | { record: number },
  field: string | null,
  limit: number,
  unit: 'line' | 'record' | 'field' = field === null ? 'line' : 'field',
): InputError {
  const position = 'line' in at ? 'line' : 'record';
  const n = 'line' in at ? at.line : at.record;
  const where = position === 'line' ? `${fileName}:${n}` : `${fileName}: record ${n}`;
  const what =
    unit === 'field'
      ? `${position === 'line' ? '' : ', '}field "${field}"`
      : position === 'line'
        ? `the line${field ? ` (at field "${field}")` : ''}`
        : field
          ? ` (at field "${field}")`
          : '';
  const limitWords = sizeWords(limit);
  const sep = position === 'line' ? ': ' : '';
  return new InputError(
    `${where}${sep}${what} is longer than ${limitWords}, the limit for a ${unit}`,
    'no real record is that long: check that the file is what it should be (line breaks, closed quotes); the database was not changed',
    {
      detail: {
        code: 'too-long',
        params: {
          file: fileName,
          position,
          at: String(n),
          field: field ?? '',
          limit: limitWords,
          unit,
        },
      },
    },
  );
}

function columnName(at: CsvPosition, index: number): string {
  return at.header?.[index] ?? `column ${index + 1}`;
}

interface CsvPosition {
  lastLine: number;
  header: string[] | null;
}

function csvInputError(error: unknown, fileName: string, at: CsvPosition): Error {
  if (error instanceof InputError) return error;
  if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
    const { index } = error as CsvError & { index?: number };
    // The record being read when the limit was hit starts after the last complete one.
    const field = typeof index === 'number' ? columnName(at, index) : null;
    return tooLong(fileName, { line: at.lastLine + 1 }, field, MAX_RECORD_CHARS, 'line');
  }
  if (error instanceof CsvError) {
    const detail = error as CsvError & { lines?: number; index?: number };
    const unclosed = error.code === 'CSV_QUOTE_NOT_CLOSED';
    // An unclosed quote runs to the end of the file: the row it belongs to starts after the
    // last complete one.
    const line = unclosed ? at.lastLine + 1 : detail.lines;
    const field =
      typeof detail.index === 'number'
        ? (at.header?.[detail.index] ?? `column ${detail.index + 1}`)
        : null;
    const what = unclosed
      ? `field "${field ?? '?'}" opens a quote that is never closed`
      : error.message.replace(/^Invalid [^:]*: /, '');
    return new InputError(
      `${fileName}${line ? `:${line}` : ''}: ${what}`,
      'check the quotes around that line; the database was not changed',
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
