// `fesr update` end to end: the built binary against a real HTTP server in this process, serving
// recorded real payloads (the incentivi.gov.it export as its Solr answer, the Lombardy registry
// in Socrata pages), then the network's faults, a proxy, and `fesr news`.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  closedPort,
  redirect,
  sequence,
  socrata,
  solr,
  solrBody,
  stall,
  startConnectProxy,
  startFixtureServer,
  truncated,
  type FixtureServer,
} from '../helpers/http-fixture-server.js';
import { baseEnv, BIN, COSMETICS_CR, tempDir, type RunResult } from '../helpers/run-fesr.js';
import { dumpDb, FIXTURES } from './run-fesr.js';

type Doc = Record<string, unknown> & { ID_Incentivo: number; Titolo: string };
type Row = Record<string, unknown> & { codice_bando: string };

const EXPORT = JSON.parse(
  readFileSync(join(FIXTURES, 'incentivi-gov-it_evoluto_opendata-export_2025-06-28.json'), 'utf8'),
) as Doc[];
/** 40 real records: the first of the export. */
const DOCS = EXPORT.slice(0, 40);
/** The next export: record 148 closes later with a larger budget, 1046 is gone, 197 is new. */
const CHANGED_ID = 148;
const REMOVED_ID = 1046;
const ADDED_ID = 197;
const REOPENED_ID = 864;
const CHANGED_DOCS: Doc[] = [
  ...DOCS.filter((d) => d.ID_Incentivo !== REMOVED_ID).map((d) =>
    d.ID_Incentivo === CHANGED_ID
      ? { ...d, Data_chiusura: '2027-03-31T00:00:00', Stanziamento_incentivo: '200000000' }
      : d,
  ),
  EXPORT.find((d) => d.ID_Incentivo === ADDED_ID) as Doc,
];

/** The registry's real rows, repeated under distinct codes: 2,500 rows, three Socrata pages. */
const REAL_ROWS = [
  (
    JSON.parse(readFileSync(join(FIXTURES, 'lombardia-sample.json'), 'utf8')) as {
      socrata_row: Row;
    }
  ).socrata_row,
  ...(JSON.parse(readFileSync(join(FIXTURES, 'lombardia-rows.json'), 'utf8')) as Row[]),
];
const ROWS: Row[] = Array.from({ length: 2500 }, (_, i) => {
  const row = REAL_ROWS[i % REAL_ROWS.length] as Row;
  return { ...row, codice_bando: `${row.codice_bando}${String(i).padStart(4, '0')}` };
});

// A pinned clock a minute further on each run: the runs stay in order, the statuses fixed.
const START = Date.parse('2025-07-01T08:00:00Z');
let runs = 0;

