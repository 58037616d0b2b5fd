// Import profile: generates a realistic fesr CSV and an incentivi.gov.it-shaped JSON (sentences,
// sizes, ATECO and territory lists sampled from the real export and the bundled data), times
// `fesr import` against the sqlite3 shell doing the same work, and summarises a .cpuprofile.
//   node bench/import-profile.mjs gen DIR ROWS            writes DIR/fesr-ROWS.csv, DIR/incentivi-ROWS.json
//   node bench/import-profile.mjs time FILE [--shell]     seeds a store, times the import (and the shell)
//   node bench/import-profile.mjs top FILE.cpuprofile [N] self time per function
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// FESR_BIN times another build (e.g. the main branch's) on the same files.
const bin = process.env.FESR_BIN ?? join(root, 'bin/fesr.js');
const EXPORT = join(
  root,
  'test/fixtures/import/incentivi-gov-it_evoluto_opendata-export_2025-06-28.json',
);

/** A deterministic generator, so that runs compare. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function csvCell(value) {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writer(path) {
  const out = createWriteStream(path);
  const write = (text) =>
    out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve));
  const end = () => new Promise((resolve) => out.end(resolve));
  return { write, end };
}

async function generate(dir, rows) {
  const real = JSON.parse(readFileSync(EXPORT, 'utf8'));
  const sentences = real
    .flatMap((r) => String(r.Descrizione ?? '').split(/(?<=[.;])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 30 && s.length < 400);
  const titles = real.map((r) => String(r.Titolo ?? '')).filter((t) => t.length > 10);
  const bundled = readFileSync(join(root, 'data/measures.csv'), 'utf8');
  // The bundled data's list cells, sampled by column.
  const lines = bundled.split('\n');
  const header = lines[0].split(',');
  const rand = rng(rows);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const description = () => {
    const target = 300 + Math.floor(rand() * 1200);
    let text = '';
    while (text.length < target) text += (text ? ' ' : '') + pick(sentences);
    return text;
  };
  const title = (i) => {
    let t = `${pick(titles)} ${i}`;
    if (t.length > 120) t = t.slice(0, 110) + ` ${i}`;
    return t;
  };
  const SIZES = ['micro; small; medium', 'micro; small', 'small; medium; large', ''];
  const FORMS = ['grant', 'loan', 'grant; loan', 'guarantee', 'other'];
  const ATECO = ['*', 'C', '62; 63', '10; 11; 20.42', 'C; F; J', ''];
  const EXCL = ['', 'A; K', '12; 46.35; 47.26', '01; 02; 03'];
  const TERR = ['region:03', 'province:CR; province:MI', 'IT', 'region:03; municipality:019036'];
  void header;

  const csv = await writer(join(dir, `fesr-${rows}.csv`));
  await csv.write(
    'id,title,source,description,programme,opensAt,closesAt,budgetEur,maxAidEur,aidForms,sizes,atecoIncluded,atecoExcluded,territory,url\n',
  );
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const cells = [
      `gen-${i}`,
      title(i),
      'custom',
      description(),
      rand() < 0.5 ? 'PR FESR Lombardia 2021-2027' : 'Regione Lombardia',
      `2024-01-${day}`,
      `2026-06-${day}`,
      String(Math.floor(rand() * 50_000_000)),
      String(Math.floor(rand() * 1_000_000)),
      pick(FORMS),
      pick(SIZES),
      pick(ATECO),
      pick(EXCL),
      pick(TERR),
      `https://example.org/bandi/${i}`,
    ];
    await csv.write(cells.map(csvCell).join(',') + '\n');
  }
  await csv.end();

  if (process.env.FESR_GEN === 'csv') return;
  const json = await writer(join(dir, `incentivi-${rows}.json`));
  await json.write('[\n');
  for (let i = 1; i <= rows; i++) {
    const base = real[i % real.length];
    const record = {
      ...base,
      ID_Incentivo: 100_000 + i,
      Titolo: title(i),
      Descrizione: description(),
      Link_istituzionale: `https://example.org/incentivi/${i}`,
    };
    await json.write((i > 1 ? ',\n' : '') + JSON.stringify(record));
  }
  await json.write('\n]\n');
  await json.end();
}

function timed(command, args, env) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e s %M KB %U u %S s', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const m = /([\d.]+) s (\d+) KB ([\d.]+) u ([\d.]+) s\s*$/.exec(r.stderr);
  if (r.status !== 0) process.stderr.write(r.stderr.slice(-2000));
  return {
    seconds: m ? Number(m[1]) : NaN,
    mb: m ? Number(m[2]) / 1024 : NaN,
    cpu: m ? Number(m[3]) + Number(m[4]) : NaN,
    out: r.stdout,
  };
}

function time(file, shell) {
  const dir = mkdtempSync(join(tmpdir(), 'fesr-prof-'));
  try {
    const env = { FESR_DB: join(dir, 't.sqlite'), FESR_CONFIG_DIR: join(dir, 'cfg') };
    execFileSync('node', [bin, 'sources'], {
      env: { ...process.env, ...env },
    });
    const rows = Number(/(\d+)\.(csv|json)$/.exec(file)?.[1] ?? 0);
    const f = timed('node', [bin, 'import', file], env);
    console.log(
      `fesr  ${file}: ${f.seconds} s (cpu ${f.cpu.toFixed(1)} s), ${Math.round(rows / f.seconds)} rows/s, ${f.mb.toFixed(0)} MB`,
    );
    if (shell && file.endsWith('.csv')) {
      const db = join(dir, 'shell.sqlite');
      const sql = `.mode csv\n.import ${file} t\nCREATE VIRTUAL TABLE f USING fts5(title, description);\nINSERT INTO f SELECT title, description FROM t;\n`;
      const r = spawnSync('/usr/bin/time', ['-f', '%e s %M KB %U u %S s', '/usr/bin/sqlite3', db], {
        input: sql,
        encoding: 'utf8',
      });
      const m = /([\d.]+) s (\d+) KB ([\d.]+) u ([\d.]+) s\s*$/.exec(r.stderr);
      const s = Number(m?.[1]);
      const cpu = Number(m?.[3]) + Number(m?.[4]);
      console.log(
        `shell ${file}: ${s} s (cpu ${cpu.toFixed(1)} s), ${Math.round(rows / s)} rows/s, ${(Number(m?.[2]) / 1024).toFixed(0)} MB; fesr/shell throughput ${(s / f.seconds).toFixed(2)}x`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'gen') await generate(rest[0], Number(rest[1]));
else if (cmd === 'time') time(rest[0], rest.includes('--shell'));
else if (cmd === 'top') top(rest[0], Number(rest[1] ?? 25));
else console.error('usage: gen DIR ROWS | time FILE [--shell] | top FILE.cpuprofile [N]');
