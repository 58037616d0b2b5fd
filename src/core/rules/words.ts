// Shared helpers of the word rules: a searchable form of a text whose positions match the
// original, and the one-line quote a reason shows.

/**
 * Lower case without accents, one character for each character of `text`, so a match found in it
 * can be quoted from the original at the same positions.
 */
export function searchable(text: string): string {
  const cached = recent.get(text);
  if (cached !== undefined) return cached;
  const lower = text.toLowerCase();
  // One UTF-16 unit in, one out: ASCII stays as it is, other units lose their accent.
  const out =
    lower.length === text.length
      ? lower.replace(/[\u0080-\uffff]/g, plainUnit)
      : slowSearchable(text);
  // Every rule module reads the same description: keep the last few.
  if (recent.size >= 8) recent.delete(recent.keys().next().value as string);
  recent.set(text, out);
  return out;
}

const recent = new Map<string, string>();
const units = new Map<string, string>();

function plainUnit(unit: string): string {
  let plain = units.get(unit);
  if (plain === undefined) {
    const base = unit.normalize('NFD').replace(/\p{M}+/gu, '');
    plain = base.length === 1 ? base : unit;
    units.set(unit, plain);
  }
  return plain;
}

/** For the rare text whose lower case changes length: character by character. */
function slowSearchable(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    // Characters whose lower case changes length keep their place as spaces.
    out += lower.length === ch.length ? lower : ' '.repeat(ch.length);
  }
  return out;
}

/** The longest quote a reason carries. */
export const QUOTE_MAX = 140;

/**
 * The words around `[start, end)` of `text` on one line, cut at word boundaries to about
 * `QUOTE_MAX` characters, with `…` where the text goes on.
 */
export function quoteOf(text: string, start: number, end: number): string {
  const room = Math.max(0, QUOTE_MAX - (end - start));
  let from = Math.max(0, start - Math.floor(room / 3));
  let to = Math.min(text.length, end + room - (start - from));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** The whole text as a quote when it is short, else its start. */
export function quoteWhole(text: string): string {
  return quoteOf(text, 0, Math.min(text.length, QUOTE_MAX));
}

/** True when one of `cues` ends within `distance` characters before `index`. */
export function cueBefore(plain: string, index: number, cues: RegExp, distance: number): boolean {
  const window = plain.slice(Math.max(0, index - distance), index);
  return cues.test(window);
}

/**
 * The meanings of the phrases found in a folded text, longest phrase first, each match blanked
 * so that a shorter phrase inside it ("impresa" in "rete d impresa") does not count again.
 */
export function scanPhrases<T>(folded: string, phrases: readonly [string, T][]): T[] {
  let text = ` ${folded} `;
  const found: T[] = [];
  for (const [needle, meaning] of paddedPhrases(phrases, 'longest-first')) {
    if (!text.includes(needle)) continue;
    if (!found.includes(meaning)) found.push(meaning);
    text = text.split(needle).join('  ');
  }
  return found;
}

/**
 * A phrase table's phrases padded with spaces (` phrase `, a whole-word needle), in the table's
 * order or longest first: made once per table rather than once per record.
 */
export function paddedPhrases<T>(
  phrases: readonly [string, T][],
  order: 'table' | 'longest-first',
): readonly [string, T][] {
  const memo = PADDED[order];
  let padded = memo.get(phrases) as readonly [string, T][] | undefined;
  if (!padded) {
    const ordered =
      order === 'table' ? phrases : [...phrases].sort((a, b) => b[0].length - a[0].length);
    padded = ordered.map(([phrase, meaning]): [string, T] => [` ${phrase} `, meaning]);
    memo.set(phrases, padded);
  }
  return padded;
}
const PADDED = {
  table: new WeakMap<object, readonly [string, unknown][]>(),
  'longest-first': new WeakMap<object, readonly [string, unknown][]>(),
};

/**
 * One pattern that matches where any of `patterns` would: a cheap first test, so a text that
 * holds none of a module's phrases (most do not) costs one scan instead of one per phrase.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}
