// Start-up: how long `fesr --version` and a search on the bundled store take as whole processes,
// and how many modules each loads (counted by module-hook.mjs).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fesr, repeat, RUNS } from './lib.mjs';

const HOOK = new URL('module-hook.mjs', import.meta.url).href;
const COMMANDS = [
  { what: 'fesr --version', args: ['--version'] },
  { what: 'fesr search --format json (bundled)', args: ['search', '--format', 'json'] },
  { what: 'fesr search, table (bundled)', args: ['search', '--province', 'CR'] },
];

function countModules(listFile) {
  const urls = new Set(readFileSync(listFile, 'utf8').split('\n').filter(Boolean));
  return [...urls].filter((url) => !url.includes('/bench/module-hook')).length;
}

export async function startupPart(fixtures) {
  const db = await fixtures.freshStore();
  const rows = [];
  for (const c of COMMANDS) {
    const result = await repeat(RUNS, () => fesr(c.args, { env: { FESR_DB: db } }));
    const listFile = join(fixtures.dir, 'modules.txt');
    rmSync(listFile, { force: true });
    await fesr(c.args, {
      env: { FESR_DB: db, FESR_BENCH_MODULES: listFile, NODE_OPTIONS: `--import=${HOOK}` },
    });
    rows.push({
      what: c.what,
      result,
      figures: `${countModules(listFile)} modules loaded`,
      target: '',
    });
  }
  return { title: 'Start-up', rows, skipped: [] };
}