/** Runs the binary asynchronously (the fixture server lives in this process). */
function fesr(dir: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--db', join(dir, 'fesr.sqlite'), ...args], {
      cwd: dir,
      env: {
        ...baseEnv(dir),
        FESR_NOW: new Date(START + ++runs * 60_000).toISOString(),
        FESR_RETRY_DELAY_MS: '10',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

interface Json {
  id: string;
  status: string;
  closesOn: string | null;
  budgetEur: number | null;
  dataAsOf: string;
  change?: { kind: string; fields: { field: string; before: unknown; after: unknown }[] };
}

async function searchJson(dir: string, args: string[]): Promise<Json[]> {
  const r = await fesr(dir, ['search', '--format', 'json', '--source', 'incentivi', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json[];
}

let server: FixtureServer;
/** A database after the first update of both sources, copied for each case. */
let template: string;

function fromTemplate(): string {
  const dir = tempDir('fesr-update-');
  copyFileSync(template, join(dir, 'fesr.sqlite'));
  return dir;
}

const dbOf = (dir: string) => join(dir, 'fesr.sqlite');

/** `--url` flags for the given routes; `--timeout 1` and two retries unless given. */
function urls(incentivi: string | null, lombardia: string | null): string[] {
  const args: string[] = [];
  if (incentivi) args.push('--url', `incentivi=${incentivi}`);
  if (lombardia) args.push('--url', `lombardia=${lombardia}`);
  return args;
}

/** The first update of both sources, run once: case 1 checks it, the other cases start from it. */
const baselineDir = tempDir('fesr-update-');
let baseline: RunResult;
const baseArgs = () =>
  urls(`${server.origin}/base/incentivi`, `${server.origin}/base/lombardia`).concat([
    '--timeout',
    '1',
  ]);

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/base/incentivi', solr(DOCS, { etag: '"inc-v1"' }));
  server.route('/base/lombardia', socrata(ROWS, { etag: '"lom-v1"' }));
  baseline = await fesr(baselineDir, ['update', ...baseArgs()]);
  // The process has closed the database, so the file alone holds it (no WAL left behind).
  expect(existsSync(`${dbOf(baselineDir)}-wal`)).toBe(false);
  template = join(tempDir('fesr-template-'), 'fesr.sqlite');
  copyFileSync(dbOf(baselineDir), template);
});

afterAll(async () => {
  await server?.close();
});

describe('fesr update against a local server', () => {
  const dir = baselineDir;
  const base = baseArgs;

  it('imports both sources on the first run as the baseline', async () => {
    const r = baseline;
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'incentivi: first snapshot, 40 calls stored; from the next update on, fesr reports what changes\n' +
        'lombardia: first snapshot, 2,500 calls stored; from the next update on, fesr reports what changes\n',
    );
    expect(r.code).toBe(0);
    // Socrata in pages of 1,000: three requests, with a stable order.
    const pages = server.hits('/base/lombardia').map((h) => h.query.get('$offset'));
    expect(pages).toEqual(['0', '1000', '2000']);
    expect(server.hits('/base/lombardia')[0]?.query.get('$order')).toBe(':id');

    const sources = await fesr(dir, ['sources']);
    expect(sources.code).toBe(0);
    expect(sources.stdout).toMatch(/│ incentivi +│ 40 +│ .*│ 40\/0\/0\/0 +│/);
    expect(sources.stdout).toMatch(/│ lombardia +│ 2500 +│ .*│ 2500\/0\/0\/0 +│/);

    // The import is stamped with the command's clock, which FESR_NOW pins: the baseline's day.
    const rows = await searchJson(dir, ['--status', 'all']);
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((row) => row.dataAsOf))).toEqual(new Set(['2025-07-01']));
  });

  it('answers 304 to If-None-Match on the next run and imports nothing', async () => {
    const before = dumpMeasures(dbOf(dir));
    const seen = server.requests.length;
    const r = await fesr(dir, ['update', ...base()]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'incentivi: not modified since the last update (304): 40 calls, nothing imported\n' +
        'lombardia: not modified since the last update (304): 2,500 calls, nothing imported\n',
    );
    expect(r.code).toBe(0);
    const asked = server.requests.slice(seen);
    // One round trip per source.
    expect(asked.map((a) => [a.path, a.headers['if-none-match']])).toEqual([
      ['/base/incentivi', '"inc-v1"'],
      ['/base/lombardia', '"lom-v1"'],
    ]);
    expect(dumpMeasures(dbOf(dir))).toBe(before);
  });

  it('answers 304 to If-Modified-Since when the source sends Last-Modified only', async () => {
    const d = fromTemplate();
    const lastModified = 'Fri, 27 Jun 2025 22:00:00 GMT';
    server.route('/lm/incentivi', solr(DOCS, { lastModified }));
    const args = ['update', 'incentivi', ...urls(`${server.origin}/lm/incentivi`, null)];
    const first = await fesr(d, args);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      /^incentivi: 40 read: 0 new, 0 changed, 0 withdrawn, 40 unchanged in \d+\.\d s\n$/,
    );
    expect(first.code).toBe(0);
    const before = dumpMeasures(dbOf(d));
    const second = await fesr(d, args);
    expect(second.stdout).toBe(
      'incentivi: not modified since the last update (304): 40 calls, nothing imported\n',
    );
    expect(second.code).toBe(0);
    const last = server.hits('/lm/incentivi').at(-1);
    expect(last?.headers['if-modified-since']).toBe(lastModified);
    expect(last?.headers['if-none-match']).toBeUndefined();
    expect(dumpMeasures(dbOf(d))).toBe(before);
  });
});

