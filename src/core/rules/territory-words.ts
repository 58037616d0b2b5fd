// The territory a record limits its call to in words or through its grantor, when the territory
// fields only say the region: a chamber of commerce's own call, a province's or a municipality's
// fund, "MPMI iscritte al Registro delle imprese della CCIAA di Bergamo", "imprese bresciane".
import { PROVINCES, type Province } from '../provinces.js';
import { foldText } from '../text.js';
import type { ExtractedRule, Provenance, ProvenanceSource } from '../types.js';
import { anyOf, quoteOf, quoteWhole, searchable } from './words.js';

/** A municipality as the rules need it: ISTAT code (its first three digits: the province's). */
export interface MunicipalityRef {
  istatCode: string;
  regionCode: string;
}
export interface TerritoryContext {
  municipalitiesNamed(name: string): readonly MunicipalityRef[];
}

/**
 * Names that stand for a province inside a chamber's or a text's words, beside the official ones
 * and their parts: merged chambers write "Milano Monza Brianza Lodi", "Como-Lecco",
 * "Cremona-Mantova-Pavia", so each name found counts.
 */
const PROVINCE_WORDS: [string, string][] = [
  ['monza', 'MB'],
  ['brianza', 'MB'],
  ['reggio emilia', 'RE'],
  ['valtellina', 'SO'],
];

/**
 * Lombardy's demonyms ("imprese bresciane"): the adjective of a province's firms. Lombardy is
 * fesr's focus; other regions' records rarely narrow by adjective.
 */
const DEMONYMS: [RegExp, string][] = [
  [/\bbergamasc(?:a|he|o|hi)\b/, 'BG'],
  [/\bbrescian(?:a|e|o|i)\b/, 'BS'],
  [/\bcomasc(?:a|he|o|hi)\b/, 'CO'],
  [/\bcremones(?:e|i)\b/, 'CR'],
  [/\blecches(?:e|i)\b/, 'LC'],
  [/\blodigian(?:a|e|o|i)\b/, 'LO'],
  [/\bmantovan(?:a|e|o|i)\b/, 'MN'],
  [/\bmilanes(?:e|i)\b/, 'MI'],
  [/\b(?:brianzol(?:a|e|o|i)|monzes(?:e|i))\b/, 'MB'],
  [/\bpaves(?:e|i)\b/, 'PV'],
  [/\b(?:valtellines(?:e|i)|sondries(?:e|i))\b/, 'SO'],
  [/\bvaresin(?:a|e|o|i)\b/, 'VA'],
];

const NAME_INDEX: [string, string][] = [
  ...PROVINCES.flatMap((p): [string, string][] =>
    [p.name, ...p.name.split(/\/|-| e | nell /)].map((n): [string, string] => [
      foldText(n),
      p.sigla,
    ]),
  ),
  ...PROVINCE_WORDS,
].filter(([name]) => name.length >= 3);

/** Every province named in a folded text, in order of the index. */
export function provincesNamedIn(folded: string): string[] {
  const padded = ` ${folded} `;
  const found: string[] = [];
  for (const [name, sigla] of NAME_INDEX) {
    if (padded.includes(` ${name} `) && !found.includes(sigla)) found.push(sigla);
  }
  return found;
}

const provinceOf = (sigla: string): Province | undefined =>
  PROVINCES.find((p) => p.sigla === sigla);

/**
 * The regions words may narrow within: those of a regional (or unstated) territory, or every
 * region (`[]`) for a national one. Null when the fields already name provinces or municipalities.
 */
function narrowable(territory: readonly string[]): string[] | null {
  if (territory.includes('IT')) return territory.length === 1 ? [] : null;
  if (territory.some((t) => !t.startsWith('region:'))) return null;
  return territory.map((t) => t.slice('region:'.length));
}

/** Provinces in the record's regions (all, when it states none). */
function inRegions(siglas: readonly string[], regions: readonly string[]): string[] {
  return siglas.filter((s) => {
    const p = provinceOf(s);
    return p !== undefined && (regions.length === 0 || regions.includes(p.regionCode));
  });
}

