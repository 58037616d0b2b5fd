// Runs every benchmark in this folder: `bench/*.bench.mjs` files and the import benchmark.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs') || f === 'import-1m.mjs')
  .sort();
for (const file of files) {
  console.log(`# ${file}`);
  const r = spawnSync(process.execPath, [`${dir}${file}`], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
