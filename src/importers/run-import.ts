// The import driver: file -> text -> records -> measures -> one transaction. Either the whole
// import lands or nothing does; a kill at any moment leaves the last committed state.
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { finishImport, startImport, type ImportCounts } from '../db/imports.js';
import { measureWriter, type ChangeObserver } from '../db/measures.js';
import type { Measure } from '../core/types.js';
import { withImmediateTransaction, type Db } from '../db/open.js';
import { allMunicipalities } from '../db/reference.js';
import { asInputError, openTextInput } from './open-input.js';
import { findMapper, mapperByFormat } from './registry.js';
import { readRecords, type RecordStream } from './read-records.js';
import { extractRules } from '../core/rules/extract.js';
import { municipalityIndex } from './municipalities.js';
import type { MapContext, RecordMapper, RowIssue } from './types.js';

export interface ImportOptions {
  /** A path, or `-` for standard input. */
  file: string;
  format?: string | null;
  source?: string | null;
  strict?: boolean;
  dryRun?: boolean;
  now?: () => Date;
  onProgress?: (progress: ImportProgress) => void;
  /** How the file is named in messages and the import log (default: `file`). */
  label?: string;
  /** Standard input when `file` is `-`. */
  stdin?: Readable;
  /** Told of every record whose content changes, with what was stored before. */
  observe?: ChangeObserver;
  /** Told of every record read whole, changed or not. */
  onMeasure?: (measure: Measure) => void;
  /**
   * Runs inside the import's transaction, after the records and the log row are written and
   * before the commit: what it writes lands with the import or not at all.
   */
  beforeCommit?: (report: ImportReport, importId: number) => void;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number | null;
  records: number;
}

export interface ImportReport {
  file: string;
  format: string;
  source: string;
  recordsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Bare `NaN`/`Infinity` values of a JSON file read as empty. */
  nonFinite: number;
  issues: RowIssue[];
  seconds: number;
  dryRun: boolean;
  /** What `issues[].line` counts: CSV lines, or JSON records. */
  position: 'line' | 'record';
  /** The newest day the records say the source updated them (Europe/Rome), when they say. */
  dataAsOf: string | null;
}

