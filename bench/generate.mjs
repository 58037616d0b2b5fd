// The bench's data, made from samples of real records: a fesr CSV (data/FORMAT.md), an
// incentivi.gov.it-shaped JSON export and a firms CSV for `fesr match`. Written as streams, one
// row at a time, so a file of 1,000,000 rows never needs its rows in memory; seeded, so every run
// writes the same bytes and runs compare.
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const root = new URL('../', import.meta.url);
const INCENTIVI_EXPORT = new URL(
  'test/fixtures/import/incentivi-gov-it_evoluto_opendata-export_2025-06-28.json',
  root,
);

/** mulberry32: small, fast and good enough to pick samples. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

const once_ = (fn) => {
  let value;
  return () => (value ??= fn());
};

const samples = once_(() => {
  const measures = parse(readFileSync(new URL('data/measures.csv', root)), {
    columns: true,
    bom: true,
  });
  const header = Object.keys(measures[0]);
  const incentivi = JSON.parse(readFileSync(INCENTIVI_EXPORT, 'utf8'));
  const regionNames = [
    ...new Set(incentivi.flatMap((r) => (r.Regioni ? safeJson(r.Regioni) : []))),
  ].filter((name) => name !== 'Estero');
  // The provinces and their regions as fesr knows them (read as text: bench code does not depend
  // on how dist/ is laid out).
  const provincesTs = readFileSync(new URL('src/core/provinces-data.ts', root), 'utf8');
  const provinces = [
    ...provincesTs
      .split('export const FORMER_PROVINCES')[0]
      .matchAll(/sigla: '([A-Z]{2})'[^}]*?regionCode: '(\d{2})'/g),
  ].map(([, sigla, regionCode]) => ({ sigla, regionCode }));
  const regionCodes = [...new Set(provinces.map((p) => p.regionCode))];
  // Weighted as the export has them (a list twice as common is picked twice as often), capped at
  // 40 codes: a few calls list hundreds, and at 1M rows they would make the file mostly codes.
  const atecoLists = incentivi
    .map((r) => r.Codici_ATECO)
    .filter((c) => c && /^\d/.test(c))
    .map((c) =>
      c
        .split(';')
        .map((code) => code.trim())
        .filter(Boolean)
        .slice(0, 40)
        .join('; '),
    );
  return { measures, header, incentivi, regionNames, provinces, regionCodes, atecoLists };
});

function safeJson(text) {
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

const VARIANTS = [
  '',
  ' - edizione 2025',
  ' - annualità 2026',
  ' (secondo sportello)',
  ' per le imprese del territorio',
  ' - misura per la transizione digitale',
  ' - riapertura termini',
  ' 2024-2027',
];
const SIZE_LISTS = [
  'micro; small; medium',
  'micro; small; medium',
  'micro; small; medium; large',
  'micro; small',
  'small; medium',
  '',
];
const AID_FORMS = ['grant', 'grant', 'loan', 'grant; loan', 'guarantee', 'equity', 'other'];

const pad = (n) => String(n).padStart(2, '0');
const iso = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const START_2023 = Date.UTC(2023, 0, 1);
const SPAN_TO_2028 = Date.UTC(2028, 11, 31) - START_2023;
const DAY = 86_400_000;

/** Opening and closing days spread over 2023-2028; about 1 in 10 open until funds run out. */
function dates(rnd) {
  const opens = START_2023 + Math.floor(rnd.next() * SPAN_TO_2028);
  const closes = rnd.chance(0.1) ? null : opens + (7 + rnd.int(540)) * DAY;
  return { opensAt: iso(opens), closesAt: closes === null ? '' : iso(closes) };
}

/** Mostly other regions, as in the national catalogue; some national, some Lombard, some provinces. */
function territory(rnd, s) {
  const r = rnd.next();
  if (r < 0.2) return 'IT';
  if (r < 0.3) return 'region:03';
  if (r < 0.85) return `region:${rnd.pick(s.regionCodes)}`;
  return `province:${rnd.pick(s.provinces).sigla}`;
}

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeLines(path, lineAt, count, head, tail = '') {
  const out = createWriteStream(path);
  let buffered = head;
  for (let i = 0; i < count; i++) {
    buffered += lineAt(i);
    if (buffered.length > 1 << 16) {
      if (!out.write(buffered)) await once(out, 'drain');
      buffered = '';
    }
  }
  out.write(buffered + tail);
  out.end();
  await once(out, 'finish');
}

/**
 * A fesr CSV of `rows` rows: each a real row of data/measures.csv or a real incentivi record's
 * words, with a new id, a varied title, dates over 2023-2028, a territory anywhere in Italy,
 * specific ATECO lists on a third of them.
 */
