// `fesr update`, source by source: download (conditional, paged for Socrata), check the payload is
// what the source sends, import it with the ordinary importer, and in the same transaction record
// the snapshot, what changed, and the calls the source no longer carries (withdrawn, kept).
// A source that fails leaves the store exactly as it was; the other sources still update.
import { mkdtempSync, openSync, readSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeOf, withdrawnIds, type CallChange } from '../core/changes.js';
import { romeDate } from '../core/dates.js';
import { callStatus } from '../core/match.js';
import { FesrError } from '../errors.js';
import { getMeasure } from '../db/measures.js';
import type { Db } from '../db/open.js';
import {
  hasSnapshot,
  lastValidators,
  recordChanges,
  recordSnapshot,
  setWithdrawn,
  sourceIds,
} from '../db/snapshots.js';
import { importFile, type ImportReport } from '../importers/run-import.js';
import { pageUrl, type Endpoint } from './endpoints.js';
import { DownloadError, type HttpClient, type Validators } from './http.js';
import type { PartialSnapshot, PayloadProblem, SourceFailure } from '../core/update-failures.js';

export type SourceOutcome =
  | { endpoint: Endpoint; kind: 'not-modified'; records: number }
  | {
      endpoint: Endpoint;
      kind: 'imported';
      report: ImportReport;
      /** Whether the payload held the whole source (then missing calls were withdrawn). */
      full: boolean;
      /** Why it was not, when it was not. */
      partial: PartialSnapshot | null;
      baseline: boolean;
      changes: CallChange[];
      bytes: number;
    }
  | { endpoint: Endpoint; kind: 'failed'; failure: SourceFailure; offline: boolean };

export interface UpdateProgress {
  source: string;
  phase: 'download' | 'import';
  bytes: number;
  totalBytes: number | null;
  records: number;
}

export interface UpdateOptions {
  endpoints: readonly Endpoint[];
  http: HttpClient;
  now: () => Date;
  onProgress?: (progress: UpdateProgress) => void;
  /** Called as each source finishes, so the caller can report it at once. */
  onOutcome?: (outcome: SourceOutcome) => void;
}

/** A payload refused before import: the message names the source and what arrived. */
class PayloadError extends Error {
  constructor(readonly problem: PayloadProblem) {
    super(problem.kind);
  }
}

/** Socrata pages of one request each; a source larger than this is cut, not looped forever. */
const MAX_PAGES = 1000;

/** The first bytes of a file, for the shape checks (the docs of a Solr answer come after). */
function headOf(file: string, length = 65536): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** JSON, not an HTML error page served with 200, and the container the source uses. */
function checkJson(head: string, expect: 'object-or-array' | 'array'): void {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (!start) throw new PayloadError({ kind: 'empty' });
  const first = start[0];
  if (first !== '{' && first !== '[')
    throw new PayloadError({
      kind: 'not-json',
      start: start.slice(0, 60).replace(/\s+/g, ' '),
    });
  if (expect === 'array' && first !== '[')
    throw new PayloadError({ kind: 'wrong-shape', problem: 'not-array', page: null, detail: null });
}

/** `numFound` of a Solr answer, read from its head (it precedes the docs). */
function numFoundOf(head: string): number | null {
  const match = /"numFound"\s*:\s*(\d+)/.exec(head);
  return match ? Number(match[1]) : null;
}

const sameRow = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Downloaded {
  file: string;
  bytes: number;
  validators: Validators;
}

