// Import throughput: `fesr import` of a fesr CSV and of an incentivi JSON export into a fresh,
// seeded store, against the sqlite3 shell (and sqlite-utils, where installed) loading the same CSV
// and indexing the same text columns with FTS5.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fesr, fmt, measure, repeat, RUNS, SIZES, TIMEOUT_S } from './lib.mjs';

const SQLITE3 = '/usr/bin/sqlite3';
/** The incentivi JSON is ~4 KB a record: above this many rows it would not fit the time budget. */
/** An incentivi record is ~4.5 KB of long Italian text read for rules: 10,000 fit the budget. */
const JSON_MAX_ROWS = Number(process.env.FESR_BENCH_JSON_MAX ?? 10_000);

export function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).find((dir) => existsSync(join(dir, command)));
}

/** A long import once: its run-to-run spread is small beside its length. */
const runsFor = (rows) => (rows >= 100_000 ? 1 : RUNS);
/** A 1.7 GB CSV takes the sqlite3 shell itself about a minute: an import of 1M gets 300 s. */
const timeoutFor = (rows) => Math.max(TIMEOUT_S, (300 * rows) / 1_000_000);
const throughput = (rows, r) => (r.timedOut ? null : rows / r.seconds);
const rate = (rows, r) => (r.timedOut ? '' : `${fmt.rows(Math.round(rows / r.seconds))} rows/s`);

export async function importPart(fixtures) {
  const rows = [];
  const skipped = [];
  for (const size of SIZES) {
    const csv = await fixtures.fesrCsv(size);
    const label = fmt.rows(size);
    let kept = null;
    const fesrRun = await repeat(runsFor(size), async () => {
      const db = await fixtures.freshStore();
      const r = await fesr(['import', csv], { env: { FESR_DB: db }, timeoutS: timeoutFor(size) });
      if (!r.timedOut) kept = db;
      return r;
    });
    // A store whose timed import timed out is built again, untimed, by the search part.
    if (kept && !fixtures.stores.has(size)) fixtures.stores.set(size, kept);
    const shell = existsSync(SQLITE3)
      ? await repeat(runsFor(size), async (i) => {
          const db = join(fixtures.dir, `shell-${size}-${i}.sqlite`);
          return measure(
            SQLITE3,
            [
              db,
              '.mode csv',
              `.import ${csv} t`,
              "CREATE VIRTUAL TABLE f USING fts5(title, description, tokenize='unicode61 remove_diacritics 2');" +
                ' INSERT INTO f SELECT title, description FROM t;',
            ],
            { timeoutS: timeoutFor(size) },
          );
        })
      : null;
    if (!shell) skipped.push(`sqlite3 shell (${SQLITE3} not found)`);
    const ratio =
      shell && !fesrRun.timedOut && !shell.timedOut
        ? `${fmt.ratio(throughput(size, fesrRun), throughput(size, shell))} of shell`
        : '';
    rows.push({
      what: `fesr import, fesr CSV, ${label} rows`,
      result: fesrRun,
      figures: [rate(size, fesrRun), ratio].filter(Boolean).join(', '),
      target: size >= 1_000_000 ? '>= 0.5x shell, < 150 MB' : '>= 0.5x shell',
    });
    if (shell) {
      rows.push({
        what: `sqlite3 shell .import + FTS5, same CSV, ${label} rows`,
        result: shell,
        figures: rate(size, shell),
        target: '',
      });
    }
    if (onPath('sqlite-utils')) {
      const utils = await repeat(runsFor(size), (i) =>
        measure(
          'sqlite-utils',
          ['insert', join(fixtures.dir, `utils-${size}-${i}.sqlite`), 't', csv, '--csv'],
          { timeoutS: timeoutFor(size) },
        ),
      );
      rows.push({
        what: `sqlite-utils insert --csv, same CSV, ${label} rows`,
        result: utils,
        figures: rate(size, utils),
        target: '',
      });
    } else if (!skipped.some((s) => s.startsWith('sqlite-utils'))) {
      skipped.push('sqlite-utils (not installed: Debian package python3-sqlite-utils)');
    }
    if (size <= JSON_MAX_ROWS) {
      const json = await fixtures.incentiviJson(size);
      const jsonRun = await repeat(runsFor(size), async () =>
        fesr(['import', json], {
          env: { FESR_DB: await fixtures.freshStore() },
          timeoutS: timeoutFor(size),
        }),
      );
      rows.push({
        what: `fesr import, incentivi JSON, ${label} records`,
        result: jsonRun,
        figures: rate(size, jsonRun),
        target: '',
      });
    } else {
      skipped.push(
        `incentivi JSON of ${label} records (above FESR_BENCH_JSON_MAX=${JSON_MAX_ROWS})`,
      );
    }
  }
  return { title: 'Import', rows, skipped };
}
