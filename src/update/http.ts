// Downloads for `fesr update`: conditional requests, redirects, gzip, idle timeouts, retries with
// backoff on 5xx and network errors, and the company proxy from HTTPS_PROXY/HTTP_PROXY/NO_PROXY
// (Node's own fetch ignores them; undici's EnvHttpProxyAgent reads them).
import { createWriteStream } from 'node:fs';
import { EnvHttpProxyAgent, fetch, type Dispatcher } from 'undici';

import type { DownloadFailure } from '../core/update-failures.js';

/** A download that did not complete; `failure` says how, as data for the catalogue. */
export class DownloadError extends Error {
  constructor(
    readonly failure: DownloadFailure,
    readonly url: string,
    readonly attempts: number,
  ) {
    super(`${url}: ${failure.kind}`);
    this.name = 'DownloadError';
  }

  /** Whether the network itself is out of reach (offline, DNS, a proxy or firewall refusing). */
  get offline(): boolean {
    return this.failure.kind === 'network' && OFFLINE_CODES.has(this.failure.code);
  }
}

const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface HttpSettings {
  /** Idle time allowed for connecting, for the headers and between body chunks. */
  timeoutMs: number;
  /** Tries in all, the first included. */
  attempts: number;
  /** The first wait before a retry; doubled each time. */
  retryBaseMs: number;
}

export interface DownloadRequest {
  url: string;
  validators?: Validators | null;
  /** Where the body goes: a file path written whole, or null to keep it in memory. */
  toFile: string | null;
  onBytes?: (received: number, total: number | null) => void;
}

export type DownloadResult =
  | { kind: 'not-modified'; validators: Validators; url: string }
  | {
      kind: 'ok';
      validators: Validators;
      /** The address the body came from, after redirects. */
      url: string;
      contentType: string;
      bytes: number;
      /** The body when it was kept in memory. */
      body: Buffer | null;
    };

export interface HttpClient {
  download(request: DownloadRequest): Promise<DownloadResult>;
  close(): Promise<void>;
}

/**
 * Builds without Node's "experimental" process warning: undici marks EnvHttpProxyAgent so, and a
 * user behind a proxy should not read a developer's warning on every update.
 */
function quietly<T extends Dispatcher>(build: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return build();
  } finally {
    process.emitWarning = emitWarning;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function codeOf(error: unknown): string {
  let current: unknown = error;
  // fetch wraps the socket's error ("fetch failed", "terminated") in `cause`.
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return 'UNKNOWN';
}

function detailOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const message =
    cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return message.slice(0, 200);
}

function failureOf(error: unknown, settings: HttpSettings): DownloadFailure {
  const code = codeOf(error);
  if (TIMEOUT_CODES.has(code)) return { kind: 'timeout', seconds: settings.timeoutMs / 1000 };
  return { kind: 'network', code, detail: detailOf(error) };
}

/** 5xx, 408 and 429 are worth another try; other statuses are the answer. */
function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** The part of fetch's headers read here (undici's own Headers type). */
interface HeaderBag {
  get(name: string): string | null;
}

function validatorsOf(headers: HeaderBag): Validators {
  return { etag: headers.get('etag'), lastModified: headers.get('last-modified') };
}

export function createHttpClient(settings: HttpSettings, userAgent: string): HttpClient {
  const dispatcher = quietly(
    () =>
      new EnvHttpProxyAgent({
        connectTimeout: settings.timeoutMs,
        headersTimeout: settings.timeoutMs,
        bodyTimeout: settings.timeoutMs,
      }),
  );

  async function once(request: DownloadRequest): Promise<DownloadResult> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': userAgent,
    };
    if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
    if (request.validators?.lastModified)
      headers['if-modified-since'] = request.validators.lastModified;
    // fetch follows redirects and undoes gzip; the body is read as it arrives.
    const response = await fetch(request.url, { headers, dispatcher, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel();
      return {
        kind: 'not-modified',
        validators: {
          etag: response.headers.get('etag') ?? request.validators?.etag ?? null,
          lastModified:
            response.headers.get('last-modified') ?? request.validators?.lastModified ?? null,
        },
        url: response.url || request.url,
      };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpStatus(response.status, response.statusText, response.headers);
    }
    const encoded = response.headers.get('content-encoding');
    const declared = response.headers.get('content-length');
    // With gzip the declared length is of the compressed bytes: not comparable to what we count.
    const total = declared && !encoded ? Number(declared) : null;
    const chunks: Buffer[] = [];
    const file = request.toFile ? createWriteStream(request.toFile) : null;
    let received = 0;
    try {
      if (response.body) {
        for await (const chunk of response.body) {
          const buffer = Buffer.from(chunk as Uint8Array);
          received += buffer.length;
          if (file) {
            if (!file.write(buffer))
              await new Promise<void>((resolve) => file.once('drain', resolve));
          } else chunks.push(buffer);
          request.onBytes?.(received, total);
        }
      }
    } catch (error) {
      throw new BodyFailed(error, received, total);
    } finally {
      if (file)
        await new Promise<void>((resolve, reject) =>
          file.end((e?: Error | null) => (e ? reject(e) : resolve())),
        );
    }
    if (total !== null && received < total) throw new BodyFailed(null, received, total);
    return {
      kind: 'ok',
      validators: validatorsOf(response.headers),
      url: response.url || request.url,
      contentType: response.headers.get('content-type') ?? '',
      bytes: received,
      body: file ? null : Buffer.concat(chunks),
    };
  }

  async function download(request: DownloadRequest): Promise<DownloadResult> {
    let failure: DownloadFailure = { kind: 'network', code: 'UNKNOWN', detail: '' };
    for (let attempt = 1; attempt <= settings.attempts; attempt++) {
      let wait = settings.retryBaseMs * 2 ** (attempt - 1);
      try {
        return await once(request);
      } catch (error) {
        if (error instanceof HttpStatus) {
          failure = { kind: 'http-status', status: error.status, statusText: error.statusText };
          if (!retryable(error.status)) throw new DownloadError(failure, request.url, attempt);
          wait = Math.max(wait, error.retryAfterMs(settings.retryBaseMs * 16));
        } else if (error instanceof BodyFailed) {
          failure =
            error.cause && TIMEOUT_CODES.has(codeOf(error.cause))
              ? { kind: 'timeout', seconds: settings.timeoutMs / 1000 }
              : { kind: 'truncated', received: error.received, expected: error.expected };
        } else failure = failureOf(error, settings);
      }
      if (attempt < settings.attempts) await sleep(wait);
    }
    throw new DownloadError(failure, request.url, settings.attempts);
  }

  return { download, close: () => dispatcher.close() };
}

class HttpStatus extends Error {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: HeaderBag,
  ) {
    super(`HTTP ${status}`);
  }

  /** Retry-After in seconds, capped: a server asking for an hour does not stall the update. */
  retryAfterMs(capMs: number): number {
    const seconds = Number(this.headers.get('retry-after'));
    return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, capMs) : 0;
  }
}

class BodyFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly received: number,
    readonly expected: number | null,
  ) {
    super('body did not arrive whole');
  }
}
