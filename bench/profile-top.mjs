// Summarises a V8 CPU profile (`node --cpu-prof bin/fesr.js …`): self time per function, then
// inclusive time per function name, the evidence behind BENCHMARKS.md's "what remains".
//   node bench/profile-top.mjs FILE.cpuprofile [N]
// The data and the timings are the bench's own (bench/generate.mjs, `npm run bench`).
import { readFileSync } from 'node:fs';

function top(file, n) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|dist|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
    total += dt[i] ?? 0;
  });
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
  const show = ([key, us]) =>
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(5)}% ${(us / 1000).toFixed(0).padStart(6)} ms  ${key.slice(0, 140)}`,
    );
  console.log('self time:');
  rows.forEach(show);
  // Inclusive time of named functions: a sample counts once for each distinct name on its stack.
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const names = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (name) names.add(name);
    }
    for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0));
  });
  console.log('inclusive time:');
  [...inclusive]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(show);
}

const [file, n] = process.argv.slice(2);
if (file) top(file, Number(n ?? 25));
else console.error('usage: node bench/profile-top.mjs FILE.cpuprofile [N]');
