// `npm run bench`: generates its data, measures every part in one run, prints one table and
// rewrites the "Latest run" section of BENCHMARKS.md. `node bench/run.mjs PART[,PART]` runs
// some parts (import, search, render, startup, match; or update alone) and only prints. Speed
// and memory are measured here, never in tests.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createFixtures } from './fixtures.mjs';
import { importPart } from './import.mjs';
import { fmt, markdownTable, RUNS, SIZES, TIMEOUT_S } from './lib.mjs';
import { matchPart } from './match.mjs';
import { renderPart, searchPart } from './search.mjs';
import { startupPart } from './startup.mjs';

const PARTS = {
  import: importPart,
  search: searchPart,
  render: renderPart,
  startup: startupPart,
  match: matchPart,
};
const BENCHMARKS_MD = new URL('../BENCHMARKS.md', import.meta.url);
const LATEST_START = '<!-- latest-run:start -->';
const LATEST_END = '<!-- latest-run:end -->';

function machine() {
  const sqliteShell = spawnSync('/usr/bin/sqlite3', ['--version'], { encoding: 'utf8' });
  const memory = new Database(':memory:');
  const betterSqlite = memory.prepare('SELECT sqlite_version()').pluck().get();
  memory.close();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return [
    `CPU: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}`,
    `RAM: ${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `Node ${process.version}`,
    `SQLite ${betterSqlite} (better-sqlite3), ${
      sqliteShell.status === 0 ? sqliteShell.stdout.split(' ')[0] : 'not found'
    } (sqlite3 shell)`,
    `commit ${commit.status === 0 ? commit.stdout.trim() : 'unknown'}`,
    `date ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ].join('; ');
}

async function benchTable(names) {
  const fixtures = createFixtures();
  const started = Date.now();
  const sections = [];
  try {
    for (const name of names) {
      console.error(`## ${name}`);
      sections.push(await PARTS[name](fixtures));
    }
  } finally {
    rmSync(fixtures.dir, { recursive: true, force: true });
  }
  const rows = sections.flatMap((s) =>
    s.rows.map((r) => [
      s.title,
      r.what,
      String(r.result.runs),
      fmt.seconds(r.result),
      fmt.mb(r.result),
      r.figures,
      r.target,
    ]),
  );
  const table = markdownTable(
    ['Part', 'Command', 'Runs', 'Time (median)', 'Peak RSS', 'Figures', 'Target'],
    rows,
  );
  const skipped = sections.flatMap((s) => s.skipped);
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  return [
    `Machine: ${machine()}.`,
    '',
    `Sizes ${SIZES.map(fmt.rows).join(', ')}; up to ${RUNS} runs a command (an import of 1M once, ` +
      `a command no more once its runs took ${TIMEOUT_S} s); timeout ${TIMEOUT_S} s a command ` +
      `(an import of 1M: 300 s); ` +
      `whole bench ${minutes} min.`,
    '',
    table,
    '',
    skipped.length ? `Skipped: ${skipped.join('; ')}.` : 'Nothing skipped.',
  ].join('\n');
}

function writeLatest(text) {
  const md = readFileSync(BENCHMARKS_MD, 'utf8');
  const start = md.indexOf(LATEST_START);
  const end = md.indexOf(LATEST_END);
  if (start < 0 || end < start) throw new Error(`BENCHMARKS.md has no ${LATEST_START} section`);
  writeFileSync(
    BENCHMARKS_MD,
    `${md.slice(0, start + LATEST_START.length)}\n\n${text}\n\n${md.slice(end)}`,
  );
}

const only = process.argv[2];
if (only === 'update') {
  const script = fileURLToPath(new URL('update.bench.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} else if (only && !only.split(',').every((name) => PARTS[name])) {
  console.error(`unknown part in ${only}: one of ${[...Object.keys(PARTS), 'update'].join(', ')}`);
  process.exitCode = 2;
} else {
  const text = await benchTable(only ? only.split(',') : Object.keys(PARTS));
  console.log(text);
  if (!only) writeLatest(text);
}
