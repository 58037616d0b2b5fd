// CSV text to records, for every CSV format: delimiter detected from the header line, quotes per
// RFC 4180, line numbers kept for error messages. Streams: memory does not grow with the file.
import { parse, CsvError } from 'csv-parse';
import { InputError } from '../errors.js';

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
  while (!done && !/\r?\n/.test(head)) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head += next.value.toString();
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const parser = parse({
    delimiter: detectDelimiter(firstLine),
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
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
      yield { line: item.info.lines, fields: item.record };
    }
  } catch (error) {
    throw csvInputError(error, fileName, at);
  }
  await feed;
}

interface CsvPosition {
  lastLine: number;
  header: string[] | null;
}

function csvInputError(error: unknown, fileName: string, at: CsvPosition): Error {
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
