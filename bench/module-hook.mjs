// Counts the modules a process loads: `NODE_OPTIONS=--import=<this file's URL>` with
// FESR_BENCH_MODULES=<file>. ES modules are recorded by a loader hook (it sees every import,
// also of a CommonJS file); CommonJS files a CommonJS file requires are read from the require
// cache on exit. Each line of the file is one module's URL (duplicates are removed by the reader).
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = process.env.FESR_BENCH_MODULES;
if (out) {
  register('./module-hook-loader.mjs', import.meta.url, { data: { out } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const required = Object.keys(require.cache).map((path) => pathToFileURL(path).href);
    appendFileSync(out, required.map((url) => `${url}\n`).join(''));
  });
}
