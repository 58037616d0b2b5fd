// The reading half of an import: text -> records -> measures with their rules, in batches, in
// file order. It runs in the importing thread for small files and in a worker for large ones
// (import-worker.ts), so the database writes of one batch overlap the parsing of the next.
import { InputError } from '../errors.js';
import type { Measure } from '../core/types.js';
import { extractRules } from '../core/rules/extract.js';
import type { TextInput } from './open-input.js';
import { findMapper, mapperByFormat } from './registry.js';
import { readRecords, type RecordStream } from './read-records.js';
import type { MapContext, RecordMapper, RowIssue } from './types.js';

/** One record of the file as the writer takes it: a measure, or the problems that skip it. */
export type MappedRow =
  | { ok: true; line: number; measure: Measure; recordDate: string | null }
  /** `source`: the source the skipped row is counted under. */
  | { ok: false; line: number; issues: RowIssue[]; source: string };

export interface MappedStream {
  container: 'csv' | 'json';
  format: string;
  /** The source the records are imported under, unless a row names its own. */
  source: string;
  /** The rows in file order, a batch at a time. */
  batches: AsyncIterable<MappedRow[]>;
  /** Bare `NaN`/`Infinity` values read as empty so far (JSON). */
  nonFinite(): number;
  bytesRead(): number;
  totalBytes: number | null;
  close(): void;
}

export interface MapOptions {
  format?: string | null;
  /** `--source`: names every record of the file, whatever a `source` column says. */
  source?: string | null;
}

/** Rows per batch: large enough that handing a batch over costs little per row. */
export const BATCH_ROWS = 256;

function chooseMapper(stream: RecordStream, options: MapOptions, label: string): RecordMapper {
  if (options.format) return mapperByFormat(options.format);
  const mapper = findMapper(stream.fields);
  if (!mapper) {
    throw new InputError(
      `${label}: unknown format (fields: ${stream.fields.slice(0, 8).join(', ') || 'none'})`,
      'expected a fesr CSV, an incentivi.gov.it export or a dati.lombardia.it call registry; see `fesr import --help`',
      {
        detail: {
          code: 'unknown-format',
          params: { file: label, fields: stream.fields.slice(0, 8).join(', ') || '–' },
        },
      },
    );
  }
  return mapper;
}

/** Reads and maps an opened input in this thread. */
export async function mapRecords(
  input: TextInput,
  label: string,
  options: MapOptions,
  context: MapContext,
): Promise<MappedStream> {
  const records = await readRecords(input.text, label);
  const mapper = chooseMapper(records, options, label);
  const source = options.source ?? mapper.source;
  async function* batches(): AsyncGenerator<MappedRow[]> {
    let batch: MappedRow[] = [];
    for await (const { line, record, issues } of records.rows) {
      const outcome = issues.length
        ? { ok: false as const, issues }
        : mapper.mapRecord(record, line, source, context);
      if (!outcome.ok) {
        // A bad row's source is the one its `source` cell names, when a good row names it too.
        const named = options.source ? source : (rawSource(record) ?? source);
        batch.push({ ok: false, line, issues: outcome.issues, source: named });
      } else {
        const mapped = options.source ? { ...outcome.measure, source } : outcome.measure;
        mapped.rules = extractRules(mapped, context);
        batch.push({ ok: true, line, measure: mapped, recordDate: outcome.recordDate ?? null });
      }
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  return {
    container: records.container,
    format: mapper.format,
    source,
    batches: batches(),
    nonFinite: () => records.stats.nonFinite,
    bytesRead: input.bytesRead,
    totalBytes: input.totalBytes,
    close: input.close,
  };
}

/** The source a record's own `source` cell names, if any. */
function rawSource(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as Record<string, unknown>).source;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
