// Bundles the CLI (dist/ as tsc wrote it) into a few files under dist/bundle/: a start-up then
// loads a handful of modules instead of a hundred. Every package stays external (better-sqlite3 is
// native; the others load as they always did); each command body stays a chunk of its own, loaded
// only when its command runs, as the dynamic import in program.ts says. dist/bundle/ sits two
// levels below the package, like dist/cli/, so paths from import.meta.url (package.json, data/)
// point where they did.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: `${root}dist/cli/main.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
