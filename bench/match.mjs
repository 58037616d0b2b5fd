// `fesr match` of a consultant's firms CSV against a store of 6,000 incentivi calls (the size of
// the national catalogue): time and memory as the list grows, which should stay flat.
import { join } from 'node:path';
import { AS_OF, fesr, fmt, repeat, RUNS } from './lib.mjs';

const FIRMS = [50, 500, 2000];

export async function matchPart(fixtures) {
  const db = await fixtures.matchStore();
  const rows = [];
  for (const firms of FIRMS) {
    const file = await fixtures.firmsCsv(firms);
    for (const format of ['json', 'table']) {
      // Hundreds of firms take tens of seconds: once is enough to see the rate.
      const result = await repeat(firms >= 500 ? 1 : RUNS, () =>
        fesr(['match', file, '--format', format, '--as-of', AS_OF], {
          env: { FESR_DB: db },
          stdoutFile: join(fixtures.dir, `match-${firms}.${format}`),
        }),
      );
      rows.push({
        what: `match ${fmt.rows(firms)} firms, ${format}, 6,000-call store`,
        result,
        figures: result.timedOut ? '' : `${fmt.rows(Math.round(firms / result.seconds))} firms/s`,
        target: firms === 2000 ? '<= 10 s, flat memory' : '',
      });
    }
  }
  return { title: 'Match', rows, skipped: [] };
}
