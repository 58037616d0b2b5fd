// A one-line progress bar on stderr for long imports: bytes (or records), rate and ETA.
import type { Writable } from 'node:stream';

export interface ProgressState {
  bytesRead: number;
  totalBytes: number | null;
  records: number;
  /** A download (`fesr update`): bytes count, not records; `label` names the source. */
  download?: { label: string };
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** `incentivi: 12.3 of 30.1 MB  4.2 MB/s` while a source downloads. */
function formatDownload(state: ProgressState, label: string, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? state.bytesRead / elapsedSeconds : 0;
  const size = state.totalBytes
    ? `${megabytes(state.bytesRead)} of ${megabytes(state.totalBytes)} MB`
    : `${megabytes(state.bytesRead)} MB`;
  return `${label}: ${size}  ${megabytes(rate)} MB/s`;
}

export function formatProgress(state: ProgressState, elapsedSeconds: number, width = 24): string {
  if (state.download) return formatDownload(state, state.download.label, elapsedSeconds);
  const rate = elapsedSeconds > 0 ? state.records / elapsedSeconds : 0;
  const perSecond = `${Math.round(rate).toLocaleString('en-US')} rec/s`;
  if (!state.totalBytes) return `${state.records.toLocaleString('en-US')} records  ${perSecond}`;
  const fraction = Math.min(1, state.bytesRead / state.totalBytes);
  const filled = Math.round(fraction * width);
  const eta = fraction > 0 ? (elapsedSeconds / fraction) * (1 - fraction) : null;
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  return `${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${state.records.toLocaleString('en-US')} records  ${perSecond}  ETA ${eta === null ? '?' : `${Math.ceil(eta)}s`}`;
}

/** Redraws at most every 100 ms; does nothing when the stream is not a terminal. */
export function createProgressBar(
  stream: Writable & { isTTY?: boolean },
  now: () => number = Date.now,
) {
  const started = now();
  let last = 0;
  const enabled = Boolean(stream.isTTY);
  return {
    update(state: ProgressState): void {
      const t = now();
      if (!enabled || t - last < 100) return;
      last = t;
      stream.write(`\r${formatProgress(state, (t - started) / 1000)}\u001b[K`);
    },
    done(): void {
      if (enabled && last > 0) stream.write('\r\u001b[K');
    },
  };
}
