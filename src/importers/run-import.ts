// The import driver: file -> text -> records -> measures -> one transaction. Either the whole
// import lands or nothing does; a kill at any moment leaves the last committed state.
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { finishImport, startImport, type ImportCounts } from '../db/imports.js';
import { ensureCriteria } from '../db/criteria.js';
import { measureWriter, type ChangeObserver } from '../db/measures.js';
import type { Measure } from '../core/types.js';
import { withImmediateTransaction, type Db } from '../db/open.js';
import { allMunicipalities } from '../db/reference.js';
import { asInputError, openTextInput } from './open-input.js';
import { municipalityIndex } from './municipalities.js';
import { mapRecords, type MappedStream } from './map-records.js';
import { mapInWorker, wantsWorker } from './worker-protocol.js';
import type { MapContext, RowIssue } from './types.js';

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

/** The file's rows, mapped: by a worker thread for a large file, in this thread otherwise. */
async function openMapped(db: Db, options: ImportOptions, label: string): Promise<MappedStream> {
  const mapOptions = { format: options.format, source: options.source };
  if (wantsWorker(options.file)) {
    return mapInWorker({
      file: options.file,
      label,
      options: mapOptions,
      municipalities: allMunicipalities(db),
    });
  }
  const input = openTextInput(options.file, options.stdin);
  try {
    return await mapRecords(input, label, mapOptions, mapContext(db));
  } catch (error) {
    input.close();
    throw error;
  }
}

export async function importFile(db: Db, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? (() => new Date());
  const label = options.label ?? (options.file === '-' ? '(stdin)' : options.file);
  const started = now();
  // Elapsed time from the monotonic timer: the clock may be pinned (FESR_NOW) or jump.
  const startedTimer = performance.now();
  let mapped: MappedStream | null = null;
  try {
    const rows = (mapped = await openMapped(db, options, label));
    const { source, totalBytes } = rows;
    const report: ImportReport = {
      file: label,
      format: rows.format,
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
      position: rows.container === 'json' ? 'record' : 'line',
      dataAsOf: null,
    };
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
      const importId = startImport(db, source, rows.format, label, started.toISOString());
      const write = measureWriter(db, importId, started.toISOString(), options.observe);
      for await (const batch of rows.batches) {
        for (const row of batch) {
          report.recordsRead++;
          if (!row.ok) {
            report.skipped++;
            report.issues.push(...row.issues);
            skippedBy.set(row.source, (skippedBy.get(row.source) ?? 0) + 1);
          } else {
            const { measure } = row;
            const day = row.recordDate;
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
              bytesRead: rows.bytesRead(),
              totalBytes,
              records: report.recordsRead,
            });
          }
        }
      }
      write.finish();
      // The call groups of the store with these records, in the same transaction.
      if (!report.dryRun) ensureCriteria(db);
      options.onProgress?.({
        bytesRead: rows.bytesRead(),
        totalBytes,
        records: report.recordsRead,
      });
      report.nonFinite = rows.nonFinite();
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
            i === 0 ? importId : startImport(db, name, rows.format, label, started.toISOString());
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
    mapped?.close();
  }
}

/** Reference data for the mappers, built once per import and only when first asked for. */
export function mapContext(db: Db): MapContext {
  let lookup: MapContext['municipalitiesNamed'] | null = null;
  return {
    municipalitiesNamed: (name) => (lookup ??= municipalityIndex(allMunicipalities(db)))(name),
  };
}
