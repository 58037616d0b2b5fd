// Conditions on the applicant that no profile fact can settle: the kind of area it must sit in
// ("Aree interne", "comuni con popolazione inferiore a 3.000 abitanti") and what it must be or
// have done ("raggruppamenti di almeno 5 PMI", "composizione negoziata", "non quotate"). Each
// only makes the verdict "to verify", quoting the words.
import type { AreaKind, ConditionKind, ExtractedRule, ProvenanceSource } from '../types.js';
import { anyOf, cueBefore, quoteOf, quoteWhole, searchable } from './words.js';

/** `Ambito_territoriale` values (folded) and what they mean; "Non applicabile" means none. */
export const AREA_SCOPE_TABLE: Record<string, AreaKind> = {
  'aree interne': 'inner-areas',
  zes: 'special-economic-zone',
  'zona economica speciale': 'special-economic-zone',
  'aree di crisi': 'crisis-area',
  'area di crisi': 'crisis-area',
  'comuni montani': 'mountain-municipalities',
};

const AREA_PHRASES: { pattern: RegExp; label: AreaKind }[] = [
  {
    pattern: /\bcomuni (?:con popolazione|fino a|al di sotto)[^.;]{0,40}?\d[\d.]* abitanti\b/,
    label: 'small-municipalities',
  },
  { pattern: /\bpiccoli comuni\b/, label: 'small-municipalities' },
  {
    pattern: /\bcomuni montani\b|\bzone montane\b|\bterritori montani\b/,
    label: 'mountain-municipalities',
  },
  { pattern: /\baree interne\b/, label: 'inner-areas' },
  { pattern: /\bzone? economic\w* special\w*\b|\bzes unica\b/, label: 'special-economic-zone' },
  { pattern: /\baree? di crisi (?:industriale|complessa)\b/, label: 'crisis-area' },
];

/**
 * The searchable text with apostrophes as spaces ("dell'economia" reads "dell economia"); both
 * readers of a description ask for it, so the last one is kept.
 */
