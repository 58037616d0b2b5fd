// JSON text to records, streamed: a bare array of records, a Solr response (`response.docs`), or
// one wrapper object (e.g. a Socrata row saved with its context). Memory holds one record at a
// time, whatever the file size. Bare `NaN`/`Infinity`/`-Infinity` tokens (pandas) are read as null
// and counted in `stats`.
import { none, type Many } from 'stream-chain/defs.js';
import Assembler from 'stream-json/assembler.js';
import { jsonParser, type Token } from 'stream-json/parser.js';
import { jsonVerifier } from 'stream-json/utils/verifier.js';
import { InputError } from '../errors.js';
import { NonFiniteRewriter } from './json-nonfinite.js';
import { MAX_FIELD_CHARS, MAX_RECORD_CHARS, tooLong } from './read-csv.js';

export interface JsonRecord {
  /** 1-based position of the record in the file. */
  index: number;
  value: unknown;
}

type Stage<O> = (chunk: string | typeof none) => O;

export interface JsonReadStats {
  /** `NaN`, `Infinity` and `-Infinity` tokens read as null. */
  nonFinite: number;
}

/** Containers walked token by token; everything else is assembled into a value. */
type Frame = 'records' | 'envelope' | 'response';

interface Capture {
  asm: Assembler;
  into: 'record' | 'wrapper' | 'discard';
  key: string;
  /** The record's field being read, for error messages. */
  field: string | null;
}

/** Where the reader is, for error messages. */
interface Position {
  records: number;
  capture: Capture | null;
}

export async function* readJsonRecords(
  text: AsyncIterable<string>,
  fileName: string,
  stats: JsonReadStats = { nonFinite: 0 },
): AsyncGenerator<JsonRecord> {
  const rewriter = new NonFiniteRewriter();
  // stream-chain stages are flushed by calling them with `none`; their types leave that out.
  // Strings also come in chunks, so their length is counted as they are read (the limits).
  const parse = jsonParser() as unknown as Stage<Many<Token> | typeof none>;
  // The parser does not track positions; the verifier does, so a syntax error gets its line.
  const verify = jsonVerifier() as unknown as Stage<unknown>;
  const stack: Frame[] = [];
  const wrapper: Record<string, unknown> = {};
  const pos: Position = { records: 0, capture: null };
  let key: string | null = null;
  let sawRecords = false;
  let started = false;
  const out: JsonRecord[] = [];

  const emit = (value: unknown) => out.push({ index: ++pos.records, value });
  const finish = (c: Capture) => {
    pos.capture = null;
    if (c.into === 'record') emit(c.asm.current);
    else if (c.into === 'wrapper') wrapper[c.key] = c.asm.current;
  };
  const capture = (token: Token, top: Frame) => {
    const into = top === 'records' ? 'record' : top === 'envelope' ? 'wrapper' : 'discard';
    const c: Capture = { asm: new Assembler(), into, key: key ?? '', field: null };
    recordChars = 0;
    c.asm.consume(token);
    if (c.asm.done) finish(c);
    else pos.capture = c;
  };

  /** Characters of the string (or number, or key) being read, and of the record being read. */
  let valueChars = 0;
  let recordChars = 0;
  const count = (token: Token) => {
    if (token.name === 'startString' || token.name === 'startKey' || token.name === 'startNumber')
      valueChars = 0;
    else if (token.name === 'stringChunk' || token.name === 'numberChunk') {
      const chars = (token.value as string).length;
      valueChars += chars;
      if (pos.capture) recordChars += chars;
      const field = pos.capture ? fieldOf(pos.capture) : key;
      if (valueChars > MAX_FIELD_CHARS)
        throw tooLong(fileName, { record: pos.records + 1 }, field ?? '?', MAX_FIELD_CHARS);
      if (recordChars > MAX_RECORD_CHARS)
        throw tooLong(fileName, { record: pos.records + 1 }, field, MAX_RECORD_CHARS, 'record');
    }
  };

  const onToken = (token: Token) => {
    started = true;
    count(token);
    if (pos.capture) {
      if (token.name === 'keyValue' && pos.capture.asm.depth === 1) pos.capture.field = token.value;
      pos.capture.asm.consume(token);
      if (pos.capture.asm.done) finish(pos.capture);
      return;
    }
    const top = stack[stack.length - 1];
    switch (token.name) {
      case 'startArray':
        if (!top || (top !== 'records' && key === 'docs')) stack.push('records');
        else capture(token, top);
        return;
      case 'startObject':
        if (!top) stack.push('envelope');
        else if (top === 'envelope' && key === 'response') stack.push('response');
        else capture(token, top);
        return;
      case 'keyValue':
        key = token.value;
        return;
      case 'endArray':
      case 'endObject': {
        const frame = stack.pop();
        if (frame === 'records') sawRecords = true;
        if (frame === 'envelope' && !sawRecords) emit(wrapper);
        return;
      }
      case 'stringValue':
      case 'numberValue':
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        if (!top) throw notRecords(fileName);
        capture(token, top);
        return;
      default:
        return;
    }
  };

  const feed = (chunk: string | typeof none) => {
    try {
      verify(chunk);
      const tokens = parse(chunk);
      if (tokens !== none) for (const token of tokens.values) onToken(token);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw syntaxError(error, fileName, pos, chunk === none);
    }
    stats.nonFinite = rewriter.count;
  };

  for await (const chunk of text) {
    const rewritten = rewriter.write(chunk);
    if (rewritten) feed(rewritten);
    yield* out.splice(0);
  }
  const rest = rewriter.end();
  if (rest) feed(rest);
  feed(none);
  if (!started)
    throw new InputError(`${fileName}: is empty`, 'the database was not changed', {
      detail: { code: 'file-empty', params: { file: fileName } },
    });
  yield* out.splice(0);
}

function notRecords(fileName: string): InputError {
  return new InputError(
    `${fileName}: the JSON is a single value, not records`,
    'give an array of records or a Solr export with response.docs; the database was not changed',
  );
}

function syntaxError(error: unknown, fileName: string, pos: Position, atEnd: boolean): InputError {
  const where = error as { line?: number; pos?: number };
  const line = typeof where.line === 'number' ? `:${where.line}` : '';
  const record = pos.capture?.into === 'record' ? pos.records + 1 : null;
  const field = pos.capture ? fieldOf(pos.capture) : null;
  const inRecord = record
    ? ` in record ${record}${field ? `, field "${field}"` : ''}`
    : field
      ? ` in field "${field}"`
      : '';
  const reason = atEnd
    ? 'the JSON is cut short'
    : `is not valid JSON (${String((error as Error).message ?? error).replace(/^.*cannot parse input: /, '')})`;
  return new InputError(
    `${fileName}${line}: ${reason}${inRecord}`,
    'the file may be truncated or damaged; download it again. The database was not changed',
    { cause: error },
  );
}

function fieldOf(c: Capture): string | null {
  return c.into === 'record' ? c.field : [c.key, c.field].filter(Boolean).join('.') || null;
}