async function downloadSource(
  endpoint: Endpoint,
  options: UpdateOptions,
  validators: Validators | null,
  dir: string,
): Promise<Downloaded | 'not-modified'> {
  const file = join(dir, `${endpoint.source}.json`);
  const progress = (bytes: number, totalBytes: number | null, records = 0) =>
    options.onProgress?.({
      source: endpoint.source,
      phase: 'download',
      bytes,
      totalBytes,
      records,
    });
  if (endpoint.pageSize === null) {
    const result = await options.http.download({
      url: endpoint.url,
      validators,
      toFile: file,
      onBytes: (bytes, total) => progress(bytes, total),
    });
    if (result.kind === 'not-modified') return 'not-modified';
    checkJson(headOf(file), 'object-or-array');
    return { file, bytes: result.bytes, validators: result.validators };
  }
  // Socrata: pages of `pageSize` rows until a short page. The first page carries the
  // validators: the dataset's Last-Modified and ETag answer for the whole dataset.
  const rows: unknown[] = [];
  let bytes = 0;
  let first: Validators | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await options.http.download({
      url: pageUrl(endpoint.url, endpoint.pageSize, page * endpoint.pageSize),
      validators: page === 0 ? validators : null,
      toFile: null,
      onBytes: (received) => progress(bytes + received, null, rows.length),
    });
    if (result.kind === 'not-modified') {
      if (page === 0) return 'not-modified';
      throw new PayloadError({
        kind: 'wrong-shape',
        problem: 'page-not-modified',
        page: page + 1,
        detail: null,
      });
    }
    bytes += result.bytes;
    first ??= result.validators;
    const text = (result.body as Buffer).toString('utf8');
    checkJson(text.slice(0, 4096), 'array');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new PayloadError({
        kind: 'wrong-shape',
        problem: 'page-not-json',
        page: page + 1,
        detail: (error as Error).message.slice(0, 80),
      });
    }
    const pageRows = parsed as unknown[];
    // A mirror that is a plain file (or a server ignoring `$limit`) sends every row at once.
    if (page === 0 && pageRows.length > endpoint.pageSize) {
      for (const row of pageRows) rows.push(row);
      break;
    }
    // One that honours `$limit` but not `$offset` sends the first page again: never whole.
    if (page > 0 && pageRows.length > 0 && sameRow(pageRows[0], rows[0]))
      throw new PayloadError({
        kind: 'wrong-shape',
        problem: 'offset-ignored',
        page: page + 1,
        detail: null,
      });
    // One by one: spreading a large page as arguments would overflow the stack.
    for (const row of pageRows) rows.push(row);
    if (pageRows.length < endpoint.pageSize) break;
  }
  if (rows.length === 0) throw new PayloadError({ kind: 'empty' });
  writeFileSync(file, JSON.stringify(rows));
  return { file, bytes, validators: first ?? { etag: null, lastModified: null } };
}

