// incentivi.gov.it open data (MIMIT): the Solr JSON export and its CSV export share field names.
// Field meanings and quirks: README "Importing more data" and the research on the export.
import { parseAtecoCode } from '../core/ateco.js';
import { isValidDate, romeDate, utcInstantToRomeLocal } from '../core/dates.js';
import { parseAmount } from '../core/numbers.js';
import {
  amountPlaceholder,
  placeholderNote,
  withoutClosingPlaceholder,
} from '../core/placeholders.js';
import { detectProgramme } from '../core/programme.js';
import { SECTOR_LIST_TABLE } from '../core/rules/sector-words.js';
import { scanPhrases } from '../core/rules/words.js';
import { foldText } from '../core/text.js';
import type { AidForm, Applicant, Measure, Procedure, Size } from '../core/types.js';
import { FieldReader } from './fields.js';
import { municipalityTokens } from './municipalities.js';
import type { MapContext, RawRecord, RecordMapper, RowOutcome } from './types.js';
import { ALL_REGIONS, readRegions, scanVocabulary, textOf } from './vocabulary.js';

const SIZE_WORDS: [string, Size | 'any'][] = [
  ['microimpresa', 'micro'],
  ['micro impresa', 'micro'],
  ['piccola impresa', 'small'],
  ['media impresa', 'medium'],
  ['grande impresa', 'large'],
  ['non classificabile', 'any'],
  ['non classificato', 'any'],
  ['non classificabile classificato', 'any'],
];

const AID_WORDS: [string, AidForm][] = [
  ['contributo fondo perduto', 'grant'],
  ['fondo perduto', 'grant'],
  ['contributo', 'grant'],
  ['prestito anticipo rimborsabile', 'loan'],
  ['prestito', 'loan'],
  ['finanziamento agevolato', 'loan'],
  ['interventi a garanzia', 'guarantee'],
  ['garanzia', 'guarantee'],
  ['capitale di rischio', 'equity'],
  ['agevolazione fiscale', 'other'],
  ['credito d imposta', 'other'],
  ['altro', 'other'],
];

const APPLICANT_WORDS: [string, Applicant][] = [
  ['impresa', 'firm'],
  ['impresa da costituire', 'firm'],
  ['professionista', 'professional'],
  ['consorzio', 'partnership'],
  ['rete d impresa', 'partnership'],
  ['ente pubblico', 'public-body'],
  ['universita ente di ricerca', 'other'],
  ['cooperative associazioni non profit', 'other'],
  ['cittadino', 'other'],
  ['istituto finanziario', 'other'],
];

/**
 * Sizes from `Dimensioni`. "Non classificabile/classificato" alone means the call states no
 * size limit (all four); next to named sizes it is the other applicants and adds nothing.
 */
export function mapSizes(value: unknown): Size[] {
  const found = scanVocabulary(value, SIZE_WORDS);
  const named = found.filter((s): s is Size => s !== 'any');
  if (named.length === 0 && found.includes('any')) return ['micro', 'small', 'medium', 'large'];
  return (['micro', 'small', 'medium', 'large'] as const).filter((s) => named.includes(s));
}

/** Aid forms from `Forma_agevolazione`; a value outside the vocabulary is `other`. */
export function mapAidForms(value: unknown): AidForm[] {
  const text = textOf(value);
  if (text === null) return [];
  const found = scanVocabulary(value, AID_WORDS);
  return found.length ? found : ['other'];
}

const ALL_SECTORS = /^tutti i (settori|codici)\b/;

/**
 * The folded start of a text, for a test anchored at its start: a list of thousands of codes or
 * comuni is not folded whole to read its first words.
 */
function foldedHead(text: string): string {
  return foldText(text.slice(0, 200));
}

/** `Settore_Attivita` values found by their folded names (values hold commas, see vocabulary.ts). */
const SECTOR_LIST_WORDS: [string, string][] = Object.keys(SECTOR_LIST_TABLE).map((v) => [
  foldText(v),
  v,
]);

/**
 * One `Codici_ATECO` item read as a code (a section letter before the digits dropped), or null.
 * Exports list the same codes record after record: each spelling is read once (bounded memo).
 */
function atecoItem(item: string): string | null {
  let code = ATECO_ITEMS.get(item);
  if (code === undefined) {
    code = parseAtecoCode(item.replace(/^([A-Z])\.?(?=\d)/i, ''));
    if (ATECO_ITEMS.size >= 50_000) ATECO_ITEMS.clear();
    ATECO_ITEMS.set(item, code);
  }
  return code;
}
const ATECO_ITEMS = new Map<string, string | null>();

