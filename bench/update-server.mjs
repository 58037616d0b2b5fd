// A local stand-in for the two open-data sources, for the update benchmark: real records of the
// incentivi.gov.it export multiplied to the catalogue's size, and Socrata pages of registry rows.
// Prints its port; GET /bump switches to a second version (some calls changed, added, removed).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../test/fixtures/import/', import.meta.url));
const real = JSON.parse(
  readFileSync(`${fixtures}incentivi-gov-it_evoluto_opendata-export_2025-06-28.json`, 'utf8')
    .replace(/\bNaN\b/g, 'null')
    .replace(/-?\bInfinity\b/g, 'null'),
);
const rows = JSON.parse(readFileSync(`${fixtures}lombardia-rows.json`, 'utf8'));
const CALLS = Number(process.env.FESR_BENCH_CALLS ?? 6000);
const REGISTRY = 2000;

function catalogue(version) {
  const docs = [];
  for (let i = 0; i < CALLS; i++) {
    // Version 2: 1% removed, 1% changed (deadline and budget), 1% new.
    if (version === 2 && i % 100 === 1) continue;
    const doc = { ...real[i % real.length], ID_Incentivo: String(100000 + i) };
    if (version === 2 && i % 100 === 2) {
      doc.Data_chiusura = '2027-12-31T00:00:00';
      doc.Stanziamento_incentivo = '123456789';
    }
    docs.push(doc);
  }
  if (version === 2)
    for (let i = 0; i < CALLS / 100; i++)
      docs.push({ ...real[i % real.length], ID_Incentivo: String(900000 + i) });
  return JSON.stringify({
    responseHeader: { status: 0 },
    response: { numFound: docs.length, start: 0, docs },
  });
}

function registry() {
  return Array.from({ length: REGISTRY }, (_, i) => ({
    ...rows[i % rows.length],
    codice_bando: `RLO1${String(20260000000 + i)}`,
  }));
}

let version = 1;
let bodies = { incentivi: catalogue(1), lombardia: registry() };
const etag = (text) => `"${createHash('sha1').update(text).digest('hex')}"`;

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/bump') {
    version = 2;
    bodies = { ...bodies, incentivi: catalogue(2) };
    return res.end('ok');
  }
  let body;
  if (url.pathname === '/incentivi') body = bodies.incentivi;
  else if (url.pathname === '/lombardia') {
    const limit = Number(url.searchParams.get('$limit') ?? 1000);
    const offset = Number(url.searchParams.get('$offset') ?? 0);
    body = JSON.stringify(bodies.lombardia.slice(offset, offset + limit));
  } else {
    res.statusCode = 404;
    return res.end();
  }
  const tag = etag(`${version}:${url.search}:${body.length}`);
  if (req.headers['if-none-match'] === tag) {
    res.statusCode = 304;
    return res.end();
  }
  res.setHeader('content-type', 'application/json');
  res.setHeader('etag', tag);
  res.end(body);
}).listen(0, '127.0.0.1', function () {
  console.log(this.address().port);
});