function chooseMapper(stream: RecordStream, options: ImportOptions, label: string): RecordMapper {
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

export async function importFile(db: Db, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? (() => new Date());
  const label = options.label ?? (options.file === '-' ? '(stdin)' : options.file);
  const started = now();
  // Elapsed time from the monotonic timer: the clock may be pinned (FESR_NOW) or jump.
  const startedTimer = performance.now();
  const input = openTextInput(options.file, options.stdin);
  const { totalBytes } = input;
  try {
    const records = await readRecords(input.text, label);
    const mapper = chooseMapper(records, options, label);
    const source = options.source ?? mapper.source;
    const report: ImportReport = {
      file: label,
      format: mapper.format,
      source,
      recordsRead: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      nonFinite: 0,
      issues: [],
      seconds: 0,
      dryRun: options.dryRun ?? false,
      position: records.container === 'json' ? 'record' : 'line',
      dataAsOf: null,
    };
    const context = mapContext(db);
    // A fesr CSV names each row's source: the import is logged once per source, with its counts.
    const perSource = new Map<string, ImportCounts>();
    const countsOf = (name: string): ImportCounts => {
      let counts = perSource.get(name);
      if (!counts) {
        counts = {
          recordsRead: 0,
          inserted: 0,
          updated: 0,
          unchanged: 0,
          skipped: 0,
          dataAsOf: null,
        };
        perSource.set(name, counts);
      }
      return counts;
    };
    // A bad row's source is the one its `source` cell names, when a good row names it too.
    const skippedBy = new Map<string, number>();
    await withImmediateTransaction(db, async (commit) => {
      const importId = startImport(db, source, mapper.format, label, started.toISOString());
      const write = measureWriter(db, importId, started.toISOString(), options.observe);
      for await (const { line, record, issues } of records.rows) {
        report.recordsRead++;
        const outcome = issues.length
          ? { ok: false as const, issues }
          : mapper.mapRecord(record, line, source, context);
        if (!outcome.ok) {
          report.skipped++;
          report.issues.push(...outcome.issues);
          const named = options.source ? source : (rawSource(record) ?? source);
          skippedBy.set(named, (skippedBy.get(named) ?? 0) + 1);
        } else {
          // --source names every record of the file, whatever a `source` column says.
          const mapped = options.source ? { ...outcome.measure, source } : outcome.measure;
          const measure = { ...mapped, rules: extractRules(mapped, context) };
          const day = outcome.recordDate;
          if (day && (report.dataAsOf === null || day > report.dataAsOf)) report.dataAsOf = day;
          const kind = write(measure, report.dryRun);
          report[kind]++;
          const own = countsOf(measure.source);
          own.recordsRead++;
          own[kind]++;
          if (day && (own.dataAsOf == null || day > own.dataAsOf)) own.dataAsOf = day;
          options.onMeasure?.(measure);
        }
        if (report.recordsRead % 1000 === 0) {
          options.onProgress?.({
            bytesRead: input.bytesRead(),
            totalBytes,
            records: report.recordsRead,
          });
        }
      }
      options.onProgress?.({
        bytesRead: input.bytesRead(),
        totalBytes,
        records: report.recordsRead,
      });
      report.nonFinite = records.stats.nonFinite;
      if (report.recordsRead === 0) {
        throw new InputError(`${label}: holds no records`, 'the database was not changed', {
          detail: { code: 'no-records', params: { file: label } },
        });
      }
      if (report.skipped === report.recordsRead) {
        const first = report.issues[0] as RowIssue;
        throw new InputError(
          `${label}: no valid records (all ${report.skipped} skipped; the first at line ${first.line}: field "${first.field}" ${first.reason})`,
          'the database was not changed; is this the right file and format?',
        );
      }
      if (options.strict && report.issues.length) {
        const first = report.issues[0] as RowIssue;
        const at = report.position === 'record' ? ` record ${first.line}` : `:${first.line}`;
        throw new InputError(
          `${label}${at}: field "${first.field}" ${first.reason} (${report.skipped} bad row${report.skipped > 1 ? 's' : ''}; --strict)`,
          'the database was not changed; fix the rows or drop --strict to skip them',
        );
      }
      // A fesr CSV names its rows' sources itself: the import is logged under each of them, the
      // first in the row the records point at. The summary names them all.
      const names = [...perSource.keys()].sort();
      report.source = names.join(', ') || source;
      const finishedAt = now().toISOString();
      if (names.length <= 1) finishImport(db, importId, report, finishedAt);
      else {
        const first = names[0] as string;
        for (const [named, n] of skippedBy) {
          const counts = perSource.get(named) ?? countsOf(first);
          counts.recordsRead += n;
          counts.skipped += n;
        }
        names.forEach((name, i) => {
          const id =
            i === 0 ? importId : startImport(db, name, mapper.format, label, started.toISOString());
          finishImport(db, id, { ...countsOf(name), source: name }, finishedAt);
        });
      }
      if (!report.dryRun) {
        options.beforeCommit?.(report, importId);
        commit();
      }
    });
    report.seconds = (performance.now() - startedTimer) / 1000;
    return report;
  } catch (error) {
    throw asInputError(error, label);
  } finally {
    input.close();
  }
}

/** The source a record's own `source` cell names, if any. */
function rawSource(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as Record<string, unknown>).source;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Reference data for the mappers, built once per import and only when first asked for. */
export function mapContext(db: Db): MapContext {
  let lookup: MapContext['municipalitiesNamed'] | null = null;
  return {
    municipalitiesNamed: (name) => (lookup ??= municipalityIndex(allMunicipalities(db)))(name),
  };
}
