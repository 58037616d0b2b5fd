// Whole-process search time, as a user feels it, on the bundled store and on the stores the fesr
// CSV imports built, each against a bare node + better-sqlite3 process running one comparable
// query on the same file; then a table of 100,000 rows rendered to a file.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, fesr, fmt, measure, repeat, RUNS, SIZES } from './lib.mjs';

const BARE = fileURLToPath(new URL('bare-query.mjs', import.meta.url));
const QUERIES = [
  {
    kind: 'selective',
    what: 'selective profile (CR, small, 20.42)',
    args: ['search', '--province', 'CR', '--size', 'small', '--ateco', '20.42'],
  },
  { kind: 'broad', what: 'broad, --limit 50', args: ['search', '--limit', '50'] },
  {
    kind: 'text',
    what: '--text "transizione digitale" --limit 50',
    args: ['search', '--text', 'transizione digitale', '--limit', '50'],
  },
];

function targetFor(kind, size) {
  if (kind === 'selective' && size === 'bundled') return '<= 1.3x bare node';
  if (kind === 'selective' && size >= 1_000_000) return '<= 0.5 s, < 150 MB';
  if (kind === 'broad' && size >= 1_000_000) return '<= 1 s';
  return '';
}

async function searchRows(db, size) {
  const label = size === 'bundled' ? 'bundled store' : `${fmt.rows(size)} store`;
  const rows = [];
  for (const q of QUERIES) {
    const env = { env: { FESR_DB: db } };
    const search = await repeat(RUNS, () =>
      fesr([...q.args, '--format', 'json', '--as-of', AS_OF], env),
    );
    const bare = await repeat(RUNS, () =>
      measure(process.execPath, [BARE, db, q.kind, AS_OF], env),
    );
    const ratio =
      search.timedOut || bare.timedOut
        ? ''
        : `${fmt.ratio(search.seconds, bare.seconds)} of bare node (${fmt.seconds(bare)}, ${fmt.mb(bare)})`;
    rows.push({
      what: `search, ${label}: ${q.what}`,
      result: search,
      figures: ratio,
      target: targetFor(q.kind, size),
    });
  }
  return rows;
}

export async function searchPart(fixtures) {
  const rows = await searchRows(await fixtures.freshStore(), 'bundled');
  const skipped = [];
  for (const size of SIZES) {
    const db = await fixtures.csvStore(size);
    if (db) rows.push(...(await searchRows(db, size)));
    else skipped.push(`search on the ${fmt.rows(size)} store (its import timed out)`);
  }
  return { title: 'Search', rows, skipped };
}

/**
 * A table of every row of the 100k store (or of the largest store up to 100k that
 * FESR_BENCH_SIZES keeps), written to a file as a user's pipe would get it.
 */
export async function renderPart(fixtures) {
  const size = Math.max(...SIZES.filter((n) => n <= 100_000));
  const title = 'Table rendering';
  if (!Number.isFinite(size)) return { title, rows: [], skipped: ['no size up to 100,000'] };
  const db = await fixtures.csvStore(size);
  if (!db) return { title, rows: [], skipped: [`the ${fmt.rows(size)} store (import timed out)`] };
  const out = join(fixtures.dir, `table-${size}.txt`);
  const result = await repeat(RUNS, () =>
    fesr(['search', '--status', 'all', '--as-of', AS_OF], {
      env: { FESR_DB: db },
      stdoutFile: out,
    }),
  );
  return {
    title,
    rows: [
      {
        what: `search --status all, table of ${fmt.rows(size)} rows to a file`,
        result,
        figures: '',
        target: size === 100_000 ? '<= 5 s, < 200 MB' : '',
      },
    ],
    skipped: [],
  };
}
