// What the importing thread and its parsing worker (import-worker.ts) say to each other, and the
// importing thread's side of it: the worker's batches as a MappedStream.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as errors from '../errors.js';
import type { MappedRow, MappedStream, MapOptions } from './map-records.js';
import type { MunicipalityRef } from './types.js';

export interface WorkerInput {
  file: string;
  label: string;
  options: MapOptions;
  /** The reference table the mappers read `Comuni` with (the worker has no database). */
  municipalities: (MunicipalityRef & { name: string })[];
}

export type FromWorker =
  | { kind: 'start'; container: 'csv' | 'json'; format: string; source: string }
  | { kind: 'batch'; rows: MappedRow[]; bytesRead: number; nonFinite: number }
  | { kind: 'end'; bytesRead: number; nonFinite: number }
  | { kind: 'error'; error: WireError };

/** An error as it crosses the thread boundary: its class by name, and what the CLI prints. */
export interface WireError {
  name: string;
  message: string;
  hint?: string;
  detail?: errors.ErrorDetail;
  stack?: string;
}

const FESR_ERRORS: Record<string, typeof errors.FesrError> = {
  FesrError: errors.FesrError,
  UsageError: errors.UsageError,
  InputError: errors.InputError,
  DatabaseError: errors.DatabaseError,
  OutputError: errors.OutputError,
  UpdateError: errors.UpdateError,
};

export function toWireError(error: unknown): WireError {
  if (error instanceof errors.FesrError)
    return { name: error.name, message: error.message, hint: error.hint, detail: error.detail };
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: e.message, stack: e.stack };
}

function fromWireError(wire: WireError): Error {
  const FesrClass = FESR_ERRORS[wire.name];
  if (FesrClass)
    return new FesrClass(wire.message, wire.hint, wire.detail ? { detail: wire.detail } : {});
  const error = new Error(wire.message);
  error.name = wire.name;
  if (wire.stack) error.stack = wire.stack;
  return error;
}

/**
 * The worker's compiled module. Run from the TypeScript sources (the unit tests) there is none,
 * and every file is read in the importing thread.
 */
const WORKER_URL = new URL('./import-worker.js', import.meta.url);

/**
 * Files from this size are parsed in a worker: below it, starting a thread (about 40 ms, most of
 * it loading the parsing modules again) costs more than the overlap saves.
 */
export const WORKER_MIN_BYTES = 1 << 20;

/** Whether this input is read by a worker: a file (not stdin) of WORKER_MIN_BYTES or more. */
export function wantsWorker(file: string): boolean {
  if (file === '-' || !existsSync(fileURLToPath(WORKER_URL))) return false;
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size >= WORKER_MIN_BYTES;
  } catch {
    // The ordinary path says what is wrong with the file.
    return false;
  }
}

/** Starts the worker and waits for it to know the format; its failures arrive as thrown errors. */
export async function mapInWorker(input: WorkerInput): Promise<MappedStream> {
  const worker = new Worker(WORKER_URL, { workerData: input });
  const totalBytes = statSync(input.file).size;
  const queue: FromWorker[] = [];
  let waiting: (() => void) | null = null;
  let failure: Error | null = null;
  const wakeUp = () => {
    waiting?.();
    waiting = null;
  };
  worker.on('message', (message: FromWorker) => {
    queue.push(message);
    wakeUp();
  });
  worker.on('error', (error) => {
    failure = error;
    wakeUp();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the import worker stopped (exit code ${code})`);
    wakeUp();
  });
  async function next(): Promise<FromWorker> {
    for (;;) {
      const message = queue.shift();
      if (message) {
        if (message.kind === 'error') throw fromWireError(message.error);
        return message;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => (waiting = resolve));
    }
  }
  let bytesRead = 0;
  let nonFinite = 0;
  const close = () => void worker.terminate();
  let first: FromWorker;
  try {
    first = await next();
  } catch (error) {
    close();
    throw error;
  }
  if (first.kind !== 'start') throw new Error(`the import worker said ${first.kind} first`);
  async function* batches(): AsyncGenerator<MappedRow[]> {
    for (;;) {
      const message = await next();
      if (message.kind === 'batch') {
        bytesRead = message.bytesRead;
        nonFinite = message.nonFinite;
        // Taken: the worker may parse one more batch ahead.
        worker.postMessage(1);
        // A turn of the event loop a batch: when the worker runs ahead, batches wait in the queue
        // and would be taken in promise callbacks alone, leaving Ctrl+C unheard to the end.
        await new Promise<void>((resolve) => setImmediate(resolve));
        yield message.rows;
      } else if (message.kind === 'end') {
        bytesRead = message.bytesRead;
        nonFinite = message.nonFinite;
        return;
      }
    }
  }
  return {
    container: first.container,
    format: first.format,
    source: first.source,
    batches: batches(),
    nonFinite: () => nonFinite,
    bytesRead: () => bytesRead,
    totalBytes,
    close,
  };
}