function withoutApostrophes(text: string): string {
  if (lastText !== text) {
    lastPlain = searchable(text).replace(/['’]/g, ' ');
    lastText = text;
  }
  return lastPlain;
}
let lastText: string | null = null;
let lastPlain = '';

/** Words that make a phrase a condition on who applies, not a word about the project. */
const WHO =
  /\b(rivolt\w*|rivolg\w*|destinat\w*|beneficiar\w*|riservat\w*|possono|sede|ubicat\w*|localizzat\w*|operanti|aventi|che|imprese|requisit\w*)\b/;

const CONDITION_PHRASES: { pattern: RegExp; label: ConditionKind }[] = [
  {
    pattern:
      /\b(?:raggruppament\w*|aggregazion\w*) di (?:almeno )?(?:\d+|due|tre|quattro|cinque) (?:pmi|imprese|soggetti)\b|\baccordo di filiera\b|\bcompost\w* da almeno (?:\d+|tre|cinque) (?:imprese|pmi)\b/,
    label: 'grouping',
  },
  {
    pattern: /\bcomposizione negoziata\b|\bconcordato preventivo\b|\baccordo di ristrutturazione\b/,
    label: 'crisis-procedure',
  },
  {
    pattern:
      /\b(?:percorso|processo) (?:di|per la) quotazione\b|\bnon (?:siano )?(?:gia )?quotat\w*\b/,
    label: 'listing',
  },
  { pattern: /\biscritt\w* (?:al|nel) registro nazionale\b/, label: 'registry' },
  {
    pattern: /\b(?:autorizzazione|licenza) (?:\w+ )?(?:d |all )?uso del marchio\b/,
    label: 'trademark',
  },
  { pattern: /\baziende dell economia sociale\b|\bimprese sociali\b/, label: 'social-economy' },
  {
    pattern:
      /\baziende sviluppatrici\b|\bsystem integrator\b|\bfornitori di (?:soluzioni|tecnologie)\b/,
    label: 'suppliers',
  },
  {
    pattern:
      /\b(?:rivolt\w*|destinat\w*|a favore) (?:\w+ ){0,3}imprese in (?:stato di )?difficolta\b/,
    label: 'firms-in-difficulty',
  },
];
const ANY_CONDITION = anyOf([
  ...AREA_PHRASES.map((p) => p.pattern),
  ...CONDITION_PHRASES.map((p) => p.pattern),
]);
/** "non essere in composizione negoziata", "sono escluse le imprese sociali": not a condition to meet. */
const NEGATED = /\b(non|esclus\w*|eccetto|tranne)\b/;
/** "MPMI, incluse le imprese sociali": admitted beside the others, not a condition on them. */
const ALSO_ADMITTED = /\b(?:inclus[eio]|compres[eio])\s+(?:\w+\s+){0,2}$/;

/**
 * The clause before `index`, back to the last stop, semicolon or colon: "c) non sono soggette a
 * procedure di fallimento o di concordato preventivo" negates from the clause's start.
 */
function clauseBefore(plain: string, index: number): string {
  const window = plain.slice(Math.max(0, index - 120), index);
  return window.slice(
    Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf(':')) + 1,
  );
}

/**
 * The portal's descriptions have a section "A chi si rivolge" (who it is for) before "Cosa
 * prevede". When that section names no kind of firm ("Pubbliche amministrazioni", "disoccupati
 * residenti in Abruzzo", "farmacie convenzionate"), the call is for those applicants only.
 */
const WHO_SECTION = /\ba chi si rivolge\b(.*?)(?:\bcosa prevede\b|$)/s;
const FIRM_WORDS =
  /\b(impres\w*|pmi|mpmi|m p m i|aziend\w*|start ?-?up\w*|professionist\w*|operatori economici|lavoratori autonomi|societa|ditt[ae]|imprenditor\w*|soggetti economici|esercizi\w*|attivita (?:economich\w*|produttiv\w*|commercial\w*)|datori di lavoro|persone giuridiche)\b/;

export function whoSectionRule(text: string, field: string): ExtractedRule | null {
  const plain = withoutApostrophes(text);
  const m = WHO_SECTION.exec(plain);
  const section = m?.[1] ?? '';
  if (!m || section.split(/\s+/).filter((w) => /\p{L}{3}/u.test(w)).length < 2) return null;
  if (FIRM_WORDS.test(section)) return null;
  const start = m.index + m[0].indexOf(section);
  return {
    kind: 'condition',
    label: 'named-applicants',
    from: {
      source: 'text',
      field,
      quote: quoteOf(text, start, start + Math.min(section.length, 120)),
    },
  };
}

export function areaScopeRule(scope: string | null): ExtractedRule | null {
  if (!scope) return null;
  const folded = searchable(scope)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const label = Object.entries(AREA_SCOPE_TABLE).find(([phrase]) =>
    ` ${folded} `.includes(` ${phrase} `),
  )?.[1];
  return label
    ? { kind: 'area', label, from: { source: 'field', field: 'area', quote: quoteWhole(scope) } }
    : null;
}

/** Area and condition rules from the words of a description. */
export function conditionRules(
  text: string,
  field: string,
  source: ProvenanceSource,
): ExtractedRule[] {
  const plain = withoutApostrophes(text);
  const rules: ExtractedRule[] = [];
  if (!ANY_CONDITION.test(plain)) return rules;
  for (const { pattern, label } of AREA_PHRASES) {
    const m = pattern.exec(plain);
    if (m && cueBefore(plain, m.index, WHO, 80))
      rules.push({
        kind: 'area',
        label,
        from: { source, field, quote: quoteOf(text, m.index, m.index + m[0].length) },
      });
  }
  for (const { pattern, label } of CONDITION_PHRASES) {
    const m = pattern.exec(plain);
    if (
      m &&
      !cueBefore(plain, m.index, NEGATED, 25) &&
      !NEGATED.test(clauseBefore(plain, m.index)) &&
      !ALSO_ADMITTED.test(plain.slice(Math.max(0, m.index - 30), m.index))
    )
      rules.push({
        kind: 'condition',
        label,
        from: { source, field, quote: quoteOf(text, m.index, m.index + m[0].length) },
      });
  }
  return rules;
}
