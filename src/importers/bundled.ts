// First-use seeding: the reference tables and the bundled measures from data/. A database that
// lags behind the data shipped with this fesr is brought up to date the same way.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { setMeta } from '../db/imports.js';
import type { Db } from '../db/open.js';
import { writeReference, type AtecoEntry, type Municipality } from '../db/reference.js';
import { importFile } from './run-import.js';
import { BUNDLED_AS_OF_KEY } from '../db/snapshots.js';
import { isValidDate } from '../core/dates.js';
import {
  BUNDLED_MEASURES,
  BUNDLED_META,
  DATA_DIR,
  REFERENCE_VERSION,
  type SeedingNeeded,
} from './seed-check.js';

const REFERENCE = `${DATA_DIR}reference/`;

function readCsv(name: string): Record<string, string>[] {
  return parse(readFileSync(`${REFERENCE}${name}`), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
}

function levelOf2007(code: string): number {
  if (/^[A-Z]$/.test(code)) return 1;
  return code.replace(/\./g, '').length;
}

export function loadReference(db: Db): void {
  const crosswalkRows = readCsv('ateco2022_to_ateco2025_raccordo_rappresentativo_istat.csv');
  const ateco2025 = readCsv('ateco2025_struttura_istat_it_en.csv');
  const english2025 = new Map(
    ateco2025.map((r) => [r.CODICE_ATECO_2025 ?? '', r.TITOLO_INGLESE_ATECO_2025 ?? '']),
  );
  const representative = new Map(
    crosswalkRows.map((r) => [
      r.CODICE_ATECO_2022 ?? '',
      r.CODICE_ATECO_2025_RAPPRESENTATIVO ?? '',
    ]),
  );
  const entries: AtecoEntry[] = [
    ...readCsv('ateco2007_agg2022_istat_full.csv').map((r): AtecoEntry => {
      const code = (r.section ?? '').trim();
      return {
        version: '2007',
        code,
        level: levelOf2007(code),
        titleIt: (r.title ?? '').trim(),
        // ISTAT publishes no English ATECO 2007; the representative 2025 code's title is close.
        titleEn: english2025.get(representative.get(code) ?? '') || null,
        description: r.description?.trim() || null,
      };
    }),
    ...ateco2025.map((r): AtecoEntry => ({
      version: '2025',
      code: (r.CODICE_ATECO_2025 ?? '').trim(),
      level: Number(r.GERARCHIA_ATECO_2025),
      titleIt: (r.TITOLO_ITALIANO_ATECO_2025 ?? '').trim(),
      titleEn: r.TITOLO_INGLESE_ATECO_2025?.trim() || null,
      description: null,
    })),
  ];
  const crosswalk = crosswalkRows
    .filter(
      (r) => r.CODICE_ATECO_2025_RAPPRESENTATIVO && r.CODICE_ATECO_2025_RAPPRESENTATIVO !== 'n.d.',
    )
    .map((r): [string, string] => [
      r.CODICE_ATECO_2022 ?? '',
      r.CODICE_ATECO_2025_RAPPRESENTATIVO ?? '',
    ]);
  writeReference(db, entries, crosswalk, currentMunicipalities());
  setMeta(db, 'reference_version', REFERENCE_VERSION);
}

/**
 * The comuni of today: the 2020 ISTAT list without the comuni merged, incorporated or moved away
 * since (their names lead to the successor through the table of changes, `formerMunicipality`),
 * with the comuni born since, the renamed ones under their new names and the Sardinian comuni the
 * 2021-2025 reform is known to have moved under their new province.
 */
export function currentMunicipalities(): Municipality[] {
  const changes = readCsv('comuni_variazioni_2020_2026.csv');
  const successors = new Set(changes.map((r) => r.codice_istat_successore ?? ''));
  const suppressed = new Set(
    changes
      .filter((r) => r.tipo !== 'scissione')
      .map((r) => r.codice_istat_predecessore ?? '')
      .filter((code) => !successors.has(code)),
  );
  const moved = new Map(
    readCsv('comuni_province_sardegna_2025.csv').map((r) => [
      r.codice_istat_comune_2020 ?? '',
      r.sigla_provincia ?? '',
    ]),
  );
  const byCode = new Map<string, Municipality>();
  for (const r of readCsv('comuni_istat_2020.csv')) {
    const istatCode = r.codice_istat_comune ?? '';
    if (suppressed.has(istatCode)) continue;
    byCode.set(istatCode, {
      istatCode,
      name: r.nome ?? '',
      province: moved.get(istatCode) ?? r.sigla_provincia ?? '',
      regionCode: r.codice_regione ?? '',
    });
  }
  for (const m of municipalitiesSince2020()) byCode.set(m.istatCode, m);
  return [...byCode.values()];
}

/**
 * The comuni born of fusions, incorporations, splits, moves and renamings since the 2020 list,
 * from the sourced table of changes; a renamed comune keeping its code takes the new name.
 */
export function municipalitiesSince2020(): Municipality[] {
  const bySuccessor = new Map<string, Municipality>();
  for (const r of readCsv('comuni_variazioni_2020_2026.csv')) {
    const istatCode = r.codice_istat_successore ?? '';
    bySuccessor.set(istatCode, {
      istatCode,
      name: r.nome_successore ?? '',
      province: r.sigla_provincia ?? '',
      regionCode: r.codice_regione ?? '',
    });
  }
  return [...bySuccessor.values()];
}

/** Loads whatever `seedingNeeded` found missing or stale. */
export async function seedBundled(db: Db, needed: SeedingNeeded): Promise<void> {
  if (needed.reference) loadReference(db);
  if (!needed.measuresHash) return;
  await importFile(db, {
    file: BUNDLED_MEASURES,
    label: 'data/measures.csv',
    source: 'bundled',
    format: 'fesr-csv',
    strict: true,
  });
  setMeta(db, BUNDLED_AS_OF_KEY, bundledAsOf());
  setMeta(db, 'bundled_hash', needed.measuresHash);
}

/** The day the bundled facts were last checked, from data/measures.meta.json. */
export function bundledAsOf(): string {
  const meta = JSON.parse(readFileSync(BUNDLED_META, 'utf8')) as { asOf?: unknown };
  if (typeof meta.asOf !== 'string' || !isValidDate(meta.asOf))
    throw new Error(`${BUNDLED_META}: "asOf" is not a YYYY-MM-DD date`);
  return meta.asOf;
}
