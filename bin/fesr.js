#!/usr/bin/env node
// The command. `fesr --version` (or -v, -V) answers from package.json alone: it loads no CLI
// module and opens no database. Everything else runs the modules tsc wrote (dist/cli/), or a
// bundle of them when `node scripts/bundle.mjs` has made one since (opt-in: on this project's
// machines it did not measurably start faster); a bundle older than dist/cli/ is stale and never
// runs.
import { readFileSync, statSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && ['--version', '-v', '-V'].includes(args[0])) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${manifest.version}\n`);
} else {
  const modules = new URL('../dist/cli/main.js', import.meta.url);
  const bundle = new URL('../dist/bundle/main.js', import.meta.url);
  const built = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  await import(built(bundle) >= built(modules) ? bundle.href : modules.href);
}