/** The measures table alone, ordered: what an update that imports nothing must leave. */
function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function dumpMeasures(db: string): string {
  const all = JSON.parse(dumpDb(db)) as Record<string, unknown[]>;
  return JSON.stringify(all.measures);
}

describe('a changed payload', () => {
  it('reports exactly one new, one changed (closesAt, budgetEur) and one withdrawn call', async () => {
    const dir = fromTemplate();
    server.route('/v2/incentivi', solr(CHANGED_DOCS, { etag: '"inc-v2"' }));
    const r = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/v2/incentivi`, null),
    ]);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^incentivi: 40 read: 1 new, 1 changed, 1 withdrawn, 38 unchanged in \d+\.\d s$/,
    );
    const title = (id: number) => EXPORT.find((d) => d.ID_Incentivo === id)?.Titolo as string;
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^  changed    incentivi-${CHANGED_ID}  `)),
      '             closes 2026-12-31 → 2027-03-31; budget 175000000 → 200000000',
      expect.stringMatching(new RegExp(`^  new        incentivi-${ADDED_ID}  ${title(ADDED_ID)}`)),
      expect.stringMatching(new RegExp(`^  withdrawn  incentivi-${REMOVED_ID}  `)),
      '             status open → withdrawn',
      '',
    ]);
    expect(r.code).toBe(0);

    const changed = await searchJson(dir, ['--changed', '--status', 'all']);
    const byId = new Map(changed.map((c) => [c.id, c]));
    expect(byId.get(`incentivi-${CHANGED_ID}`)).toMatchObject({
      closesOn: '2027-03-31',
      budgetEur: 200000000,
      change: {
        kind: 'changed',
        fields: [
          { field: 'closesAt', before: '2026-12-31', after: '2027-03-31' },
          { field: 'budgetEur', before: 175000000, after: 200000000 },
        ],
      },
    });
    expect(byId.get(`incentivi-${REMOVED_ID}`)).toMatchObject({
      status: 'withdrawn',
      change: {
        kind: 'withdrawn',
        fields: [{ field: 'status', before: 'open', after: 'withdrawn' }],
      },
    });
    expect([...byId.keys()].sort()).toEqual([`incentivi-${REMOVED_ID}`, `incentivi-${CHANGED_ID}`]);

    const added = await searchJson(dir, ['--new', '--status', 'all']);
    expect(added.map((a) => [a.id, a.change?.kind])).toEqual([[`incentivi-${ADDED_ID}`, 'new']]);

    const withdrawn = await searchJson(dir, ['--status', 'withdrawn']);
    expect(withdrawn.map((w) => [w.id, w.status])).toEqual([
      [`incentivi-${REMOVED_ID}`, 'withdrawn'],
    ]);
    // --changed lists what the update withdrew without being asked for --status.
    const changedByDefault = await searchJson(dir, ['--changed']);
    expect(changedByDefault.map((c) => c.id)).toContain(`incentivi-${REMOVED_ID}`);
    const byDefault = await searchJson(dir, []);
    expect(byDefault.map((d) => d.id)).not.toContain(`incentivi-${REMOVED_ID}`);
    expect(byDefault.map((d) => d.id)).toContain(`incentivi-${ADDED_ID}`);

    // The export after that: back as it was, and 864 (closed on 2025-06-30) reopened.
    server.route(
      '/v3/incentivi',
      solr(
        DOCS.map((d) =>
          d.ID_Incentivo === REOPENED_ID ? { ...d, Data_chiusura: '2025-12-31T00:00:00' } : d,
        ),
        { etag: '"inc-v3"' },
      ),
    );
    const back = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/v3/incentivi`, null),
    ]);
    expect(back.stderr).toBe('');
    expect(back.stdout.split('\n')[0]).toMatch(
      /^incentivi: 40 read: 0 new, 2 changed, 1 withdrawn, 1 back, 37 unchanged in \d+\.\d s$/,
    );
    expect(back.code).toBe(0);
    const latest = await searchJson(dir, ['--new', '--changed', '--status', 'all']);
    expect(
      Object.fromEntries(latest.map((c) => [c.id, [c.status, c.change?.kind, c.change?.fields]])),
    ).toEqual({
      [`incentivi-${CHANGED_ID}`]: [
        'open',
        'changed',
        [
          { field: 'closesAt', before: '2027-03-31', after: '2026-12-31' },
          { field: 'budgetEur', before: 200000000, after: 175000000 },
        ],
      ],
      [`incentivi-${REOPENED_ID}`]: [
        'open',
        'changed',
        [
          { field: 'status', before: 'closed', after: 'open' },
          { field: 'closesAt', before: '2025-06-30', after: '2025-12-31' },
        ],
      ],
      [`incentivi-${REMOVED_ID}`]: [
        'open',
        'returned',
        [{ field: 'status', before: 'withdrawn', after: 'open' }],
      ],
      [`incentivi-${ADDED_ID}`]: [
        'withdrawn',
        'withdrawn',
        [{ field: 'status', before: 'open', after: 'withdrawn' }],
      ],
    });
  });

  it('does not withdraw anything from a partial answer (numFound above the docs), and says so', async () => {
    const dir = fromTemplate();
    server.route('/partial/incentivi', solr(CHANGED_DOCS, { numFound: 371 }));
    const r = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/partial/incentivi`, null),
    ]);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^incentivi: 40 read: 1 new, 1 changed, 0 withdrawn, 38 unchanged in \d+\.\d s$/,
    );
    expect(r.stderr).toBe(
      'incentivi: the answer holds 40 of the 371 calls the source counts: calls missing from it are not marked withdrawn\n',
    );
    expect(r.code).toBe(0);
    expect(await searchJson(dir, ['--status', 'withdrawn'])).toEqual([]);
  });
});

