// One chalk instance per run, on or off as the contract says (TTY, NO_COLOR, FORCE_COLOR, --no-color).
import { Chalk, type ChalkInstance } from 'chalk';

export type Colors = ChalkInstance;

export function createColors(enabled: boolean): Colors {
  return new Chalk({ level: enabled ? 1 : 0 });
}

export function colorEnabled(options: {
  isTTY: boolean;
  env: Record<string, string | undefined>;
  noColorFlag: boolean;
}): boolean {
  if (options.noColorFlag) return false;
  const force = options.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') return false;
  return options.isTTY;
}

/** Green for good, yellow for "to verify", red for bad: verdicts and eligibility marks alike. */
export function paintVerdict(
  c: Colors,
  verdict: 'pass' | 'unknown' | 'fail',
  text: string,
): string {
  return verdict === 'pass' ? c.green(text) : verdict === 'fail' ? c.red(text) : c.yellow(text);
}
