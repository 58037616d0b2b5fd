// A store of N measures of realistic shape for the search benchmarks: the records of the real
// incentivi.gov.it export (test/fixtures/import), as imported, copied with new ids and spread over
// dates (2019-2027) and regions; plus the bundled data. Written through the given build's
// `measureWriter` in one transaction (a whole import through the binary takes much longer).
// Usage: node bench/store-1m.mjs DB_PATH [N] [BUILD_DIR]   (BUILD_DIR defaults to this checkout)
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [path, n = '1000000', build = fileURLToPath(new URL('..', import.meta.url))] =
  process.argv.slice(2);
const load = (file) => import(pathToFileURL(join(build, 'dist', file)).href);
const { openDatabase } = await load('db/open.js');
const { seedBundled } = await load('importers/bundled.js');
const { seedingNeeded } = await load('importers/seed-check.js');
const { importFile } = await load('importers/run-import.js');
const { measureWriter, queryMeasures } = await load('db/measures.js');

const { db } = openDatabase(path);
await seedBundled(db, seedingNeeded(db));
const fixture = join(
  fileURLToPath(new URL('..', import.meta.url)),
  'test/fixtures/import/incentivi-gov-it_evoluto_opendata-export_2025-06-28.json',
);
await importFile(db, { file: fixture });
const real = queryMeasures(db, { source: 'incentivi' });
const regions = ['03', '03', '03', '12', '05', '01', '08', '09', '15', '19'];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const day = (from, span) =>
  new Date(Date.UTC(from, 0, 1) + Math.floor(random() * span) * 86_400_000)
    .toISOString()
    .slice(0, 10);
const write = measureWriter(db, null, new Date().toISOString());
const started = Date.now();
db.transaction(() => {
  for (let i = 0; i < Number(n) - real.length; i++) {
    const base = real[i % real.length];
    const opens = day(2019, 365 * 8);
    const closes =
      random() < 0.1
        ? null
        : new Date(Date.parse(opens) + (30 + Math.floor(random() * 400)) * 86_400_000)
            .toISOString()
            .slice(0, 10);
    const territory =
      base.territory.includes('IT') || base.territory.length === 0
        ? base.territory
        : [`region:${regions[i % regions.length]}`];
    write({
      ...base,
      id: `bench-${i}`,
      title: `${base.title} (${i})`,
      url: base.url ? `${base.url}#${i}` : null,
      callCode: null,
      opensAt: opens,
      closesAt: closes,
      territory,
    });
  }
})();
console.log(`${n} measures in ${((Date.now() - started) / 1000).toFixed(0)} s`);
db.close();