describe('faults leave the database as it was and exit 5', () => {
  const KEPT = (source: string) =>
    `${source}: nothing changed for this source; the data stored before stays in use`;
  const ONE_FAILED = (source: string) => `fesr: 1 of 1 source could not be updated (${source})`;

  /** Runs one source against `handler` and checks the database did not change at all. */
  async function fault(
    source: 'incentivi' | 'lombardia',
    handler: Parameters<FixtureServer['route']>[1] | string,
    extra: string[] = [],
  ) {
    const dir = fromTemplate();
    let url: string;
    if (typeof handler === 'string') url = handler;
    else {
      const path = `/fault-${++faults}/${source}`;
      server.route(path, handler);
      url = `${server.origin}${path}`;
    }
    const before = dumpDb(dbOf(dir));
    const bytes = fileHash(dbOf(dir));
    const r = await fesr(dir, [
      'update',
      source,
      '--url',
      `${source}=${url}`,
      '--timeout',
      '1',
      ...extra,
    ]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(KEPT(source));
    expect(dumpDb(dbOf(dir))).toBe(before);
    // Not only the same rows: the very same file, byte for byte.
    expect(fileHash(dbOf(dir))).toBe(bytes);
    return { r, url };
  }
  let faults = 0;

  it('HTTP 500 every time, after the retries', async () => {
    const { r, url } = await fault('incentivi', answer(500, 'oops'), ['--retries', '2']);
    expect(r.stderr.split('\n')[0]).toBe(
      'incentivi: not updated: the server answered HTTP 500 Internal Server Error',
    );
    expect(r.stderr).toContain(ONE_FAILED('incentivi'));
    expect(server.hits(new URL(url).pathname)).toHaveLength(3);
  });

  it('HTTP 500 then 200: succeeds on the retry', async () => {
    const dir = fromTemplate();
    server.route('/retry/incentivi', sequence(answer(500), answer(503), solr(CHANGED_DOCS)));
    const r = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/retry/incentivi`, null),
      '--retries',
      '2',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^incentivi: 40 read: 1 new, 1 changed, 1 withdrawn/);
    expect(r.code).toBe(0);
    expect(server.hits('/retry/incentivi')).toHaveLength(3);
  });

  it('a body trickling in slower than the timeout in all, but never silent that long', async () => {
    const dir = fromTemplate();
    const body = Buffer.from(solrBody(CHANGED_DOCS), 'utf8');
    server.route('/trickle/incentivi', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      const parts = 4;
      const size = Math.ceil(body.length / parts);
      let sent = 0;
      const next = () => {
        res.write(body.subarray(sent * size, (sent + 1) * size));
        if (++sent < parts) setTimeout(next, 450);
        else res.end();
      };
      next();
    });
    const r = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/trickle/incentivi`, null),
      '--timeout',
      '1',
      '--retries',
      '0',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^incentivi: 40 read: 1 new, 1 changed, 1 withdrawn/);
    expect(r.code).toBe(0);
  });

  it('a Retry-After of an hour is capped, not waited for', async () => {
    const dir = fromTemplate();
    server.route(
      '/later/incentivi',
      sequence((_req, res) => {
        res.writeHead(503, { 'retry-after': '3600' }).end();
      }, solr(CHANGED_DOCS)),
    );
    const started = Date.now();
    const r = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/later/incentivi`, null),
      '--retries',
      '1',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^incentivi: 40 read: 1 new, 1 changed, 1 withdrawn/);
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a proxy that is down: the proxy hint', async () => {
    const port = await closedPort();
    server.route('/behind/incentivi', solr(DOCS));
    const dir = fromTemplate();
    const before = dumpDb(dbOf(dir));
    const r = await fesr(
      dir,
      ['update', 'incentivi', ...urls(`${server.origin}/behind/incentivi`, null), '--retries', '0'],
      { HTTP_PROXY: `http://127.0.0.1:${port}` },
    );
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(/^incentivi: not updated: network error ECONNREFUSED/);
    expect(r.stderr).toContain('Behind a company proxy, set HTTPS_PROXY (and NO_PROXY).');
    expect(r.code).toBe(5);
    expect(server.hits('/behind/incentivi')).toHaveLength(0);
    expect(dumpDb(dbOf(dir))).toBe(before);
  });

  it('a server that never answers, past the timeout', async () => {
    const { r } = await fault('incentivi', stall('headers'), ['--retries', '0']);
    expect(r.stderr.split('\n')[0]).toBe(
      'incentivi: not updated: no data for 1 s (timed out, after retries)',
    );
  });

  it('headers, then a body that stalls', async () => {
    const { r } = await fault('lombardia', stall('body'), ['--retries', '0']);
    expect(r.stderr.split('\n')[0]).toBe(
      'lombardia: not updated: no data for 1 s (timed out, after retries)',
    );
  });

  it('a body cut off before its Content-Length', async () => {
    const body = solrBody(CHANGED_DOCS);
    const { r } = await fault('incentivi', truncated(body, 5000), ['--retries', '1']);
    expect(r.stderr.split('\n')[0]).toMatch(
      /^incentivi: not updated: the download was cut off after [\d,]+ bytes of [\d,]+$/,
    );
  });

  it('a Socrata page after the first cut off', async () => {
    const pages = socrata(ROWS);
    const { r } = await fault(
      'lombardia',
      (req, res, url) =>
        url.searchParams.get('$offset') === '1000'
          ? truncated(JSON.stringify(ROWS.slice(1000, 2000)), 3000)(req, res, url)
          : pages(req, res, url),
      ['--retries', '0'],
    );
    expect(r.stderr.split('\n')[0]).toMatch(/^lombardia: not updated: the download was cut off/);
  });

  it('an HTML page with status 200', async () => {
    const html = '<!DOCTYPE html>\n<html><head><title>Maintenance</title></head></html>';
    const { r } = await fault('incentivi', answer(200, html, 'text/html'));
    expect(r.stderr.split('\n')[0]).toBe(
      'incentivi: not updated: the answer is not the source\'s JSON (it starts "<!DOCTYPE html> <html><head><title>Maintenance</title></head"), an error page?',
    );
  });

  it('a Socrata error object with status 200', async () => {
    const body = '{"error": true, "message": "query timeout"}';
    const { r } = await fault('lombardia', answer(200, body, 'application/json'));
    expect(r.stderr.split('\n')[0]).toBe(
      "lombardia: not updated: the answer is not in the source's shape: it is not the JSON array of rows the registry sends (an error object?)",
    );
  });

  it('HTTP 404 is the answer: no retries', async () => {
    const { r, url } = await fault('incentivi', answer(404, 'gone'), ['--retries', '3']);
    expect(r.stderr.split('\n')[0]).toBe(
      'incentivi: not updated: the server answered HTTP 404 Not Found',
    );
    expect(server.hits(new URL(url).pathname)).toHaveLength(1);
  });

  it('a Solr error object with status 200', async () => {
    const body =
      '{"responseHeader":{"status":400},"error":{"msg":"undefined field zs_nid","code":400}}';
    const { r } = await fault('incentivi', answer(200, body, 'application/json'));
    expect(r.stderr.split('\n')[0]).toMatch(
      /^incentivi: not updated: the answer cannot be read: .*no valid records/,
    );
  });

  it('a body cut off without a Content-Length (chunked)', async () => {
    const { r } = await fault(
      'incentivi',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(solrBody(CHANGED_DOCS).slice(0, 4000), () =>
          setTimeout(() => res.socket?.destroy(), 20),
        );
      },
      ['--retries', '0'],
    );
    expect(r.stderr.split('\n')[0]).toBe(
      'incentivi: not updated: the download was cut off after 4,017 bytes',
    );
  });

  it('an incentivi body that stalls after the headers', async () => {
    const { r } = await fault('incentivi', stall('body'), ['--retries', '0']);
    expect(r.stderr.split('\n')[0]).toBe(
      'incentivi: not updated: no data for 1 s (timed out, after retries)',
    );
  });

  it('a Socrata server ignoring $offset (the first page again)', async () => {
    const { r, url } = await fault('lombardia', (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ROWS.slice(0, 1000)));
    });
    expect(r.stderr.split('\n')[0]).toBe(
      "lombardia: not updated: the answer is not in the source's shape: page 2 repeats page 1: the server ignores $offset, so the dataset is never whole",
    );
    expect(server.hits(new URL(url).pathname)).toHaveLength(2);
  });

  it('an empty Socrata array', async () => {
    const { r } = await fault('lombardia', answer(200, '[]', 'application/json'));
    expect(r.stderr.split('\n')[0]).toBe('lombardia: not updated: the answer holds no calls');
  });

  it('a Solr answer with no docs', async () => {
    const { r } = await fault(
      'incentivi',
      answer(200, '{"response":{"numFound":0,"docs":[]}}', 'application/json'),
    );
    expect(r.stderr.split('\n')[0]).toBe('incentivi: not updated: the answer holds no calls');
  });

  it('connection refused: the bundled and imported data stay in use', async () => {
    const port = await closedPort();
    const { r } = await fault('incentivi', `http://127.0.0.1:${port}/incentivi`, [
      '--retries',
      '1',
    ]);
    expect(r.stderr.split('\n')[0]).toMatch(
      /^incentivi: not updated: network error ECONNREFUSED .*after retries$/,
    );
    expect(r.stderr).toContain(
      'No network, or the sources are blocked: the bundled data and the data imported before stay in use (as of ',
    );
  });

  it('one source failing while the other updates', async () => {
    const dir = fromTemplate();
    server.route('/mixed/incentivi', answer(500));
    server.route('/mixed/lombardia', socrata([...ROWS, { ...ROWS[0], codice_bando: 'RLNEW1' }]));
    const before = JSON.parse(dumpDb(dbOf(dir))) as { measures: { source: string }[] };
    const r = await fesr(dir, [
      'update',
      ...urls(`${server.origin}/mixed/incentivi`, `${server.origin}/mixed/lombardia`),
      '--retries',
      '1',
    ]);
    expect(r.stdout).toMatch(/^lombardia: 2,501 read: 1 new, 0 changed, 0 withdrawn/);
    expect(r.stdout).toContain('lombardia-RLNEW1');
    expect(r.stderr).toContain('incentivi: not updated: the server answered HTTP 500');
    expect(r.stderr).toContain('fesr: 1 of 2 sources could not be updated (incentivi)');
    expect(r.stderr).toContain('the other sources were updated');
    expect(r.code).toBe(5);
    const after = JSON.parse(dumpDb(dbOf(dir))) as { measures: { source: string }[] };
    const of = (d: typeof before, s: string) =>
      JSON.stringify(d.measures.filter((m) => m.source === s));
    expect(of(after, 'incentivi')).toBe(of(before, 'incentivi'));
    expect(after.measures.length).toBe(before.measures.length + 1);
  });
});

