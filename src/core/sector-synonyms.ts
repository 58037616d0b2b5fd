// What the sector picker looks for when someone types everyday words: the ATECO words the
// synonym table (sector-synonyms-data.ts) gives for them, then the typed words themselves with a
// typo mended against the words of the ATECO titles. Pure: the store runs the searches.
import { SECTOR_SYNONYMS, type SectorSynonym } from './sector-synonyms-data.js';
import { foldText } from './text.js';

/** Words shorter than this are matched exactly: one edit turns "bar" into "bra" or "par". */
export const TYPO_MIN_LENGTH = 5;

/**
 * At most one edit apart: one letter inserted, removed, replaced, or two neighbours swapped
 * ("albrego" for "albergo"), the typos of a hurried hand.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // replaced
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i); // inserted or removed
}

/** A typed word standing for `word`: the same, or one typo away when both are long enough. */
function sameWord(typed: string, word: string): boolean {
  if (typed === word) return true;
  return (
    typed.length >= TYPO_MIN_LENGTH && word.length >= TYPO_MIN_LENGTH && withinOneEdit(typed, word)
  );
}

/** Lower case, no accents, one word per item ("b&b" -> ["b", "b"]). */
export function sectorWords(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean);
}

interface Indexed {
  entry: SectorSynonym;
  phrases: string[][];
}

const INDEX: readonly Indexed[] = SECTOR_SYNONYMS.map((entry) => ({
  entry,
  phrases: entry.say.map(sectorWords),
}));

/**
 * The entries the typed words name, the one whose phrase covers most of them first (then in
 * table order). The last word may be still being typed: it names a phrase word it begins, from
 * its fourth letter ("albe" is on its way to "albergo").
 */
export function matchSynonyms(term: string): SectorSynonym[] {
  const typed = sectorWords(term);
  if (!typed.length) return [];
  const last = typed.length - 1;
  const covers = (word: string) =>
    typed.some(
      (t, i) =>
        sameWord(t, word) ||
        (i === last && t.length >= 4 && word.length > t.length && word.startsWith(t)),
    );
  const scored = INDEX.flatMap(({ entry, phrases }, order) => {
    const best = Math.max(
      0,
      ...phrases.filter((phrase) => phrase.every(covers)).map((phrase) => phrase.length),
    );
    return best ? [{ entry, best, order }] : [];
  });
  return scored.sort((a, b) => b.best - a.best || a.order - b.order).map((s) => s.entry);
}

/** The words of the ATECO titles (and of the synonym table's searches), for mending typos. */
export function sectorVocabulary(titles: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const title of titles) for (const w of sectorWords(title)) words.add(w);
  for (const { find } of SECTOR_SYNONYMS)
    for (const q of find) for (const w of sectorWords(q)) words.add(w);
  return words;
}

/**
 * The typed words with each unknown one of 5 letters or more replaced by the vocabulary word one
 * typo away ("cosmetci" -> "cosmetici"); the first in vocabulary order when several are. A word
 * that begins a known one is kept: it is a prefix still being typed.
 */
export function mendTypos(term: string, vocabulary: ReadonlySet<string>): string {
  const known = [...vocabulary];
  return sectorWords(term)
    .map((word) => {
      if (word.length < TYPO_MIN_LENGTH || vocabulary.has(word)) return word;
      if (known.some((k) => k.startsWith(word))) return word;
      return known.find((k) => sameWord(word, k)) ?? word;
    })
    .join(' ');
}

export interface SectorSearch {
  query: string;
  /** The synonym table's words are title words: they are looked for in the titles only. */
  titlesOnly: boolean;
}

/**
 * The searches to run for what was typed, in order: the synonym table's first (curated, so
 * best), then the typed words, then the same mended when a typo was (a word found only in the
 * descriptions is not in the vocabulary: as typed, it still finds them). Duplicates are dropped;
 * codes typed go as they are.
 */
export function sectorSearches(term: string, vocabulary: ReadonlySet<string>): SectorSearch[] {
  const typed = term.trim();
  if (/^[\d\s.:]+$/.test(typed)) return typed ? [{ query: typed, titlesOnly: false }] : [];
  const synonyms = [...new Set(matchSynonyms(term).flatMap((entry) => entry.find))];
  const direct = [...new Set([sectorWords(term).join(' '), mendTypos(term, vocabulary)])];
  return [
    ...synonyms.map((query) => ({ query, titlesOnly: true })),
    ...direct
      .filter((query) => query && !synonyms.includes(query))
      .map((query) => ({ query, titlesOnly: false })),
  ];
}
