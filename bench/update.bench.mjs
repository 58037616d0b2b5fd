// fesr update as a user feels it: the whole national catalogue (6,000 calls by default,
// FESR_BENCH_CALLS) and 2,000 registry rows from a local server, then the same again (304),
// then a version with 1% of the calls changed, 1% gone and 1% new; then a search on that store.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fesr, fmt, tempDir } from './lib.mjs';

const report = (label, r) =>
  console.log(`${label.padEnd(52)} ${fmt.seconds(r).padStart(10)}  ${fmt.mb(r)}`);

const server = spawn(
  process.execPath,
  [fileURLToPath(new URL('update-server.mjs', import.meta.url))],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const port = await new Promise((resolve) =>
  server.stdout.once('data', (d) => resolve(String(d).trim())),
);
const base = `http://127.0.0.1:${port}`;
const dir = tempDir();
const env = {
  env: {
    FESR_DB: join(dir, 'update.sqlite'),
    FESR_URL_INCENTIVI: `${base}/incentivi`,
    FESR_URL_LOMBARDIA: `${base}/lombardia`,
  },
};
try {
  report('first run: create, seed (bundled)', await fesr(['stats'], env));
  const first = await fesr(['update'], env);
  report('update: baseline (catalogue + registry)', first);
  report('update: unchanged (304 both)', await fesr(['update'], env));
  await new Promise((resolve) => get(`${base}/bump`, (res) => res.resume().on('end', resolve)));
  const changed = await fesr(['update'], env);
  report('update: 1% changed, 1% gone, 1% new', changed);
  console.log(
    changed.stdout
      .split('\n')
      .filter((l) => /^\w+: /.test(l))
      .join('\n'),
  );
  report(
    'search on the updated store (cosmetics, CR)',
    await fesr(
      ['search', '--province', 'CR', '--size', 'small', '--ateco', '20.42', '--format', 'json'],
      env,
    ),
  );
  report(
    'search --changed on the updated store',
    await fesr(['search', '--changed', '--status', 'all', '--format', 'json'], env),
  );
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
