// fesr import FILE…: one transaction per file; a summary line each; bad rows reported on stderr.
import { stringify } from 'csv-stringify/sync';
import { FesrError } from '../../errors.js';
import { sanitizeText } from '../../output/text.js';
import { importFile, type ImportReport } from '../../importers/run-import.js';
import type { RowIssue } from '../../importers/types.js';
import { createProgressBar } from '../../output/progress.js';
import type { CliContext } from '../context.js';
import { checkWritable } from '../emit.js';
import { describeError, describeIssue } from '../localise.js';
import { withStore } from '../store.js';
import { writeWholeFile } from '../write-file.js';

export interface ImportFlags {
  format?: string;
  source?: string;
  strict?: boolean;
  dryRun?: boolean;
  rejects?: string;
  force?: boolean;
}

/** Rows printed on stderr; beyond this they go to a rejects file. */
const SHOWN_ISSUES = 10;

function writeRejects(
  path: string,
  issues: readonly RowIssue[],
  position: ImportReport['position'],
): void {
  writeWholeFile(
    path,
    stringify([[position, 'field', 'reason'], ...issues.map((i) => [i.line, i.field, i.reason])]),
  );
}

/**
 * Where the rejects go unasked (more than ten bad rows, no --rejects): beside the input file, as
 * `<input>.rejects.csv`; for standard input, in the current folder.
 */
export function defaultRejectsPath(file: string, now: number): string {
  return file === '-' ? `fesr-rejects-${now}.csv` : `${file}.rejects.csv`;
}

function reportIssues(ctx: CliContext, r: ImportReport, file: string, flags: ImportFlags): void {
  if (r.issues.length === 0) return;
  const c = ctx.errColors;
  const t = ctx.messages.admin;
  const at = (line: number) => (r.position === 'record' ? t.recordNumber(line) : `:${line}`);
  for (const issue of r.issues.slice(0, SHOWN_ISSUES)) {
    const reason = describeIssue(issue, ctx.messages);
    ctx.stderr.write(
      `${c.yellow(sanitizeText(t.skippedRow(`${r.file}${at(issue.line)}`, issue.field, reason)))}\n`,
    );
  }
  const rejects =
    flags.rejects ??
    (r.issues.length > SHOWN_ISSUES ? defaultRejectsPath(file, ctx.now().getTime()) : null);
  if (!rejects) return;
  try {
    writeRejects(rejects, r.issues, r.position);
    ctx.stderr.write(`${sanitizeText(t.rejectsWritten(r.issues.length, rejects))}\n`);
  } catch (error) {
    // The import has landed: a rejects file that cannot be written is a warning, not a failure.
    if (!(error instanceof FesrError)) throw error;
    const [message] = describeError(error, ctx.messages);
    ctx.stderr.write(`${c.yellow(sanitizeText(t.rejectsNotWritten(message, !r.dryRun)))}\n`);
    if (r.issues.length > SHOWN_ISSUES)
      ctx.stderr.write(`${t.moreProblems(r.issues.length - SHOWN_ISSUES)}\n`);
  }
}

export async function runImport(
  files: string[],
  flags: ImportFlags,
  ctx: CliContext,
): Promise<void> {
  // A rejects file that cannot be written is refused before anything is imported.
  // An existing one is replaced only with --force.
  if (flags.rejects) checkWritable(flags.rejects, flags.force, '--rejects');
  await withStore(ctx, async (db) => {
    const imported: string[] = [];
    for (const file of files) {
      const bar = createProgressBar(ctx.stderr);
      try {
        const report = await importFile(db, {
          file,
          format: flags.format ?? null,
          source: flags.source ?? null,
          strict: flags.strict,
          dryRun: flags.dryRun,
          stdin: ctx.stdin,
          now: ctx.now,
          onProgress: (p) => bar.update(p),
        });
        bar.done();
        // The summary first: the import has landed whatever happens to the rejects file.
        // Source names and file names come from the data: no control sequence reaches the terminal.
        ctx.stdout.write(`${sanitizeText(ctx.messages.admin.importSummary(report))}\n`);
        if (report.nonFinite)
          ctx.stderr.write(`${ctx.messages.admin.nonFiniteRead(report.file, report.nonFinite)}\n`);
        reportIssues(ctx, report, file, flags);
        if (!report.dryRun) imported.push(report.file);
      } catch (error) {
        bar.done();
        // Each file is its own transaction: say plainly that the files before this one stay.
        if (imported.length) ctx.stderr.write(`${ctx.messages.admin.importedBefore(imported)}\n`);
        throw error;
      }
    }
  });
}
