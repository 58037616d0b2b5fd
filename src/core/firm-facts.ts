// Company facts beside size, sector and province: founding date and legal form, read from what
// people type (flags, firms CSV cells, wizard answers), in Italian or English.
import { UsageError } from '../errors.js';
import { LEGAL_FORMS, type LegalForm } from './types.js';
import { foldText } from './text.js';

/**
 * Legal forms as people write them, folded (dots and spaces dropped: "S.r.l." is "srl"). The
 * Italian names first, then English ones.
 */
export const LEGAL_FORM_WORDS: Record<string, LegalForm> = {
  srl: 'srl',
  srls: 'srl',
  societaaresponsabilitalimitata: 'srl',
  spa: 'spa',
  societaperazioni: 'spa',
  sapa: 'sapa',
  snc: 'snc',
  sas: 'sas',
  cooperativa: 'cooperative',
  coop: 'cooperative',
  scarl: 'cooperative',
  societacooperativa: 'cooperative',
  cooperative: 'cooperative',
  dittaindividuale: 'sole-trader',
  impresaindividuale: 'sole-trader',
  soletrader: 'sole-trader',
  consorzio: 'consortium',
  consortium: 'consortium',
  associazione: 'association',
  association: 'association',
  fondazione: 'foundation',
  foundation: 'foundation',
  altro: 'other',
  other: 'other',
};

/**
 * How registry extracts spell the forms in full ("SOCIETA' A RESPONSABILITA' LIMITATA CON UNICO
 * SOCIO", "Soc. Coop.", "cooperativa sociale"): a phrase anywhere in the folded text, checked in
 * this order (the accomandita per azioni before the per azioni).
 */
const LEGAL_FORM_PHRASES: [RegExp, LegalForm][] = [
  [/\bcoop\w*/, 'cooperative'],
  [/\bconsortil\w*|\bconsorzio\b/, 'consortium'],
  [/\baccomandita per azioni\b/, 'sapa'],
  [/\baccomandita semplice\b/, 'sas'],
  [/\bnome collettivo\b/, 'snc'],
  [/\bresponsabilita limitata\b|^s ?r ?l/, 'srl'],
  [/\bper azioni\b|^s ?p ?a\b/, 'spa'],
  [/\b(?:ditta|impresa) individuale\b/, 'sole-trader'],
];

/** The legal form a text names, or null when it names none fesr knows. */
export function findLegalForm(input: string): LegalForm | null {
  const folded = foldText(input);
  const key = folded.replace(/\s+/g, '');
  return LEGAL_FORM_WORDS[key] ?? LEGAL_FORM_PHRASES.find(([p]) => p.test(folded))?.[1] ?? null;
}

export function parseLegalForm(input: string): LegalForm {
  const form = findLegalForm(input);
  if (form) return form;
  throw new UsageError(
    `unknown legal form "${input}"`,
    `use one of ${LEGAL_FORMS.join(', ')} (Italian: srl, spa, cooperativa, ditta individuale, …)`,
    { detail: { code: 'unknown-legal-form', params: { input, allowed: LEGAL_FORMS.join(', ') } } },
  );
}

const FOUNDED = /^(\d{4})(?:[-/.](\d{1,2}))?$/;

/**
 * `YYYY` or `YYYY-MM` (also `YYYY/MM`, `MM/YYYY`, and a whole date `YYYY-MM-DD` or
 * `DD/MM/YYYY` as a registry extract writes it), as `YYYY` or `YYYY-MM`.
 */
export function parseFounded(input: string, today: string): string {
  const day = /^(\d{4})-(\d{2})-\d{2}$/.exec(input.trim()) ?? null;
  const italianDay = /^\d{1,2}[/.-](\d{1,2})[/.-](\d{4})$/.exec(input.trim());
  const text = day
    ? `${day[1]}-${day[2]}`
    : italianDay
      ? `${italianDay[2]}-${italianDay[1]}`
      : input.trim();
  const swapped = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  const m = FOUNDED.exec(swapped ? `${swapped[2]}-${swapped[1]}` : text);
  const year = m ? Number(m[1]) : NaN;
  const month = m?.[2] ? Number(m[2]) : null;
  const value = m
    ? month !== null
      ? `${m[1]}-${String(month).padStart(2, '0')}`
      : String(m[1])
    : '';
  if (
    !m ||
    year < 1800 ||
    (month !== null && (month < 1 || month > 12)) ||
    value > today.slice(0, value.length)
  ) {
    throw new UsageError(
      `"${input}" is not a founding date`,
      'write the year, or the year and month: 2021 or 2021-03 (not in the future)',
      { detail: { code: 'bad-founded', params: { input } } },
    );
  }
  return value;
}
