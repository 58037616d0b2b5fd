// Data from outside is printed to terminals: strip control sequences so it cannot move the cursor,
// write to the clipboard, plant links, or reorder and misalign the columns of a table.

/**
 * Whole escape sequences first, so that none of their payload is left as text: OSC (ESC ] … BEL or
 * ST, links and the clipboard), DCS/SOS/PM/APC strings, CSI (ESC [ …, colours and cursor moves) and
 * their 8-bit forms (U+009B CSI, U+009D OSC, U+0090/98/9E/9F strings ended by U+009C ST), and
 * two-character escapes (ESC c resets the terminal).
 */
const SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[\u0090\u0098\u009d\u009e\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?/g;

/**
 * What is left: every C0 and C1 control (NUL, BS, BEL, CR, ESC…), DEL, bidi embeddings, overrides,
 * isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), zero-width characters
 * (U+200B–200D, U+2060, U+FEFF) and the soft hyphen.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/**
 * Text from data as one line safe for a terminal: no escape sequence, no control or invisible
 * character, runs of white space as one space.
 */
export function sanitizeText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(SEQUENCES, '').replace(INVISIBLE, '').replace(/\s+/g, ' ');
}

/**
 * Whatever one of sanitizeText's replacements would change: a control, an invisible or a white
 * space character other than the single space, or two spaces in a row. Most text from data has
 * none, and one test (no new string) says so. The ranges cover SEQUENCES (each starts with a
 * control), INVISIBLE (the tag characters as their surrogate pair) and `\s`; a false alarm only
 * costs the replacements.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]| {2}/;

/**
 * The same, for a label fesr lays out itself (a pick list's `20.42  Title`): the spaces it has are
 * kept, a line break or tab is one space.
 */
export function sanitizeLabel(text: string): string {
  return text
    .replace(SEQUENCES, '')
    .replace(/[\t\n\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '');
}

/** Marks drawn over the character before them (accents, variation selectors): no column. */
const COMBINING = /^\p{M}$/u;

/**
 * The columns one character takes on a terminal: 2 for East Asian wide and fullwidth characters
 * and emoji pictographs, 0 for combining marks and controls, 1 otherwise (the ranges
 * string-width, which laid out tables before, uses).
 */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code < 0x300) return 1;
  if (COMBINING.test(ch)) return 0;
  return isWide(code) ? 2 : 1;
}

function isWide(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      // Emoji pictographs (rocket, faces, symbols): drawn two columns wide.
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x1f680 && code <= 0x1f6ff) ||
      (code >= 0x1f900 && code <= 0x1f9ff) ||
      (code >= 0x1fa70 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}

/** Widths of the Basic Multilingual Plane from U+0300 on, each measured once (255: not yet). */
const BMP_WIDTHS = new Uint8Array(0x10000).fill(255);

/**
 * The columns text without escape sequences takes on a terminal: charWidth summed over its
 * characters.
 */
function plainWidth(text: string): number {
  return rangeWidth(text, 0, text.length);
}

/**
 * The columns of `text` from `from` to `to` (both at a character's start). Below U+0300 a
 * character's width follows from its code (the Latin letters of Italian titles); others are
 * measured by charWidth, those of the Basic Multilingual Plane once each.
 */
function rangeWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i += unitsAt(text, i)) width += widthAt(text, i);
  return width;
}

/** The columns of the character that starts at `i` (see rangeWidth). */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x300) return code >= 0xa0 || (code >= 0x20 && code < 0x7f) ? 1 : 0;
  return widthFrom300(text.codePointAt(i) ?? code, text, i);
}

/** The code units of the character that starts at `i`: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/** charWidth of the character at `i`, whose code point (U+0300 or more) is `point`. */
function widthFrom300(point: number, text: string, i: number): number {
  if (point > 0xffff) return charWidth(text.slice(i, i + 2));
  let w = BMP_WIDTHS[point] ?? 255;
  if (w === 255) BMP_WIDTHS[point] = w = charWidth(text.charAt(i));
  return w;
}

/** Text cut to at most `width` columns, with an ellipsis where it was cut. */
export function truncate(text: string, width: number): string {
  if (plainWidth(text) <= width) return text;
  // The whole characters that fit before the ellipsis, kept as one slice.
  const room = Math.max(0, width - 1);
  let used = 0;
  let end = 0;
  while (end < text.length) {
    const w = widthAt(text, end);
    if (used + w > room) break;
    used += w;
    end += unitsAt(text, end);
  }
  return `${text.slice(0, end)}…`;
}

// Terminal escape sequences take no column: CSI (colours, `ESC [ … m`) and OSC (links, `ESC ] … BEL`).
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** The columns a line takes on a terminal, not counting colour escapes. */
export function visibleWidth(text: string): number {
  return plainWidth(text.includes('\u001b') ? text.replace(ESCAPES, '') : text);
}

/** One line of words broken between words into lines of at most `width` (a longer word stays whole). */
function breakWords(line: string, width: number): string[] {
  // Without escapes a width is the sum of its characters' widths: the line so far is not
  // measured again for each word.
  if (!line.includes('\u001b')) return breakPlainWords(line, width);
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (visibleWidth(candidate) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * breakWords for a line with no escape: each word is measured once, where it lies, and each line
 * is one slice of the text (the words of a line are the text between them, one space apart).
 */
function breakPlainWords(line: string, width: number): string[] {
  // The common case, one line that fits (and does not start with a space, which is dropped).
  if (line && line.charCodeAt(0) !== 0x20 && plainWidth(line) <= width) return [line];
  const lines: string[] = [];
  // The line being filled is line[start, end), none when they are equal; `used` its columns.
  let start = 0;
  let end = 0;
  let used = 0;
  for (let at = 0; at <= line.length;) {
    const space = line.indexOf(' ', at);
    const stop = space < 0 ? line.length : space;
    const w = rangeWidth(line, at, stop);
    if (start === end) {
      start = at;
      used = w;
    } else if (used + 1 + w <= width) used += 1 + w;
    else {
      lines.push(line.slice(start, end));
      start = at;
      used = w;
    }
    end = stop;
    at = stop + 1;
  }
  if (end > start) lines.push(line.slice(start, end));
  return lines;
}

/** Words into at most `maxLines` lines of `width`; the last line is cut with an ellipsis. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  const lines = breakWords(text, width);
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, width));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${lines.slice(maxLines - 1).join(' ')}`, width);
  if (plainWidth(kept[maxLines - 1] ?? '') < width) kept[maxLines - 1] += '…';
  return kept.map((l) => truncate(l, width));
}

/**
 * Every line of `text` broken between words to fit `width`, colour escapes counting for nothing.
 * Lines that fit, indented lines (a command to copy) and the lines of a box-drawn table are left
 * alone: the terminal's own wrapping keeps them whole.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) =>
      visibleWidth(line) <= width || /^\s|^[\u2500-\u257f]/.test(line.replace(ESCAPES, ''))
        ? line
        : breakWords(line, width).join('\n'),
    )
    .join('\n');
}