/**
 * `Codici_ATECO`: "90.00; 90.01;" (trailing `;` or not), the "Tutti i settori…" / "Tutti i
 * codici…" prose meaning every sector, absent meaning unknown. `NN.00` names a whole division.
 */
export function mapAtecoCodes(value: unknown): { codes: string[]; unread: string[] } {
  const text = textOf(value);
  if (text === null) return { codes: [], unread: [] };
  if (ALL_SECTORS.test(foldedHead(text))) return { codes: ['*'], unread: [] };
  // A Set keeps the first-seen order and finds a repeat in constant time (exports list thousands).
  const codes = new Set<string>();
  const unread: string[] = [];
  for (const item of text.split(/[;,|\s]+/).filter(Boolean)) {
    const code = atecoItem(item);
    if (code === null) unread.push(item);
    else {
      const canonical = /^\d{2}\.00$/.test(code) ? code.slice(0, 2) : code;
      codes.add(canonical);
    }
  }
  return { codes: [...codes], unread };
}

/**
 * `Data_apertura` / `Data_chiusura`: day-only values come as `T00:00:00`; any other time is a
 * UTC instant (`T22:00:00` is Rome's midnight of the next day, `T11:00:00` noon in winter).
 */
export function mapIncentiviDate(r: FieldReader, field: string, value: unknown): string | null {
  const text = r.text(field, value);
  if (text === null) return null;
  if (/^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?)?Z?$/.test(text)) {
    return isValidDate(text.slice(0, 10))
      ? text.slice(0, 10)
      : r.fail(field, `"${text}" is not a real date`);
  }
  return (
    utcInstantToRomeLocal(text) ?? r.fail(field, `"${text}" is not a date (YYYY-MM-DDTHH:MM:SS)`)
  );
}

/**
 * An amount, or null and a note when the export holds words ("163000000 (con dm 29/7)…") or a
 * placeholder for "not stated" (99999999999, see core/placeholders.ts).
 */
function amountOrNote(
  value: unknown,
  label: string,
  notes: string[],
  zeroMeansNone = false,
): number | null {
  const text = textOf(value);
  if (text === null) return null;
  const amount = parseAmount(text);
  if (amount === null) notes.push(`${label}: ${text}`);
  const placeholder = amount === null ? null : amountPlaceholder(amount);
  if (placeholder) {
    notes.push(placeholderNote(label, text, placeholder));
    return null;
  }
  return amount === 0 && zeroMeansNone ? null : amount;
}

function territoryOf(raw: RawRecord, notes: string[], context?: MapContext): string[] {
  const regions = readRegions(raw.Regioni);
  if (regions.abroad) notes.push('Regioni: also abroad (Estero)');
  const comuni = textOf(raw.Comuni);
  if (comuni && !/^tutti i comuni/.test(foldedHead(comuni)) && context) {
    const found = municipalityTokens(comuni, regions.codes, context);
    if (found.unknown.length)
      notes.push(`Comuni not found in the ISTAT table: ${found.unknown.join(', ')}`);
    if (found.tokens.length) return found.tokens;
  }
  if (regions.codes.length === ALL_REGIONS) return ['IT'];
  return regions.codes.map((code) => `region:${code}`);
}

function procedureOf(note: string | null): Procedure | null {
  if (!note) return null;
  const folded = foldText(note);
  if (/\bsportello\b|esaurimento (delle )?risorse/.test(folded)) return 'sportello';
  if (/\bgraduatoria\b/.test(folded)) return 'graduatoria';
  return null;
}

const ID = /^[A-Za-z0-9._-]+$/;

