// How long a search takes as a user feels it (a whole process), on the bundled data and on a store
// of 100,000 measures, with peak memory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fesr, report, tempDir } from './lib.mjs';

const RUNS = 7;
const dir = tempDir();
const db = join(dir, 'bundled.sqlite');
const env = { FESR_DB: db };

report('first run: create + seed the store', [fesr(['stats'], env)]);
const repeat = (label, args, e = env) =>
  report(
    label,
    Array.from({ length: RUNS }, () => fesr(args, e)),
  );
repeat('fesr --version (start-up)', ['--version']);
// The cosmetics maker in Cremona of the README, on both stores.
const cosmetics = ['search', '--province', 'CR', '--size', 'small', '--ateco', '20.42'];
repeat('search, bundled data, table', cosmetics);
repeat('search, bundled data, --status all --format json', [
  'search',
  '--status',
  'all',
  '--format',
  'json',
]);
repeat('search --text "transizione digitale"', [
  'search',
  '--status',
  'all',
  '--text',
  'transizione digitale',
]);

// A large store: 100,000 synthetic measures imported from a fesr CSV.
const rows = 100_000;
const lines = [
  'id,title,description,programme,opensAt,closesAt,budgetEur,maxAidEur,aidForms,sizes,atecoIncluded,atecoExcluded,territory,applicants',
];
const provinces = ['CR', 'MI', 'BG', 'BS', 'TO', 'RM', 'NA'];
for (let i = 0; i < rows; i++) {
  const year = 2024 + (i % 4);
  lines.push(
    [
      `synthetic-${i}`,
      `Bando sintetico numero ${i} per innovazione e digitalizzazione`,
      `"Contributi per progetti di ricerca, sviluppo e transizione ecologica delle imprese (${i})"`,
      i % 3 ? 'PR FESR Lombardia 2021-2027' : '',
      `${year}-0${1 + (i % 9)}-10`,
      `${year + 1}-0${1 + (i % 9)}-20`,
      1_000_000 + i,
      50_000 + (i % 1000),
      i % 2 ? 'grant' : 'grant; loan',
      i % 5 ? 'micro; small; medium' : 'micro; small; medium; large',
      '*',
      i % 4 ? 'A; K' : '61; 62; 63',
      i % 7 ? 'region:03' : `province:${provinces[i % provinces.length]}`,
      'firm',
    ].join(','),
  );
}
const csv = join(dir, 'synthetic.csv');
writeFileSync(csv, `${lines.join('\n')}\n`);
const bigEnv = { FESR_DB: join(dir, 'big.sqlite') };
fesr(['stats'], bigEnv);
report(`import ${rows.toLocaleString('en-US')} measures (fesr CSV)`, [
  fesr(['import', csv], bigEnv),
]);
repeat(
  'search, 100k store, profile, table',
  [...cosmetics, '--as-of', '2025-06-01', '--limit', '20'],
  bigEnv,
);
repeat(
  'search, 100k store, --text innovazione --limit 20',
  ['search', '--text', 'innovazione', '--limit', '20', '--as-of', '2025-06-01'],
  bigEnv,
);
