// Who may apply, beyond "firms": the portal's applicant types (incentivi `Tipologia_Soggetto`)
// and phrases of the text ("imprese femminili", "costituite da non più di 5 anni", "ONLUS").
import { foldText } from '../text.js';
import type { ExtractedRule, LegalForm, RequiredStatus, RestrictedApplicant } from '../types.js';
import { anyOf, quoteOf, quoteWhole, scanPhrases, searchable } from './words.js';

/**
 * Applicant types as the portal writes them (folded), and what each one admits. Only the plain
 * "Impresa" admits any firm; the qualified ones admit firms with a status, or bodies that are not
 * firms at all.
 */
export type ApplicantType =
  | { plainFirm: true }
  | { statuses: RequiredStatus[] }
  | { only: RestrictedApplicant }
  | { group: true };

export const APPLICANT_TYPE_TABLE: Record<string, ApplicantType> = {
  impresa: { plainFirm: true },
  'impresa su pmi innovativa': { statuses: ['innovative-startup', 'innovative-sme'] },
  'impresa prevalenza femminile': { statuses: ['women-led'] },
  'impresa prevalenza giovanile': { statuses: ['youth-led'] },
  'impresa da costituire femminile': { only: 'new-firm' },
  'impresa da costituire giovanile': { only: 'new-firm' },
  'impresa da costituire altro': { only: 'new-firm' },
  'impresa da costituire': { only: 'new-firm' },
  'cooperative associazioni non profit': { only: 'non-profit' },
  'ente pubblico': { only: 'public-body' },
  'universita ente di ricerca': { only: 'research' },
  cittadino: { only: 'citizen' },
  'istituto finanziario': { only: 'financial' },
  professionista: { group: true },
  consorzio: { group: true },
  'rete d impresa': { group: true },
};

const APPLICANT_TYPE_PHRASES = Object.entries(APPLICANT_TYPE_TABLE);

/** The rule the applicant types make when no plain "Impresa" is among them. */
export function applicantTypeRule(note: string | null): ExtractedRule | null {
  if (!note) return null;
  // JSON arrays, JSON-looking strings and the CSV export's commas: the phrases are found in the text.
  const kinds = scanPhrases(foldText(note), APPLICANT_TYPE_PHRASES);
  if (kinds.length === 0 || kinds.some((k) => 'plainFirm' in k || 'group' in k)) return null;
  const from = { source: 'field' as const, field: 'applicant types', quote: quoteWhole(note) };
  const statuses = [...new Set(kinds.flatMap((k) => ('statuses' in k ? k.statuses : [])))];
  if (statuses.length) return { kind: 'special-status', any: statuses, sure: true, from };
  const who = [...new Set(kinds.flatMap((k) => ('only' in k ? [k.only] : [])))];
  return who.length ? { kind: 'applicants-only', who, from } : null;
}

/** "esclusivamente", "riservato a", "rivolto alle" just before a phrase: the phrase is a rule. */
const ONLY =
  /\b(esclusivamente|solo|soltanto|unicamente|riservat\w*|rivolt\w*|destinat\w*|dedicat\w*|a favore)\b(?:\s+\w+){0,3}\s*$/;

/** Words about who applies, which a status phrase must follow to be a rule. */
const WHO =
  /\b(rivolt\w*|rivolg\w*|destinat\w*|riservat\w*|beneficiar\w*|possono|esclusivamente|solo|soltanto|dedicat\w*|a favore|sostegno|sostenere|requisit\w*|soggetti|imprese|costituit\w*)\b/;
/** Words that make a status phrase an inclusion or a bonus, not a limit. */
const ALSO =
  /\b(compres[ei]|inclus[ei]|anche|nonche|tra cui|ivi|premial\w*|priorit\w*|maggiorazion\w*|punteggi\w*|riserva|quota|incrementat\w*)\b[^.;]*$/;

const STATUS_PHRASES: { pattern: RegExp; status: RequiredStatus }[] = [
  {
    pattern:
      /\b(?:imprese|imprenditoria|aziende|attivita) femminil\w*|\bprevalenza femminile\b|\bimprenditrici\b/,
    status: 'women-led',
  },
  {
    pattern:
      /\b(?:imprese|imprenditoria|aziende) giovanil\w*|\bprevalenza giovanile\b|\bgiovani imprenditori\b|\bunder 3[56]\b/,
    status: 'youth-led',
  },
  { pattern: /\bstart ?-?up innovativ\w*/, status: 'innovative-startup' },
  { pattern: /\bpmi innovativ\w*/, status: 'innovative-sme' },
  {
    pattern:
      /\b(?:aziende|imprese|beni aziendali) (?:sequestrat\w*|confiscat\w*)|\bconfiscat\w* alla criminalita\b/,
    status: 'confiscated',
  },
];

/**
 * "€ 2.500.000 per le PMI e PMI innovative", "per le imprese femminili il contributo sarà
 * aumentato": what a kind of firm gets, not who may apply.
 */
const AMOUNT_BEFORE = /€\s*[\d.,]+\s+per\s+(?:le|gli|i)\b[^;€]{0,20}$/;
const BONUS_AFTER =
  /^\s*(?:il|la)\s+(?:contributo|agevolazione|percentuale|intensita)\s+(?:sara\s+|e\s+)?(?:aumentat|maggiorat|elevat|incrementat)/;

const NON_PROFIT =
  /\b(?:enti del terzo settore|organizzazioni di volontariato|onlus|associazioni di promozione sociale|odv|runts|enti non commerciali|associazioni sportive dilettantistiche)\b/;
