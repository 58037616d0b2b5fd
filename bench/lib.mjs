// Shared by the benchmarks: run a whole process, measure its wall time and peak memory, stop it at
// a timeout, and format the figures.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/fesr.js', import.meta.url));
const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME);

/** Seconds a measured command may take before it is killed and reported as timed out. */
export const TIMEOUT_S = Number(process.env.FESR_BENCH_TIMEOUT ?? 90);
/** Repetitions of a fast command; the median is reported. */
export const RUNS = Math.max(1, Number(process.env.FESR_BENCH_RUNS ?? 3));
/**
 * Store sizes to measure (rows). 1,000,000 is opt-in (`FESR_BENCH_SIZES=10000,100000,1000000`):
 * its import alone outlasts the ten minutes a default run may take (BENCHMARKS.md).
 */
export const SIZES = (process.env.FESR_BENCH_SIZES ?? '10000,100000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
/** The day statuses are computed for, fixed so that runs compare. */
export const AS_OF = '2026-03-02';

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'fesr-bench-'));
}

/**
 * Runs a command in its own process group; resolves to seconds, peak RSS in MB (from
 * /usr/bin/time, null without it) and stdout (or writes stdout to `stdoutFile`). A command that
 * outlives `timeoutS` is killed with its children and comes back `{ timedOut: true }`.
 */
export function measure(command, args, { env = {}, stdoutFile, timeoutS = TIMEOUT_S } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      HAS_TIME ? TIME : command,
      HAS_TIME ? ['-f', '%M', command, ...args] : args,
      {
        env: { ...process.env, NO_COLOR: '1', ...env },
        stdio: ['ignore', stdoutFile ? 'pipe' : 'pipe', 'pipe'],
        detached: true,
      },
    );
    const out = [];
    const err = [];
    if (stdoutFile) child.stdout.pipe(createWriteStream(stdoutFile));
    else child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutS * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (timedOut) return resolve({ timedOut: true, timeoutS, seconds, peakMb: null, stdout: '' });
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) {
        return reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr}`));
      }
      const lines = stderr.trim().split('\n');
      const peakMb = HAS_TIME ? Number(lines[lines.length - 1]) / 1024 : null;
      resolve({ timedOut: false, seconds, peakMb, stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

export function fesr(args, options) {
  return measure(process.execPath, [BIN, ...args], options);
}

/**
 * Runs `once` up to n times; the median time and the highest peak. Stops at a timeout, and once
 * the runs together took longer than the timeout (a slow command is not worth repeating; the
 * Runs column says how many were made).
 */
export async function repeat(n, once) {
  const runs = [];
  let total = 0;
  for (let i = 0; i < n && total <= TIMEOUT_S; i++) {
    const r = await once(i);
    runs.push(r);
    total += r.seconds;
    if (r.timedOut) return { ...r, runs: runs.length, last: r };
  }
  return {
    timedOut: false,
    runs: runs.length,
    seconds: median(runs.map((r) => r.seconds)),
    peakMb: runs.some((r) => r.peakMb === null) ? null : Math.max(...runs.map((r) => r.peakMb)),
    last: runs[runs.length - 1],
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export const fmt = {
  seconds: (r) =>
    r.timedOut ? `> ${r.timeoutS} s (timed out)` : `${r.seconds.toFixed(r.seconds < 10 ? 2 : 1)} s`,
  mb: (r) => (r.timedOut || r.peakMb === null ? '' : `${r.peakMb.toFixed(0)} MB`),
  rows: (n) => n.toLocaleString('en-US'),
  ratio: (a, b) => (a === null || b === null ? '' : `${(a / b).toFixed(2)}x`),
};

/** A Markdown table from a header row and rows of cells. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
