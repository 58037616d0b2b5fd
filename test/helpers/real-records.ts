// Real words for the word-rule tests: the incentivi.gov.it export of 28 June 2025 (the records the
// rules were tuned on) and the hand judgements made on it (eval/judgements.json). A sentence is
// only taken if the record's field holds it word for word, so every case stays a real one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MunicipalityRef, TerritoryContext } from '../../src/core/rules/territory-words.js';
import { foldText } from '../../src/core/text.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXPORT = join(
  ROOT,
  'test/fixtures/import/incentivi-gov-it_evoluto_opendata-export_2025-06-28.json',
);

/** The export's fields the rules read. */
export type RecordField =
  | 'Titolo'
  | 'Descrizione'
  | 'Note_di_apertura_chiusura'
  | 'Soggetto_Concedente'
  | 'Tipologia_Soggetto'
  | 'Settore_Attivita'
  | 'Ambito_territoriale'
  | 'Regioni'
  | 'Dimensioni';

type RawRecord = Record<string, unknown>;

let records: Map<number, RawRecord> | null = null;

/** Every record of the export, by `ID_Incentivo`. */
export function allRecords(): Map<number, RawRecord> {
  if (!records) {
    const list = JSON.parse(readFileSync(EXPORT, 'utf8')) as RawRecord[];
    records = new Map(list.map((r) => [Number(r.ID_Incentivo), r]));
  }
  return records;
}

/** The whole text of one field of one record. */
export function field(id: number, name: RecordField): string {
  const record = allRecords().get(id);
  if (!record) throw new Error(`the export holds no record ${id}`);
  const value = record[name];
  if (typeof value !== 'string') throw new Error(`record ${id} has no text in ${name}`);
  return value;
}

/** A field the export writes as a JSON list (`["Commercio","Turismo"]`). */
export function listField(id: number, name: RecordField): string[] {
  const value: unknown = JSON.parse(field(id, name));
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string'))
    throw new Error(`record ${id} ${name} is not a list of texts`);
  return value;
}

/** `words`, checked to stand word for word in the record's field: a real sentence, cut. */
export function sentence(id: number, name: RecordField, words: string): string {
  if (!field(id, name).includes(words))
    throw new Error(`record ${id} ${name} does not hold «${words}»`);
  return words;
}

interface Judged {
  id: number;
  judgements: Record<string, { verdict: string; reason: string }>;
  rules: string[];
}

let judged: Map<number, Judged> | null = null;

/** What the reader wrote on a record: every firm's reason and the rules they listed, in one text. */
export function judgedWords(id: number): string {
  if (!judged) {
    const list = JSON.parse(readFileSync(join(ROOT, 'eval/judgements.json'), 'utf8')) as Judged[];
    judged = new Map(list.map((j) => [j.id, j]));
  }
  const j = judged.get(id);
  if (!j) throw new Error(`record ${id} was not judged by hand`);
  return [...Object.values(j.judgements).map((v) => v.reason), ...j.rules].join('\n');
}

/** The reader's verdict on a record for one of the five firms of eval/firms.json. */
export function judgedVerdict(id: number, firm: string): string | undefined {
  judgedWords(id);
  return judged?.get(id)?.judgements[firm]?.verdict;
}

let municipalities: TerritoryContext | null = null;

/** Municipalities by folded name, from the ISTAT list bundled in data/reference. */
export function municipalityLookup(): TerritoryContext {
  if (!municipalities) {
    const byName = new Map<string, MunicipalityRef[]>();
    const lines = readFileSync(join(ROOT, 'data/reference/comuni_istat_2020.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    for (const line of lines) {
      const [istatCode = '', name = '', , , regionCode = ''] = line.split(',');
      for (const key of new Set([name, ...name.split('/')].map(foldText))) {
        byName.set(key, [...(byName.get(key) ?? []), { istatCode, regionCode }]);
      }
    }
    municipalities = { municipalitiesNamed: (name) => byName.get(foldText(name)) ?? [] };
  }
  return municipalities;
}
