// The bundled dataset on a fixed day, through the built binary on a fresh database (seeded on first
// use): exactly which PR FESR calls are open on 2026-12-01, after the December 2026 audit.
import { describe, expect, it } from 'vitest';
import { runFesr, tempDir } from '../helpers/run-fesr.js';

const AS_OF = '2026-12-01';

/** The PR FESR 2021-2027 calls of data/measures.csv open on 2026-12-01 (sources in data/README.md). */
const OPEN_ON_2026_12_01 = [
  'brevetti-2023', // sportello to 12:00 25/02/2027
  'competenze-per-lo-sviluppo-2025', // 10:00 11/12/2025 to 31/12/2027
  'fiere-internazionali-2026-sportello-2', // sportello from 10:00 30/07/2026
  'filiere-2025', // 16/04/2025 to 31/12/2027
  'linea-competenze-voucher-2026', // sportello from 10:00 08/01/2026
  'linea-impresa-efficiente-2025', // sportello from 10:30 16/09/2025
  'linea-microimprese-2025', // sportello from 10:30 05/11/2025
  'quota-lombardia-2025', // 10:30 16/01/2025 to 14:00 30/12/2027
  // No dates in any source; the Finlombarda page showed "Aperto" on 11/12/2025 (statusSeen).
  'linea-sviluppo-aziendale-2023',
];

/** Rows the audit found wrongly shown as open, or superseded by a later window. */
const CLOSED_BY_THE_AUDIT = [
  'competenze-innovazione-2025', // funds exhausted, sportello suspended in March 2025
  'microcredito-2024', // replaced by the sportello of 02/12/2025
  'filiere-2023', // replaced by the 2025 edition (16/04/2025)
  'microcredito-2025', // "30 giu 2026" on the CCIAA Varese card (conflict recorded)
  'linea-competenze-voucher-2023', // replaced by the 2026 reopening
  'competenze-per-lo-sviluppo-2024', // first avviso, 08/04-10/06/2025, then suspended
  'rafforza-innova', // sportello 30/06/2025 to 30/06/2026
  'collabora-innova-2024', // 08/10/2024 to 28/11/2024
];

interface Row {
  id: string;
  programme: string | null;
  status: string;
}

interface Shown {
  id: string;
  atecoIncluded: string[];
  atecoExcluded: string[];
  sectorNote: string | null;
  sourceUrls: string[];
  url: string | null;
}

function search(dir: string, status: string): Row[] {
  const r = runFesr(
    ['search', '--fesr', '--as-of', AS_OF, '--status', status, '--format', 'json'],
    dir,
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}

describe(`bundled PR FESR calls on ${AS_OF}`, () => {
  const dir = tempDir();

  it('lists exactly the calls the sources show open', () => {
    const open = search(dir, 'open');
    expect(open.map((r) => r.id).sort()).toEqual([...OPEN_ON_2026_12_01].sort());
    for (const row of open) {
      expect(row.status, row.id).toBe('open');
      expect(row.programme, row.id).toBe('PR FESR Lombardia 2021-2027');
    }
  });

  it('lists a call only seen open, with no dates, as open to verify, quoting what was seen', () => {
    const r = runFesr(
      ['show', 'linea-sviluppo-aziendale-2023', '--as-of', AS_OF, '--format', 'json'],
      dir,
    );
    const shown = JSON.parse(r.stdout) as {
      status: string;
      daysLeft: number | null;
      reasons: { criterion: string; verdict: string; code: string; quote: string | null }[];
    };
    expect(shown.status).toBe('open');
    expect(shown.daysLeft).toBeNull();
    expect(shown.reasons.find((x) => x.criterion === 'status')).toMatchObject({
      verdict: 'unknown',
      code: 'status-seen',
      quote: 'open 2025-12-11',
    });
    // A year and more after the page was seen, it says nothing any more.
    const later = runFesr(
      ['show', 'linea-sviluppo-aziendale-2023', '--as-of', '2026-12-12', '--format', 'json'],
      dir,
    );
    expect((JSON.parse(later.stdout) as { status: string }).status).toBe('unknown');
  });

  it('shows the windows the audit closed as closed, not open or unknown', () => {
    const closed = new Set(search(dir, 'closed').map((r) => r.id));
    for (const id of CLOSED_BY_THE_AUDIT) expect(closed.has(id), id).toBe(true);
  });

  it('gives at least half of the open calls stated sector rules, each traced to a source', () => {
    const shown = OPEN_ON_2026_12_01.map((id) => {
      const r = runFesr(['show', id, '--as-of', AS_OF, '--format', 'json'], dir);
      expect(r.code, id).toBe(0);
      return JSON.parse(r.stdout) as Shown;
    });
    const withRules = shown.filter(
      (m) => m.atecoIncluded.length > 0 || m.atecoExcluded.length > 0 || Boolean(m.sectorNote),
    );
    expect(withRules.length * 2).toBeGreaterThanOrEqual(shown.length);
    for (const m of shown) {
      expect(
        [m.url, ...m.sourceUrls].some((u) => u && /^https?:\/\//.test(u)),
        m.id,
      ).toBe(true);
    }
  });
});