/** Text that opens the call to the whole region, which makes a grantor's own area unsure. */
const WHOLE_REGION =
  /\b(sede|unita locale|unita operativa|unita produttiva|operanti|ubicat\w*|localizzat\w*)[^.;]{0,80}\b(territorio (della )?regione|regione lombardia|in lombardia|territorio lombardo|territorio regionale)\b/;

interface Found {
  tokens: string[];
  index: number;
  end: number;
}

const CHAMBER = /\b(?:camera di commercio|cciaa|c c i a a)\b/;
const COMUNE = /^comune di (.+)$/;
const PROVINCIA = /^(?:provincia(?: autonoma)?|citta metropolitana) di (.+)$/;
/** Bodies of a whole region: their calls are the region's. */
const REGIONAL_BODY = /^regione\b|\bunione regionale\b|\bunioncamere\b/;

function municipalityTokens(
  name: string,
  regions: readonly string[],
  ctx: TerritoryContext,
): string[] {
  const words = foldText(name).split(' ');
  // The longest run of leading words that names a municipality ("pietra de giorgi", "milano").
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const candidates = ctx.municipalitiesNamed(words.slice(0, n).join(' '));
    const inRegion = candidates.filter(
      (c) => regions.length === 0 || regions.includes(c.regionCode),
    );
    if (inRegion.length) return inRegion.map((c) => `municipality:${c.istatCode}`);
  }
  return [];
}

/** The grantor's own area: a municipality, a province or a chamber of commerce. */
function grantorArea(grantor: string, regions: readonly string[], ctx: TerritoryContext): string[] {
  const folded = foldText(grantor);
  if (REGIONAL_BODY.test(folded)) return [];
  const comune = COMUNE.exec(folded);
  if (comune?.[1]) return municipalityTokens(comune[1], regions, ctx);
  const provincia = PROVINCIA.exec(folded);
  const named =
    provincia?.[1] ?? (CHAMBER.test(folded) || /\bazienda speciale\b/.test(folded) ? folded : null);
  if (named === null) return [];
  return inRegions(provincesNamedIn(named), regions).map((s) => `province:${s}`);
}

/** Text patterns that limit the applicants' seat to an area; the group holds the area's name. */
const AREA_PATTERNS: RegExp[] = [
  /\biscritt\w* (?:al|nel|presso il|nel relativo) registro (?:delle )?imprese (?:della |presso la |tenuto dalla |della competente )?(?:camera di commercio|cciaa|c c i a a)([^.;:()]{0,80})/g,
  /\b(?:sede|unita locale|unita operativa|unita produttiva|sedi)\b[^.;]{0,80}?\b(?:nella provincia|in provincia|nelle province|territorio della provincia|territorio provinciale|circoscrizione (?:territoriale )?(?:della camera di commercio|camerale)?) (?:di )?([^.;:()]{0,60})/g,
  /\bcircoscrizione (?:territoriale )?(?:della camera di commercio |della cciaa |camerale )?di ([^.;:()]{0,60})/g,
  /\bimprese (?:aventi sede |con sede )?(?:nelle|delle) province di ([^.;:()]{0,60})/g,
];
const TITLE_AREA: RegExp[] = [
  /\b(?:camera di commercio|cciaa)\b[^.;:()]{0,50}?\bdi ([^.;:()]{0,60})/g,
  /\bprovincia (?:autonoma )?di ([^.;:()]{0,40})/g,
];
/** A seat elsewhere may do: "o si impegnino ad aprire un'unità locale" makes the area unsure. */
const OPEN_A_SITE = /\b(?:si impegn\w*|impegno|intend\w*) (?:ad |a )?aprire\b/;
const MUNICIPALITY_PATTERNS: RegExp[] = [
  /\b(?:nel|sul) territorio (?:del comune|comunale|della citta) di ([^.;:()]{0,50})/g,
  /\b(?:sede|unita locale|unita operativa|ubicat\w*|localizzat\w*)\b[^.;]{0,60}?\bcomune di ([^.;:()]{0,50})/g,
];
const FIRM_WORDS = /\b(?:imprese|mpmi|pmi|aziende|attivita|realta|micro)\s+(?:\w+\s+){0,3}?$/;

