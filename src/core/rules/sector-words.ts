// Sector limits the ATECO field does not carry: the portal's own sector list (incentivi
// `Settore_Attivita`, 21 values) and phrases of the text ("imprese agricole", "settore turistico").
import { isWithin } from '../ateco.js';
import type { ExtractedRule } from '../types.js';
import { anyOf, cueBefore, quoteOf, quoteWhole, searchable } from './words.js';

/**
 * The 21 `Settore_Attivita` values and the ATECO 2007 sections, divisions or groups each one
 * covers. Every division belongs to the value that names its activity; "Altri servizi" takes the
 * service sections no other value names. "Artigianato" is a legal status (impresa artigiana)
 * that crosses every sector, so it covers no code: a list that holds it can never rule a firm out.
 */
export const SECTOR_LIST_TABLE: Record<string, string[]> = {
  'Agricoltura, silvicoltura e pesca': ['A'],
  Agroalimentare: ['01', '03', '10', '11'],
  Alberghiero: ['55'],
  'Altri servizi': ['K', 'L', 'M', 'N', 'O', 'P', 'S', 'T', 'U', '77', '63'],
  Artigianato: [],
  'Autoveicoli e altri mezzi di trasporto': ['29', '30', '45'],
  'Chimica e Farmaceutica': ['19', '20', '21', '22'],
  Commercio: ['G'],
  Cultura: ['58.1', '59', '60', '90', '91'],
  Edilizia: ['F', '23.5', '23.6'],
  Elettronica: ['26', '27'],
  'Fornitura Energia, Acqua e gestione Rifiuti': ['D', 'E'],
  ICT: ['58.2', '61', '62', '63'],
  Meccanica: ['25', '28', '33'],
  Metallurgia: ['24', '25'],
  'Mobili, Legno e Carta': ['16', '17', '18', '31'],
  'Moda e Tessile': ['13', '14', '15'],
  Ristorazione: ['56'],
  Salute: ['Q', '21', '32.5'],
  'Servizi di trasporto': ['H'],
  Turismo: ['55', '79'],
};
const ALL_VALUES = Object.keys(SECTOR_LIST_TABLE).length;

/**
 * A list of up to this many values is a choice that rules out the sectors it leaves out (read so
 * by hand on the real export: "Settore_Attivita lists only Commercio, Altri servizi"); a longer
 * one that leaves a sector out is as often the portal's habit, so it only makes it "to verify".
 */
export const LIST_DECIDES_UP_TO = 15;

/** The values of the list a code belongs to. */
export function sectorValuesOf(code: string): string[] {
  return Object.entries(SECTOR_LIST_TABLE)
    .filter(([, scopes]) => scopes.some((scope) => isWithin(code, scope, '2007')))
    .map(([value]) => value);
}

/** The rule of a source's sector list, when it names fewer than all values. */
export function sectorListRule(listed: readonly string[]): ExtractedRule | null {
  const known = listed.filter((v) => v in SECTOR_LIST_TABLE);
  if (known.length === 0 || known.length >= ALL_VALUES) return null;
  const codes = [...new Set(known.flatMap((v) => SECTOR_LIST_TABLE[v] ?? []))];
  const sure = known.length <= LIST_DECIDES_UP_TO;
  return {
    kind: 'sector',
    codes,
    labels: known,
    sure,
    from: { source: 'field', field: 'sector list', quote: quoteWhole(known.join('; ')) },
  };
}

/**
 * Phrases that name the firms a call is for, with the ATECO 2007 scopes they mean. They count
 * only as "to verify", unless "esclusivamente", "solo", "riservato" stands just before them.
 */
export const SECTOR_PHRASES: { pattern: RegExp; label: string; codes: string[] }[] = [
  {
    pattern:
      /\b(?:imprese|aziende|piccole imprese) agricol\w*|\bsettore agricolo\b|\bimprenditori agricoli\b/g,
    label: 'agriculture',
    codes: ['A'],
  },
  { pattern: /\bapicolt\w*/g, label: 'bee-keeping', codes: ['01.49'] },
  {
    pattern: /\b(?:imprese|strutture|attivita) (?:turistic\w*|ricettiv\w*)|\bsettore turistico\b/g,
    label: 'tourism',
    codes: ['55', '79'],
  },
  {
    pattern: /\bimprese manifatturiere\b|\bsettor[ei] manifatturier\w*/g,
    label: 'manufacturing',
    codes: ['C'],
  },
  { pattern: /\bimpianti di risalita\b/g, label: 'ski lifts', codes: ['49.39'] },
  { pattern: /\bautotrasport\w*/g, label: 'road haulage', codes: ['49.41'] },
  {
    pattern:
      /\b(?:imprese|esercizi|attivita) commercial\w*|\b(?:esercizi|commercial\w*) di vicinato\b|\bcommercio al dettaglio\b/g,
    label: 'retail',
    codes: ['G'],
  },
  {
    pattern: /\bsettori? (?:dell )?automotive\b|\baerospazial\w*/g,
    label: 'automotive and aerospace',
    codes: ['29', '30.3'],
  },
  {
    pattern: /\bpubblici esercizi\b|\besercizi di somministrazione\b/g,
    label: 'bars and restaurants',
    codes: ['56'],
  },
  {
    pattern: /\bfiliera (?:delle costruzioni|edile)\b|\bimprese edili\b|\bsettore edile\b/g,
    label: 'construction',
    codes: ['F'],
  },
  { pattern: /\bimpiantistica sportiva\b|\bsettore sportivo\b/g, label: 'sport', codes: ['93.1'] },
  {
    pattern: /\b(?:imprese|settore) (?:culturali e creative|dell audiovisivo|cinematografic\w*)\b/g,
    label: 'culture and media',
    codes: ['58.1', '59', '60', '90', '91'],
  },
];
const ANY_SECTOR_PHRASE = anyOf(SECTOR_PHRASES.map((p) => p.pattern));
const ONLY =
  /\b(esclusivamente|solo|soltanto|unicamente|specifica(?:ta)?mente|riservat\w*|rivolt\w* (?:alle|ai)|rivolg\w*|destinat\w* (?:alle|ai))\s+(?:\w+\s+){0,2}$/;
const EXCLUDED =
  /\b(esclus\w*|eccetto|tranne|non (?:sono )?ammess\w*|ad esclusione|non appartenent\w*)\b/;

/**
 * The sector rule of a title or description: every phrase found counts, since a text that
 * names several kinds of firm admits each of them.
 */
export function sectorPhraseRule(
  text: string,
  field: string,
): Extract<ExtractedRule, { kind: 'sector' }> | null {
  const plain = searchable(text);
  if (!ANY_SECTOR_PHRASE.test(plain)) return null;
  const labels: string[] = [];
  const codes: string[] = [];
  let first: { index: number; end: number } | null = null;
  let sure = true;
  for (const { pattern, label, codes: scopes } of SECTOR_PHRASES) {
    for (const m of plain.matchAll(pattern)) {
      if (cueBefore(plain, m.index, EXCLUDED, 60)) continue;
      labels.push(label);
      codes.push(...scopes.filter((c) => !codes.includes(c)));
      sure &&= ONLY.test(plain.slice(Math.max(0, m.index - 40), m.index));
      if (!first || m.index < first.index) first = { index: m.index, end: m.index + m[0].length };
      break;
    }
  }
  if (!first) return null;
  return {
    kind: 'sector',
    codes,
    labels,
    sure,
    from: { source: 'text', field, quote: quoteOf(text, first.index, first.end) },
  };
}
