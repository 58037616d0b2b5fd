// The worker half of a large import: reads, parses and maps the file (map-records.ts) and posts
// the rows to the importing thread in batches, a few ahead of what it has written.
import { parentPort, workerData } from 'node:worker_threads';
import { municipalityIndex } from './municipalities.js';
import { mapRecords } from './map-records.js';
import { asInputError, openTextInput } from './open-input.js';
import { toWireError, type FromWorker, type WorkerInput } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs as a worker thread');
const input = workerData as WorkerInput;

/** Batches posted and not yet taken: beyond this the worker waits, so memory stays flat. */
const AHEAD = 4;
let credit = AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credit++;
  wake?.();
  wake = null;
});

async function post(message: FromWorker): Promise<void> {
  while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve));
  credit--;
  port?.postMessage(message);
}

const text = openTextInput(input.file);
try {
  const lookup = municipalityIndex(input.municipalities);
  const stream = await mapRecords(text, input.label, input.options, {
    municipalitiesNamed: lookup,
  });
  port.postMessage({
    kind: 'start',
    container: stream.container,
    format: stream.format,
    source: stream.source,
  } satisfies FromWorker);
  for await (const rows of stream.batches)
    await post({ kind: 'batch', rows, bytesRead: text.bytesRead(), nonFinite: stream.nonFinite() });
  port.postMessage({
    kind: 'end',
    bytesRead: text.bytesRead(),
    nonFinite: stream.nonFinite(),
  } satisfies FromWorker);
} catch (error) {
  port.postMessage({ kind: 'error', error: toWireError(asInputError(error, input.label)) });
} finally {
  text.close();
  // Nothing more to wait for: the worker may end.
  port.removeAllListeners('message');
}
