// Verdict precision must not get worse than the numbers committed in EVAL.md (see there).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-fesr.js';

interface FirmScore {
  firm: string;
  judged: number;
  agree: number;
  wrongEligible: number;
  wrongVerify: number;
  missed: number;
  eligibleForVerify: number;
}

/** The committed table of EVAL.md, between its markers. */
function committed(): FirmScore[] {
  const text = readFileSync(join(ROOT, 'EVAL.md'), 'utf8');
  const table = /<!-- eval:committed -->([\s\S]*?)<!-- \/eval:committed -->/.exec(text)?.[1] ?? '';
  return table
    .split('\n')
    .filter((line) => /^\| [a-z]/.test(line) && !line.startsWith('| firm'))
    .map((line) => {
      const [firm = '', ...n] = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const [judged, agree, wrongEligible, wrongVerify, missed, eligibleForVerify] = n.map(Number);
      return {
        firm,
        judged,
        agree,
        wrongEligible,
        wrongVerify,
        missed,
        eligibleForVerify,
      } as FirmScore;
    });
}

describe('npm run eval', () => {
  it('is no worse than EVAL.md for any firm, and within the issue limits', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'eval', 'run.mjs'), '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const now = JSON.parse(run.stdout) as FirmScore[];
    const base = committed();
    expect(base.map((b) => b.firm)).toEqual(now.map((n) => n.firm));
    for (const b of base) {
      const n = now.find((x) => x.firm === b.firm) as FirmScore;
      expect(n.judged, b.firm).toBe(b.judged);
      expect(n.agree, `${b.firm} agree`).toBeGreaterThanOrEqual(b.agree);
      for (const key of ['wrongEligible', 'wrongVerify', 'missed', 'eligibleForVerify'] as const)
        expect(n[key], `${b.firm} ${key}`).toBeLessThanOrEqual(b[key]);
      expect(n.wrongEligible).toBeLessThanOrEqual(2);
      expect(n.wrongVerify).toBeLessThanOrEqual(6);
      expect(n.missed).toBeLessThanOrEqual(2);
      expect(n.eligibleForVerify).toBeLessThanOrEqual(8);
    }
  }, 120_000);
});