/** Any phrase of this module, for the cheap first test of a text. */
const ANY_AREA = anyOf([
  ...AREA_PATTERNS,
  ...TITLE_AREA,
  ...MUNICIPALITY_PATTERNS,
  ...DEMONYMS.map(([pattern]) => pattern),
]);

function findInText(
  plain: string,
  regions: readonly string[],
  ctx: TerritoryContext,
  patterns: readonly RegExp[],
): Found[] {
  const found: Found[] = [];
  if (!ANY_AREA.test(plain)) return found;
  for (const pattern of patterns) {
    for (const m of plain.matchAll(pattern)) {
      const siglas = inRegions(provincesNamedIn(foldText(m[1] ?? '')), regions);
      if (siglas.length)
        found.push({
          tokens: siglas.map((s) => `province:${s}`),
          index: m.index,
          end: m.index + m[0].length,
        });
    }
  }
  for (const pattern of MUNICIPALITY_PATTERNS) {
    for (const m of plain.matchAll(pattern)) {
      const tokens = municipalityTokens(m[1] ?? '', regions, ctx);
      if (tokens.length) found.push({ tokens, index: m.index, end: m.index + m[0].length });
    }
  }
  for (const [pattern, sigla] of DEMONYMS) {
    // The first "bresciana" may name a trade ("apicoltura bresciana"), a later one the firms.
    const m = [...plain.matchAll(new RegExp(pattern, 'g'))].find((d) =>
      FIRM_WORDS.test(plain.slice(Math.max(0, d.index - 40), d.index)),
    );
    if (!m) continue;
    if (inRegions([sigla], regions).length)
      found.push({ tokens: [`province:${sigla}`], index: m.index, end: m.index + m[0].length });
  }
  return found;
}

export interface TerritoryWords {
  territory: readonly string[];
  title: string;
  description: string | null;
  grantor: string | null;
}

/** The territory rules of a record: from its grantor, its title and its description. */
export function territoryRules(words: TerritoryWords, ctx: TerritoryContext): ExtractedRule[] {
  const regions = narrowable(words.territory);
  if (regions === null) return [];
  const national = words.territory.includes('IT');
  const rules: ExtractedRule[] = [];
  const description = words.description ?? '';
  const plainDescription = searchable(description);
  // Words that open the call to the whole region, or to firms that will open a site there,
  // leave the text's own area to check; a local grantor's area stands.
  const textSure = !WHOLE_REGION.test(plainDescription) && !OPEN_A_SITE.test(plainDescription);
  const rule = (tokens: string[], sure: boolean, from: Provenance): void => {
    const key = tokens.join(',');
    if (!rules.some((r) => r.kind === 'territory' && r.tokens.join(',') === key))
      rules.push({ kind: 'territory', tokens, sure, from });
  };
  const add = (text: string, field: string, source: ProvenanceSource, found: Found[]) => {
    for (const f of found)
      rule(f.tokens, textSure, { source, field, quote: quoteOf(text, f.index, f.end) });
  };
  if (words.grantor) {
    const tokens = grantorArea(words.grantor, regions, ctx);
    if (tokens.length)
      rule(tokens, !OPEN_A_SITE.test(plainDescription), {
        source: 'grantor',
        field: 'grantor',
        quote: quoteWhole(words.grantor),
      });
  }
  add(
    words.title,
    'title',
    'text',
    findInText(searchable(words.title), regions, ctx, [...AREA_PATTERNS, ...TITLE_AREA]),
  );
  // A national record's description names places for many reasons; only regional ones narrow.
  if (!national)
    add(
      description,
      'description',
      'text',
      findInText(plainDescription, regions, ctx, AREA_PATTERNS),
    );
  return rules;
}