describe('a Lombardy mirror that is a plain file', () => {
  it('a server ignoring $limit and $offset: its one answer holds every row', async () => {
    const dir = fromTemplate();
    const body = JSON.stringify([...ROWS, { ...ROWS[2], codice_bando: 'RLFILE1' }]);
    server.route('/file/lombardia', answer(200, body, 'application/json'));
    const r = await fesr(dir, [
      'update',
      'lombardia',
      ...urls(null, `${server.origin}/file/lombardia`),
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^lombardia: 2,501 read: 1 new, 0 changed, 0 withdrawn, 2,500 unchanged in \d+\.\d s\n {2}new {8}lombardia-RLFILE1 /,
    );
    expect(r.code).toBe(0);
    expect(server.hits('/file/lombardia')).toHaveLength(1);
  });
});

describe('redirects and gzip', () => {
  it('follows a 302 to another path', async () => {
    const dir = fromTemplate();
    server.route('/old/incentivi', redirect('/moved/incentivi'));
    server.route('/moved/incentivi', solr(CHANGED_DOCS));
    const r = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/old/incentivi`, null),
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^incentivi: 40 read: 1 new, 1 changed, 1 withdrawn/);
    expect(r.code).toBe(0);
    expect(server.hits('/moved/incentivi')).toHaveLength(1);
  });

  it('reads a gzip-encoded body', async () => {
    const dir = fromTemplate();
    server.route('/gz/incentivi', solr(CHANGED_DOCS, { gzip: true }));
    server.route(
      '/gz/lombardia',
      socrata([...ROWS, { ...ROWS[1], codice_bando: 'RLGZ1' }], { gzip: true }),
    );
    const r = await fesr(dir, [
      'update',
      ...urls(`${server.origin}/gz/incentivi`, `${server.origin}/gz/lombardia`),
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^incentivi: 40 read: 1 new, 1 changed, 1 withdrawn/m);
    expect(r.stdout).toMatch(/^lombardia: 2,501 read: 1 new, 0 changed, 0 withdrawn/m);
    expect(r.code).toBe(0);
    expect(server.hits('/gz/incentivi')[0]?.headers['accept-encoding']).toMatch(/gzip/);
  });
});

describe('one run, both sources changed, on the real clock', () => {
  it('--new lists what the run brought to each source, not only the last one', async () => {
    const dir = fromTemplate();
    server.route('/both/incentivi', solr(CHANGED_DOCS));
    server.route('/both/lombardia', socrata([...ROWS, { ...ROWS[1], codice_bando: 'RLBOTH1' }]));
    // No FESR_NOW: the sources are updated a few milliseconds apart.
    const real = { FESR_NOW: '' };
    const r = await fesr(
      dir,
      ['update', ...urls(`${server.origin}/both/incentivi`, `${server.origin}/both/lombardia`)],
      real,
    );
    expect(r.code).toBe(0);
    const news = await fesr(dir, ['search', '--new', '--status', 'all', '--format', 'json'], real);
    expect(news.code).toBe(0);
    expect((JSON.parse(news.stdout) as Json[]).map((n) => n.id).sort()).toEqual([
      `incentivi-${ADDED_ID}`,
      'lombardia-RLBOTH1',
    ]);
  });
});

describe('through a proxy', () => {
  it('tunnels through HTTP_PROXY, and NO_PROXY bypasses it', async () => {
    const proxy = await startConnectProxy();
    try {
      const dir = fromTemplate();
      server.route('/proxied/incentivi', solr(DOCS));
      const args = ['update', 'incentivi', ...urls(`${server.origin}/proxied/incentivi`, null)];
      const via = await fesr(dir, args, { HTTP_PROXY: proxy.origin });
      expect(via.stderr).toBe('');
      expect(via.stdout).toMatch(/^incentivi: 40 read: 0 new, 0 changed, 0 withdrawn/);
      expect(via.code).toBe(0);
      expect(proxy.seen).toEqual([`127.0.0.1:${server.port}`]);

      const direct = await fesr(dir, args, { HTTP_PROXY: proxy.origin, NO_PROXY: '127.0.0.1' });
      expect(direct.stderr).toBe('');
      expect(direct.stdout).toMatch(/^incentivi: 40 read: 0 new, 0 changed, 0 withdrawn/);
      expect(direct.code).toBe(0);
      expect(proxy.seen).toHaveLength(1);
      expect(server.hits('/proxied/incentivi')).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });
});

describe('fesr news', () => {
  it('prints nothing after the baseline, the matching new call after an update, then nothing', async () => {
    const dir = fromTemplate();
    mkdirSync(join(dir, 'config'), { recursive: true });
    const saved = await fesr(dir, ['profile', 'save', 'cosmetics', ...COSMETICS_CR]);
    expect(saved.code).toBe(0);

    const quiet = await fesr(dir, ['news']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });

    server.route('/news/incentivi', solr(CHANGED_DOCS, { etag: '"news-v2"' }));
    const update = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/news/incentivi`, null),
    ]);
    expect(update.code).toBe(0);

    const news = await fesr(dir, ['news']);
    expect(news.stderr).toBe('');
    expect(news.stdout).toMatch(/^cosmetics: \d+ new or changed calls?\n/);
    const title = EXPORT.find((d) => d.ID_Incentivo === ADDED_ID)?.Titolo as string;
    expect(news.stdout).toMatch(
      new RegExp(`^[✓?] new        incentivi-${ADDED_ID}  ${title}`, 'm'),
    );
    expect(news.code).toBe(0);

    const again = await fesr(dir, ['news']);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('conditional requests follow the address the store was filled from', () => {
  it('does not trust a 304 from the official address after an update from a mirror', async () => {
    const dir = fromTemplate();
    // The mirror lacks one call: it is withdrawn.
    server.route('/mirror/incentivi', solr(DOCS.slice(1), { etag: '"mirror-v1"' }));
    const mirror = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/mirror/incentivi`, null),
    ]);
    expect(mirror.stdout).toMatch(/1 withdrawn/);
    // Back to the first address, which would answer 304 to its old ETag: asked without it,
    // it sends the whole export and the call comes back.
    const again = await fesr(dir, [
      'update',
      'incentivi',
      ...urls(`${server.origin}/base/incentivi`, null),
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('304');
    expect(again.stdout).toMatch(/1 back/);
    const ifNoneMatch = server.hits('/base/incentivi').at(-1)?.headers['if-none-match'];
    expect(ifNoneMatch).toBeUndefined();
  });

  it('says after a first update that --new has nothing to list yet: it was a baseline', async () => {
    const r = await fesr(fromTemplate(), ['search', '--new', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('The last update was the first of its sources: a baseline');
  });
});

describe('in Italian', () => {
  it('names the changed fields and statuses in Italian, and says its usage errors in Italian', async () => {
    const dir = fromTemplate();
    server.route('/it/incentivi', solr(CHANGED_DOCS, { etag: '"inc-it"' }));
    const it = { LANG: 'it_IT.UTF-8' };
    const r = await fesr(
      dir,
      ['update', 'incentivi', ...urls(`${server.origin}/it/incentivi`, null)],
      it,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('chiusura 2026-12-31 → 2027-03-31; dotazione 175000000 → 200000000');
    expect(r.stdout).toMatch(/aperto → ritirato/);
    const bogus = await fesr(dir, ['update', 'nessuna'], it);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('fonte sconosciuta "nessuna"');
    const badUrl = await fesr(dir, ['update', '--url', 'lombardia=ftp://x'], it);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('non è un indirizzo http:// o https://');
  });
});