/** "in forma di" before a legal form, or before a list that holds it. */
const IN_FORM = /\bin forma di\b[^.;:()]{0,40}$/;
const LEGAL_FORM_PHRASES: { pattern: RegExp; forms: LegalForm[] }[] = [
  { pattern: /\bcooperative sociali\b|\bsocieta cooperative\b/, forms: ['cooperative'] },
  { pattern: /\bsocieta di capitali\b/, forms: ['srl', 'spa', 'sapa'] },
];

const NUMBERS: Record<string, number> = {
  un: 1,
  uno: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  dieci: 10,
  dodici: 12,
  diciotto: 18,
  ventiquattro: 24,
  trentasei: 36,
  quarantotto: 48,
  sessanta: 60,
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
const AGE_MAX = new RegExp(
  String.raw`\b(?:costituit\w*|attiv[ae]|iscritt\w*|nat[ae]|operanti|avviat\w*)\s+da\s+(?:non\s+piu\s+di|meno\s+di|massimo|al\s+massimo|non\s+oltre)\s+${COUNT}\s+(anni|anno|mesi|mese)\b`,
);
const AGE_MIN = new RegExp(
  String.raw`\b(?:costituit\w*|attiv[ae]|iscritt\w*|operanti)\s+da\s+almeno\s+${COUNT}\s+(anni|anno|mesi|mese)\b`,
);

const ANY_APPLICANT_PHRASE = anyOf([
  ...STATUS_PHRASES.map((p) => p.pattern),
  NON_PROFIT,
  ...LEGAL_FORM_PHRASES.map((p) => p.pattern),
  AGE_MAX,
  AGE_MIN,
]);

const monthsOf = (count: string, unit: string) =>
  (NUMBERS[count] ?? Number(count)) * (unit.startsWith('ann') ? 12 : 1);

/** Applicant rules from the words of a title (a rule when named) or a description. */
export function applicantPhraseRules(
  text: string,
  field: string,
  isTitle: boolean,
): ExtractedRule[] {
  const plain = searchable(text);
  const rules: ExtractedRule[] = [];
  if (!ANY_APPLICANT_PHRASE.test(plain)) return rules;
  const quote = (m: RegExpExecArray) => quoteOf(text, m.index, m.index + m[0].length);
  const only = (m: RegExpExecArray) =>
    isTitle || ONLY.test(plain.slice(Math.max(0, m.index - 50), m.index));
  const statuses: RequiredStatus[] = [];
  let statusMatch: RegExpExecArray | null = null;
  let statusSure = false;
  const forAClass = (m: RegExpExecArray) =>
    AMOUNT_BEFORE.test(plain.slice(Math.max(0, m.index - 40), m.index)) ||
    BONUS_AFTER.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 60));
  for (const { pattern, status } of STATUS_PHRASES) {
    const m = [...plain.matchAll(new RegExp(pattern, 'g'))].find((found) => !forAClass(found));
    if (!m) continue;
    const before = plain.slice(Math.max(0, m.index - 80), m.index);
    // "comprese start-up e PMI innovative", "premialità per le imprese femminili": also them,
    // or a bonus, not a rule; a mention far from the words about the applicants says nothing.
    if (!isTitle && (ALSO.test(before.slice(-40)) || !WHO.test(`${before}${m[0]}`))) continue;
    statuses.push(status);
    statusSure ||= only(m);
    statusMatch ??= m;
  }
  if (statusMatch)
    rules.push({
      kind: 'special-status',
      any: statuses,
      sure: statusSure,
      from: { source: 'text', field, quote: quote(statusMatch) },
    });
  const nonProfit = NON_PROFIT.exec(plain);
  if (nonProfit && only(nonProfit))
    rules.push({
      kind: 'applicants-only',
      who: ['non-profit'],
      from: { source: 'text', field, quote: quote(nonProfit) },
    });
  // "in forma di società di capitali, società cooperative …": one list, any of its forms will do.
  const forms: LegalForm[] = [];
  let formMatch: RegExpExecArray | null = null;
  for (const { pattern, forms: named } of LEGAL_FORM_PHRASES) {
    const m = pattern.exec(plain);
    if (m && (only(m) || IN_FORM.test(plain.slice(Math.max(0, m.index - 60), m.index)))) {
      forms.push(...named);
      if (!formMatch || m.index < formMatch.index) formMatch = m;
    }
  }
  if (formMatch)
    rules.push({
      kind: 'legal-form',
      forms,
      sure: true,
      from: { source: 'text', field, quote: quote(formMatch) },
    });
  const maxFound = AGE_MAX.exec(plain);
  const min = AGE_MIN.exec(plain);
  // "sono escluse le imprese costituite da meno di 2 anni" sets a minimum age, not a maximum;
  // "premialità per le imprese costituite da non più di 3 anni" is a bonus, no limit.
  const beforeMax = maxFound ? plain.slice(Math.max(0, maxFound.index - 60), maxFound.index) : '';
  const excludedYoung =
    maxFound !== null && /\besclus\w*|\bnon (?:sono )?ammess\w*/.test(beforeMax);
  const bonus = maxFound !== null && ALSO.test(beforeMax);
  const max = excludedYoung || bonus ? null : maxFound;
  const minMonths = min
    ? monthsOf(min[1] ?? '', min[2] ?? '')
    : excludedYoung && maxFound
      ? monthsOf(maxFound[1] ?? '', maxFound[2] ?? '')
      : null;
  const first = max ?? min ?? (excludedYoung ? maxFound : null);
  if (first) {
    rules.push({
      kind: 'firm-age',
      maxMonths: max ? monthsOf(max[1] ?? '', max[2] ?? '') : null,
      minMonths,
      from: { source: 'text', field, quote: quote(first) },
    });
  }
  return rules;
}
