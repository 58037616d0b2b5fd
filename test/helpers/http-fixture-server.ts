// A real HTTP server on 127.0.0.1 (a random port) serving recorded payloads the way the open-data
// sources do (a Solr answer, Socrata pages), with the faults a network shows: error statuses,
// stalls, cut-off bodies, HTML error pages, redirects, gzip. Also a tiny CONNECT proxy.
// Runs in the test process: spawn the binary asynchronously, never with spawnSync.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  requests: LoggedRequest[];
  /** Serves `path` (without the query) with `handler` from now on. */
  route(path: string, handler: Handler): void;
  /** The requests made to `path` so far. */
  hits(path: string): LoggedRequest[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Keeps every open connection of `server` in `sockets`, so that closing can end them. */
function trackSockets(server: Server, sockets: Set<Socket>): void {
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Handler>();
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    });
    const handler = routes.get(url.pathname);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such fixture');
      return;
    }
    handler(req, res, url);
  });
  trackSockets(server, sockets);
  const port = await listen(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => requests.filter((r) => r.path === path),
    close: () => closeServer(server, sockets),
  };
}

export interface Validating {
  etag?: string;
  lastModified?: string;
  /** Send the body gzip-encoded (Content-Encoding: gzip). */
  gzip?: boolean;
}

/** 304 when the request's validators match the given ones (If-None-Match wins, as in RFC 9110). */
function notModified(req: IncomingMessage, v: Validating): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return v.etag !== undefined && inm === v.etag;
  const ims = req.headers['if-modified-since'];
  if (ims !== undefined && v.lastModified !== undefined)
    return Date.parse(ims) >= Date.parse(v.lastModified);
  return false;
}

function sendJson(req: IncomingMessage, res: ServerResponse, body: string, v: Validating): void {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (v.etag) headers.etag = v.etag;
  if (v.lastModified) headers['last-modified'] = v.lastModified;
  if (notModified(req, v)) {
    res.writeHead(304, headers).end();
    return;
  }
  let bytes = Buffer.from(body, 'utf8');
  if (v.gzip) {
    bytes = gzipSync(bytes);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(bytes.length);
  res.writeHead(200, headers).end(bytes);
}

/** The incentivi.gov.it Solr answer: `{responseHeader, response: {numFound, start, docs}}`. */
export function solrBody(docs: readonly unknown[], numFound = docs.length): string {
  return JSON.stringify({
    responseHeader: { status: 0, QTime: 3, params: { q: 'index_id:incentivi', wt: 'json' } },
    response: { numFound, start: 0, numFoundExact: true, docs },
  });
}

export function solr(
  docs: readonly unknown[],
  options: Validating & { numFound?: number } = {},
): Handler {
  const body = solrBody(docs, options.numFound);
  return (req, res) => sendJson(req, res, body, options);
}

/** A Socrata resource: pages by `$limit` and `$offset`, the validators on every page. */
export function socrata(rows: readonly unknown[], options: Validating = {}): Handler {
  return (req, res, url) => {
    const limit = Number(url.searchParams.get('$limit') ?? 1000);
    const offset = Number(url.searchParams.get('$offset') ?? 0);
    sendJson(req, res, JSON.stringify(rows.slice(offset, offset + limit)), options);
  };
}

/** Any fixed answer. */
export function answer(status: number, body = '', contentType = 'text/plain'): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType }).end(body);
  };
}

/** The n-th request gets the n-th handler; the last one answers every request after. */
export function sequence(...handlers: Handler[]): Handler {
  let n = 0;
  return (req, res, url) =>
    (handlers[Math.min(n++, handlers.length - 1)] as Handler)(req, res, url);
}

/** Accepts the request and never answers (`headers`), or sends the headers and a first chunk of
 * the body and then stays silent (`body`). */
export function stall(after: 'headers' | 'body'): Handler {
  return (_req, res) => {
    if (after === 'headers') return;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    res.write('[{"codice_bando": "X1"');
  };
}

/** Declares the whole body's length, sends its first part, then cuts the connection. */
export function truncated(body: string, sendBytes = Math.floor(body.length / 2)): Handler {
  return (_req, res) => {
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': String(bytes.length),
    });
    res.write(bytes.subarray(0, sendBytes), () => setTimeout(() => res.socket?.destroy(), 20));
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location }).end();
  };
}

export interface ConnectProxy {
  origin: string;
  /** `host:port` of every CONNECT tunnel, and the URL of every plain proxied request. */
  seen: string[];
  close(): Promise<void>;
}

/** A CONNECT-capable HTTP proxy (what undici's ProxyAgent tunnels through). */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    // A plain forward request (absolute URI): not used by undici, refused so a test would notice.
    seen.push(req.url ?? '');
    res.writeHead(501).end('only CONNECT');
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    seen.push(target);
    const [host, port] = target.split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  trackSockets(server, sockets);
  const port = await listen(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () => closeServer(server, sockets),
  };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