export async function writeFesrCsv(path, rows, seed = 11) {
  const s = samples();
  const rnd = prng(seed);
  const lineAt = (i) => {
    const fromMeasures = rnd.chance(0.3);
    const base = fromMeasures ? { ...rnd.pick(s.measures) } : {};
    if (!fromMeasures) {
      const rec = rnd.pick(s.incentivi);
      base.title = rec.Titolo;
      base.description = rec.Descrizione;
      base.managingBody = rec.Soggetto_Concedente;
      base.url = rec.Link_istituzionale;
      base.budgetEur = /^\d+(\.\d+)?$/.test(rec.Stanziamento_incentivo)
        ? rec.Stanziamento_incentivo
        : '';
      base.evidence = 'OFF';
      base.applicants = 'firm';
    }
    base.id = `bench-${i + 1}`;
    base.title = `${base.title}${rnd.pick(VARIANTS)}`;
    base.source = '';
    base.callCode = '';
    Object.assign(base, dates(rnd));
    base.territory = territory(rnd, s);
    base.sizes = rnd.pick(SIZE_LISTS);
    base.aidForms = rnd.pick(AID_FORMS);
    const sector = rnd.next();
    base.atecoIncluded = sector < 0.55 ? '*' : sector < 0.9 ? rnd.pick(s.atecoLists) : '';
    base.atecoExcluded = base.atecoIncluded === '*' && rnd.chance(0.3) ? 'A; K' : '';
    return `${s.header.map((column) => csvCell(base[column])).join(',')}\n`;
  };
  await writeLines(path, lineAt, rows, `${s.header.join(',')}\n`);
}

/**
 * An incentivi.gov.it "evoluto" export of `rows` records: real records with new unique ids,
 * varied titles, dates over 2023-2028 and regions (a fifth of them all of Italy).
 */
export async function writeIncentiviJson(path, rows, seed = 12) {
  const s = samples();
  const rnd = prng(seed);
  const lineAt = (i) => {
    // The export's *_clean columns repeat the description and the ATECO list; they are left out
    // (fesr does not read them) so that a 100k-row export stays a few hundred MB.
    const rec = { ...rnd.pick(s.incentivi) };
    delete rec.descrizione_clean;
    delete rec.codici_ateco_clean;
    rec.ID_Incentivo = 1_000_000 + i;
    rec.Titolo = `${rec.Titolo}${rnd.pick(VARIANTS)}`;
    rec.titolo_clean = rec.Titolo;
    const { opensAt, closesAt } = dates(rnd);
    rec.Data_apertura = `${opensAt}T00:00:00`;
    rec.Data_chiusura = closesAt ? `${closesAt}T00:00:00` : '';
    const regions = rnd.chance(0.2)
      ? s.regionNames
      : [...new Set(Array.from({ length: 1 + rnd.int(3) }, () => rnd.pick(s.regionNames)))];
    rec.Regioni = JSON.stringify(regions);
    rec.regioni_clean = [rec.Regioni];
    return `${i ? ',\n' : ''}${JSON.stringify(rec)}`;
  };
  await writeLines(path, lineAt, rows, '[\n', '\n]\n');
}

const FIRM_ATECO = [
  '20.42',
  '62.01',
  '25.62',
  '10.71',
  '56.10',
  '41.20',
  '47.11',
  '28.99',
  '01.11',
];
const FIRM_NAMES = ['Officine', 'Laboratori', 'Cosmetica', 'Studio', 'Costruzioni', 'Servizi'];

/** A consultant's firms CSV, with the columns of test/fixtures/firms-50.csv. */
export async function writeFirmsCsv(path, firms, seed = 13) {
  const s = samples();
  const rnd = prng(seed);
  const lineAt = (i) => {
    const employees = 1 + rnd.int(rnd.chance(0.8) ? 50 : 400);
    const turnover = employees * (60_000 + rnd.int(200_000));
    return (
      [
        `${rnd.pick(FIRM_NAMES)} ${i + 1} S.r.l.`,
        '',
        employees,
        turnover.toLocaleString('it-IT'),
        rnd.chance(0.5) ? Math.round(turnover * 0.7).toLocaleString('it-IT') : '',
        rnd.pick(FIRM_ATECO),
        rnd.pick(s.provinces).sigla,
        '',
      ].join(';') + '\n'
    );
  };
  await writeLines(
    path,
    lineAt,
    firms,
    'Ragione sociale;Dimensione;Dipendenti;Fatturato;Totale di bilancio;Codice ATECO;Provincia;Comune\n',
  );
}
