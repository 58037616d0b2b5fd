#!/usr/bin/env node
// Verdict precision against records judged by hand (eval/judgements.json, see eval/GUIDE.md):
// imports the real export they were judged on into a temporary store, runs `fesr search` for the
// five firms of eval/firms.json through the built binary, and counts per firm
//   wrong ✓   fesr says eligible, the reader says not eligible
//   wrong ?   fesr says to verify, the reader says not eligible
//   missed    the reader says eligible, fesr says not eligible (or leaves it out)
//   ✓ for ?   fesr says eligible, the reader says "to verify"
// Usage: node eval/run.mjs [--json] [--details FIRM] [--bin path/to/fesr.js]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXPORT = join(
  ROOT,
  'test/fixtures/import/incentivi-gov-it_evoluto_opendata-export_2025-06-28.json',
);
/** The day the export was made: statuses are judged for it. */
const AS_OF = '2025-06-28';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? null : (args[i + 1] ?? null);
};
const bin = flag('--bin') ?? join(ROOT, 'bin/fesr.js');
const judged = JSON.parse(readFileSync(join(ROOT, 'eval/judgements.json'), 'utf8'));
const firms = JSON.parse(readFileSync(join(ROOT, 'eval/firms.json'), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'fesr-eval-'));
const env = {
  PATH: process.env.PATH,
  HOME: dir,
  NO_COLOR: '1',
  LANG: 'C.UTF-8',
  FESR_DB: join(dir, 'eval.sqlite'),
};
function fesr(argv) {
  const run = spawnSync(process.execPath, [bin, ...argv], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0)
    throw new Error(`fesr ${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

const VERDICT = { eligible: 'eligible', unverified: 'verify', ineligible: 'ineligible' };
try {
  fesr(['import', EXPORT]);
  const report = firms.map((firm) => {
    // Closed calls are left out by the default statuses, as a user sees them: absent = not eligible.
    const out = JSON.parse(
      fesr([
        'search',
        ...firm.flags,
        '--as-of',
        AS_OF,
        '--source',
        'incentivi',
        '--status',
        'open,upcoming,unknown',
        '--explain',
        '--format',
        'json',
      ]),
    );
    const byId = new Map(out.map((r) => [r.id, r]));
    const counts = {
      wrongEligible: 0,
      wrongVerify: 0,
      missed: 0,
      eligibleForVerify: 0,
      agree: 0,
      judged: 0,
    };
    const details = [];
    for (const record of judged) {
      const expected = record.judgements[firm.key]?.verdict;
      if (!expected) continue;
      counts.judged++;
      const result = byId.get(`incentivi-${record.id}`);
      const got = result ? VERDICT[result.eligibility] : 'ineligible';
      if (got === expected) counts.agree++;
      let kind = null;
      if (got === 'eligible' && expected === 'ineligible') kind = 'wrongEligible';
      else if (got === 'verify' && expected === 'ineligible') kind = 'wrongVerify';
      else if (got === 'ineligible' && expected === 'eligible') kind = 'missed';
      else if (got === 'eligible' && expected === 'verify') kind = 'eligibleForVerify';
      if (kind) counts[kind]++;
      if (got !== expected) {
        const failing = (result?.reasons ?? [])
          .filter((r) => r.verdict !== 'pass')
          .map((r) => `${r.criterion}: ${r.detail}`);
        details.push({
          id: record.id,
          title: record.title,
          expected,
          got,
          kind,
          reader: record.judgements[firm.key].reason,
          fesr: failing,
        });
      }
    }
    return { firm: firm.key, ...counts, details };
  });
  if (args.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify(
        report.map(({ details, ...r }) =>
          args.includes('--with-details') ? { ...r, details } : r,
        ),
        null,
        2,
      )}\n`,
    );
  } else {
    const rows = report.map(
      (r) =>
        `| ${r.firm} | ${r.judged} | ${r.agree} | ${r.wrongEligible} | ${r.wrongVerify} | ${r.missed} | ${r.eligibleForVerify} |`,
    );
    process.stdout.write(
      [
        '| firm | judged | agree | wrong ✓ | wrong ? | missed | ✓ for ? |',
        '|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n') + '\n',
    );
    const only = flag('--details');
    for (const r of report.filter((x) => only && (only === 'all' || x.firm === only))) {
      process.stdout.write(`\n## ${r.firm}\n`);
      for (const d of r.details)
        process.stdout.write(
          `- ${d.id} ${d.title.slice(0, 60)}: reader ${d.expected}, fesr ${d.got}${d.kind ? ` [${d.kind}]` : ''}\n    reader: ${d.reader}\n    fesr: ${d.fesr.join(' | ').slice(0, 400)}\n`,
        );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
