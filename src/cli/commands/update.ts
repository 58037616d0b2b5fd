// fesr update [SOURCE…]: fetch the official open datasets and import them; say per source what
// is new, changed and withdrawn. A failed source changes nothing and makes the exit code 5.
import { romeDate } from '../../core/dates.js';
import { freshnessNotice } from '../../core/freshness.js';
import { UpdateError, UsageError } from '../../errors.js';
import { sourceDates } from '../../db/snapshots.js';
import { renderChanges } from '../../output/changes.js';
import { createProgressBar } from '../../output/progress.js';
import { sanitizeText } from '../../output/text.js';
import { resolveEndpoints } from '../../update/endpoints.js';
import { createHttpClient } from '../../update/http.js';
import { runUpdate, type SourceOutcome } from '../../update/run-update.js';
import type { CliContext } from '../context.js';
import { withStore } from '../store.js';

export interface UpdateFlags {
  url?: string[];
  timeout?: string;
  retries?: string;
}

function positiveNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} ${value}: expected a positive number`, `e.g. ${flag} 30`, {
      detail: {
        code: 'bad-option-number',
        params: { flag, input: value, example: '30', min: '>0' },
      },
    });
  return n;
}

/** A count that may be 0: `--retries 0` tries once. */
function wholeNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n))
    throw new UsageError(`${flag} ${value}: expected a whole number, 0 or more`, `e.g. ${flag} 3`, {
      detail: { code: 'bad-option-number', params: { flag, input: value, example: '3', min: '0' } },
    });
  return n;
}

function report(ctx: CliContext, outcome: SourceOutcome): void {
  const t = ctx.messages.update;
  const source = outcome.endpoint.source;
  switch (outcome.kind) {
    case 'not-modified':
      ctx.stdout.write(`${t.notModified(source, outcome.records)}\n`);
      return;
    case 'failed':
      ctx.stderr.write(`${ctx.errColors.red(sanitizeText(t.failed(source, outcome.failure)))}\n`);
      ctx.stderr.write(`${t.keptData(source)}\n`);
      return;
    case 'imported': {
      const r = outcome.report;
      const count = (kind: string) => outcome.changes.filter((c) => c.kind === kind).length;
      if (outcome.baseline) {
        ctx.stdout.write(`${t.baseline(source, r.recordsRead - r.skipped)}\n`);
      } else {
        const changed = count('changed');
        ctx.stdout.write(
          `${t.imported(source, {
            read: r.recordsRead,
            inserted: r.inserted,
            changed,
            withdrawn: count('withdrawn'),
            returned: count('returned'),
            // Records whose stored form changed without a change a reader sees count as unchanged.
            unchanged: r.recordsRead - r.skipped - r.inserted - changed - count('returned'),
            skipped: r.skipped,
            seconds: r.seconds,
          })}\n`,
        );
        ctx.stdout.write(renderChanges(outcome.changes, ctx.messages));
      }
      if (outcome.partial)
        ctx.stderr.write(
          `${ctx.errColors.yellow(t.partial(source, outcome.partial, r.recordsRead))}\n`,
        );
    }
  }
}

export async function runUpdateCommand(
  sources: string[],
  flags: UpdateFlags,
  ctx: CliContext,
): Promise<void> {
  const endpoints = resolveEndpoints(flags.url ?? [], ctx.env, sources);
  const timeoutSeconds = positiveNumber('--timeout', flags.timeout, 60);
  const retries = wholeNumber('--retries', flags.retries, 3);
  // The first wait before a retry; tests and mirrors on a local network may shorten it.
  const retryBaseMs = positiveNumber('FESR_RETRY_DELAY_MS', ctx.env.FESR_RETRY_DELAY_MS, 1000);
  const http = createHttpClient(
    { timeoutMs: timeoutSeconds * 1000, attempts: retries + 1, retryBaseMs },
    'fesr (open-data update)',
  );
  try {
    await withStore(ctx, async (db) => {
      let bar = createProgressBar(ctx.stderr);
      let current = '';
      const outcomes = await runUpdate(db, {
        endpoints,
        http,
        now: ctx.now,
        onProgress: (p) => {
          if (p.source !== current) {
            bar.done();
            bar = createProgressBar(ctx.stderr);
            current = p.source;
          }
          bar.update({
            bytesRead: p.bytes,
            totalBytes: p.totalBytes,
            records: p.records,
            ...(p.phase === 'download' ? { download: { label: p.source } } : {}),
          });
        },
        onOutcome: (outcome) => {
          bar.done();
          report(ctx, outcome);
        },
      });
      const failed = outcomes.filter((o) => o.kind === 'failed');
      if (failed.length === 0) return;
      if (failed.some((o) => o.kind === 'failed' && o.offline)) {
        const dates = sourceDates(db);
        const newest = dates.length ? dates.reduce((a, b) => (b.asOf > a.asOf ? b : a)).asOf : null;
        ctx.stderr.write(`${ctx.messages.update.offline(newest)}\n`);
      }
      const notice = freshnessNotice(sourceDates(db), romeDate(ctx.now()));
      if (notice) ctx.stderr.write(`${ctx.messages.update.freshness(notice)}\n`);
      const [message, hint] = ctx.messages.update.failedSummary(
        failed.map((o) => o.endpoint.source),
        outcomes.length,
      );
      throw new UpdateError(message, hint);
    });
  } finally {
    await http.close();
  }
}
