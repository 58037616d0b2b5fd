// Sizes in the words where they differ from the sizes field: "tutte le imprese", "imprese di
// qualsiasi dimensione" beside a field that leaves micro firms out; "rivolto alle PMI" beside a
// field that also lists large firms; "ad esclusione delle microimprese".
import { SIZES, type ExtractedRule, type Size } from '../types.js';
import { quoteOf, searchable } from './words.js';

const EVERY_SIZE =
  /\b(?:tutte le imprese|imprese di (?:qualsiasi|ogni|qualunque) dimensione|indipendentemente dalla (?:loro )?dimensione|a prescindere dalla (?:loro )?dimensione)\b/;
/** Words that name the firms a call is for, then the size class they name. */
const SME_WORDS = String.raw`(mpmi|pmi|m p m i|micro,? piccole e medie imprese|micro ?\/ ?piccole ?\/ ?medie imprese|piccole e medie imprese|micro e piccole imprese)`;
const TARGET = new RegExp(
  String.raw`\b(?:rivolt\w*|rivolg\w*|destinat\w*|riservat\w*|beneficiar\w*|possono (?:presentare|partecipare|accedere)|a favore d\w*|sostegno (?:a|d)\w*|sostenere|support\w* (?:a|al|alle)|dedicat\w*)\b[^.;]{0,60}?\b${SME_WORDS}\b`,
);
const SME_IN_TITLE = new RegExp(String.raw`\b${SME_WORDS}\b`);
/** "in particolare alle PMI", "prioritariamente PMI": SMEs first, not SMEs only. */
const PREFERENCE =
  /\b(in particolare|particolarmente|prioritariamente|soprattutto|principalmente|specialmente|anche|tra cui|compres[ei])\b[^.;]{0,25}$/;
const LARGE_NAMED =
  /\b(?:grandi imprese|grande impresa|grandi aziende|mid ?-?caps?|large enterprises?|imprese di grandi dimensioni)\b/;
const NO_MICRO = /\b(?:ad esclusione|ad eccezione|escluse?) (?:delle |le )?micro ?-?imprese\b/;

function sizesNamed(words: string): Size[] {
  return /micro e piccole/.test(words) ? ['micro', 'small'] : ['micro', 'small', 'medium'];
}

export interface SizeWords {
  sizes: readonly Size[];
  title: string;
  description: string | null;
}

/** The size rule of a record's words, when they disagree with its sizes field. */
export function sizeRules(words: SizeWords): ExtractedRule[] {
  if (words.sizes.length === 0) return [];
  const rules: ExtractedRule[] = [];
  const description = words.description ?? '';
  const plain = searchable(description);
  const title = searchable(words.title);
  const all = words.sizes.length === SIZES.length;
  const every = EVERY_SIZE.exec(plain);
  if (!all && every) {
    rules.push({
      kind: 'size-words',
      sizes: [...SIZES],
      sure: false,
      from: {
        source: 'text',
        field: 'description',
        quote: quoteOf(description, every.index, every.index + every[0].length),
      },
    });
  }
  if (words.sizes.includes('large')) {
    const inTitle = SME_IN_TITLE.exec(title);
    const target = TARGET.exec(plain);
    const inText =
      target &&
      !PREFERENCE.test(
        plain.slice(
          Math.max(0, target.index),
          target.index + target[0].length - (target[1]?.length ?? 0),
        ),
      )
        ? target
        : null;
    const found = inTitle ?? inText;
    if (found) {
      const [text, field] = inTitle ? [words.title, 'title'] : [description, 'description'];
      rules.push({
        kind: 'size-words',
        sizes: sizesNamed(found[1] ?? ''),
        sure: !LARGE_NAMED.test(plain) && !LARGE_NAMED.test(title),
        from: {
          source: 'text',
          field,
          quote: quoteOf(text, found.index, found.index + found[0].length),
        },
      });
    }
  }
  const noMicro = NO_MICRO.exec(plain);
  if (noMicro && words.sizes.includes('micro')) {
    rules.push({
      kind: 'size-words',
      sizes: SIZES.filter((s) => s !== 'micro'),
      sure: true,
      from: {
        source: 'text',
        field: 'description',
        quote: quoteOf(description, noMicro.index, noMicro.index + noMicro[0].length),
      },
    });
  }
  return rules;
}