async function updateSource(
  db: Db,
  endpoint: Endpoint,
  options: UpdateOptions,
  dir: string,
  runAt: string,
) {
  const validators = lastValidators(db, endpoint.source, endpoint.url);
  const downloaded = await downloadSource(endpoint, options, validators, dir);
  if (downloaded === 'not-modified') {
    const records = sourceIds(db, endpoint.source);
    const live = [...records.values()].filter((withdrawn) => !withdrawn).length;
    db.transaction(() =>
      recordSnapshot(db, {
        runAt,
        source: endpoint.source,
        url: endpoint.url,
        fetchedAt: options.now().toISOString(),
        outcome: 'not-modified',
        etag: validators?.etag ?? null,
        lastModified: validators?.lastModified ?? null,
        bytes: 0,
        records: live,
        full: false,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        withdrawn: 0,
        importId: null,
      }),
    ).immediate();
    return { endpoint, kind: 'not-modified' as const, records: live };
  }

  const today = romeDate(options.now());
  const found = endpoint.pageSize === null ? numFoundOf(headOf(downloaded.file)) : null;
  const baseline = !hasSnapshot(db, endpoint.source);
  const changes: CallChange[] = [];
  const seen = new Set<string>();
  let partial: PartialSnapshot | null = null;
  const report = await importFile(db, {
    file: downloaded.file,
    label: `${endpoint.source} (${endpoint.url})`,
    format: endpoint.format,
    source: endpoint.source,
    now: options.now,
    onProgress: (p) =>
      options.onProgress?.({
        source: endpoint.source,
        phase: 'import',
        bytes: p.bytesRead,
        totalBytes: p.totalBytes,
        records: p.records,
      }),
    onMeasure: (measure) => seen.add(measure.id),
    observe: (before, after) => {
      const previous = before ? { ...before.measure, withdrawnOn: before.withdrawnOn } : null;
      const change = changeOf(previous, after, today, Boolean(before?.withdrawnOn));
      if (change) changes.push(change);
    },
    beforeCommit: (r, importId) => {
      if (found !== null && found > r.recordsRead) partial = { kind: 'fewer-than-found', found };
      else if (r.skipped > 0) partial = { kind: 'rows-skipped' };
      const { withdrawn, returned } = withdrawnIds(sourceIds(db, endpoint.source), seen);
      // A call back in its source is live again; its change (if any) was seen by `observe`.
      setWithdrawn(db, returned, null);
      for (const id of returned) {
        if (changes.some((c) => c.id === id)) continue;
        const measure = getMeasure(db, id);
        if (measure)
          changes.push({
            id,
            kind: 'returned',
            title: measure.title,
            fields: [
              { field: 'status', before: 'withdrawn', after: callStatus(measure, today).status },
            ],
          });
      }
      // Only a payload that holds the whole source says a call is gone.
      const withdrawNow = partial === null ? withdrawn : [];
      for (const id of withdrawNow) {
        const measure = getMeasure(db, id);
        if (!measure) continue;
        changes.push({
          id,
          kind: 'withdrawn',
          title: measure.title,
          fields: [
            { field: 'status', before: callStatus(measure, today).status, after: 'withdrawn' },
          ],
        });
      }
      setWithdrawn(db, withdrawNow, today);
      const snapshotId = recordSnapshot(db, {
        runAt,
        source: endpoint.source,
        url: endpoint.url,
        fetchedAt: options.now().toISOString(),
        outcome: 'imported',
        etag: downloaded.validators.etag,
        lastModified: downloaded.validators.lastModified,
        bytes: downloaded.bytes,
        records: r.recordsRead - r.skipped,
        full: partial === null,
        inserted: r.inserted,
        updated: r.updated,
        unchanged: r.unchanged,
        withdrawn: withdrawNow.length,
        importId,
      });
      recordChanges(db, snapshotId, changes, baseline);
    },
  });
  return {
    endpoint,
    kind: 'imported' as const,
    report,
    full: partial === null,
    partial: partial as PartialSnapshot | null,
    baseline,
    changes,
    bytes: downloaded.bytes,
  };
}

function failureOf(endpoint: Endpoint, error: unknown): SourceOutcome {
  if (error instanceof DownloadError)
    return { endpoint, kind: 'failed', failure: error.failure, offline: error.offline };
  if (error instanceof PayloadError)
    return { endpoint, kind: 'failed', failure: error.problem, offline: false };
  if (error instanceof FesrError && error.exitCode === 3) {
    // The importer's own verdict on the payload (no records, all rows bad, unreadable JSON).
    const noRecords = error.detail?.code === 'no-records';
    return {
      endpoint,
      kind: 'failed',
      failure: noRecords
        ? { kind: 'empty' }
        : {
            kind: 'bad-data',
            message: error.message,
            code: error.detail?.code ?? null,
            params: error.detail?.params ?? {},
          },
      offline: false,
    };
  }
  throw error;
}

/** Updates each source in turn; a failed one is reported and the next one still runs. */
export async function runUpdate(db: Db, options: UpdateOptions): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'fesr-update-'));
  // One time for the whole run: its snapshots share it, so `--new`/`--changed` (the newest run)
  // read every source's changes, not only the last source's.
  const runAt = options.now().toISOString();
  try {
    for (const endpoint of options.endpoints) {
      let outcome: SourceOutcome;
      try {
        outcome = await updateSource(db, endpoint, options, dir, runAt);
      } catch (error) {
        outcome = failureOf(endpoint, error);
      }
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return outcomes;
}