export function mapIncentiviRecord(
  raw: RawRecord,
  line: number,
  source: string,
  context?: MapContext,
): RowOutcome {
  const r = new FieldReader(line);
  const nid = r.required('ID_Incentivo', textOf(raw.ID_Incentivo));
  if (nid && !ID.test(nid)) r.fail('ID_Incentivo', `"${nid}" is not an id`);
  const notes: string[] = [];
  const ateco = mapAtecoCodes(raw.Codici_ATECO);
  const forms = textOf(raw.Forma_agevolazione);
  const spendMax = amountOrNote(raw.Spesa_Ammessa_max, 'Spesa ammessa max', notes);
  const openNote = textOf(raw.Note_di_apertura_chiusura);
  const title = r.required('Titolo', textOf(raw.Titolo));
  const opensAt = mapIncentiviDate(r, 'Data_apertura', raw.Data_apertura);
  // A far-future closing (2050-12-31, or the opening day 20 years on) is the portal's "no closing
  // date": see core/placeholders.ts.
  const closing = withoutClosingPlaceholder(
    'Data chiusura',
    mapIncentiviDate(r, 'Data_chiusura', raw.Data_chiusura),
    opensAt,
  );
  if (closing.note) notes.push(closing.note);
  const measure: Measure = {
    id: `incentivi-${nid}`,
    source,
    title,
    description: textOf(raw.Descrizione),
    programme: detectProgramme([
      textOf(raw.Titolo),
      textOf(raw.Descrizione),
      textOf(raw.Base_normativa_primaria),
      textOf(raw.Base_normativa_secondaria),
    ]),
    actionCode: null,
    managingBody: textOf(raw.Soggetto_Concedente),
    procedure: procedureOf(openNote),
    opensAt,
    closesAt: closing.closesAt,
    budgetEur: amountOrNote(raw.Stanziamento_incentivo, 'Stanziamento', notes),
    minAidEur: amountOrNote(raw.Agevolazione_Concedibile_min, 'Agevolazione min', notes),
    // A maximum of 0 is how the export says "not stated".
    maxAidEur: amountOrNote(raw.Agevolazione_Concedibile_max, 'Agevolazione max', notes, true),
    minSpendEur: amountOrNote(raw.Spesa_Ammessa_min, 'Spesa ammessa min', notes),
    aidForms: mapAidForms(raw.Forma_agevolazione),
    aidDetail:
      [
        forms,
        spendMax !== null ? `spesa ammessa fino a ${spendMax} EUR` : null,
        textOf(raw.Costi_Ammessi) ? `costi ammessi: ${textOf(raw.Costi_Ammessi)}` : null,
      ]
        .filter(Boolean)
        .join('; ') || null,
    sizes: mapSizes(raw.Dimensioni),
    maxEmployees: null,
    sizeNote: textOf(raw.Dimensioni),
    atecoIncluded: ateco.codes,
    atecoExcluded: [],
    atecoVersion: '2007',
    sectorNote:
      [
        textOf(raw.Settore_Attivita),
        ateco.unread.length ? `ATECO: ${ateco.unread.join(' ')}` : null,
      ]
        .filter(Boolean)
        .join('; ') || null,
    territory: territoryOf(raw, notes, context),
    // Longest phrase first, so "Rete d'impresa" is a partnership and not also a firm.
    applicants: scanPhrases(foldText(textOf(raw.Tipologia_Soggetto) ?? ''), APPLICANT_WORDS),
    areaScope: textOf(raw.Ambito_territoriale),
    applicantNote: textOf(raw.Tipologia_Soggetto),
    url: textOf(raw.Link_istituzionale),
    sourceUrls: [],
    evidence: null,
    callCode: null,
    notes: null,
    datesNote: openNote,
    // The export has no status column: only dates and notes.
    statusSeen: null,
    sectorsListed: scanVocabulary(raw.Settore_Attivita, SECTOR_LIST_WORDS),
    // Read from the words when the record is stored.
    rules: [],
  };
  for (const [label, key] of NOTE_FIELDS) {
    const text = textOf(raw[key]);
    if (text) notes.push(`${label}: ${text}`);
  }
  measure.notes = notes.join('\n') || null;
  if (measure.opensAt && measure.closesAt && measure.closesAt < measure.opensAt) {
    r.fail('Data_chiusura', `closes (${measure.closesAt}) before it opens (${measure.opensAt})`);
  }
  return r.issues.length
    ? { ok: false, issues: r.issues }
    : { ok: true, measure, recordDate: lastUpdateDay(raw.Data_ultimo_aggiornamento) };
}

const NOTE_FIELDS: [string, string][] = [
  ['Obiettivo', 'Obiettivo_Finalita'],
  ['Apertura e chiusura', 'Note_di_apertura_chiusura'],
  ['Ambito territoriale', 'Ambito_territoriale'],
  ['Base normativa', 'Base_normativa_primaria'],
  ['Base normativa secondaria', 'Base_normativa_secondaria'],
  ['Provvedimento attuativo', 'Provvedimento_attuativo'],
  ['Gazzetta ufficiale', 'Gazzetta_ufficiale'],
  ['Altre caratteristiche', 'Altre_caratteristiche'],
  ['Aggiornato (UTC)', 'Data_ultimo_aggiornamento'],
];

/** `Data_ultimo_aggiornamento` (a UTC instant) as the Rome day, or null when absent or unreadable. */
function lastUpdateDay(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : romeDate(instant);
}

export const incentivi: RecordMapper = {
  format: 'incentivi',
  source: 'incentivi',
  detect: (fields) => fields.includes('ID_Incentivo') && fields.includes('Titolo'),
  mapRecord: mapIncentiviRecord,
};
