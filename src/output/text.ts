// Data from outside is printed to terminals: strip control characters so it cannot move the cursor.

export function sanitizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ');
}

export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

// Terminal escape sequences take no column: CSI (colours, `ESC [ … m`) and OSC (links, `ESC ] … BEL`).
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** The columns a line takes on a terminal: its characters, not counting colour escapes. */
export function visibleWidth(text: string): number {
  return [...text.replace(ESCAPES, '')].length;
}

/** One line of words broken between words into lines of at most `width` (a longer word stays whole). */
function breakWords(line: string, width: number): string[] {
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

/** Words into at most `maxLines` lines of `width`; the last line is cut with an ellipsis. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  const lines = breakWords(text, width);
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, width));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${lines.slice(maxLines - 1).join(' ')}`, width);
  if ([...(kept[maxLines - 1] ?? '')].length < width) kept[maxLines - 1] += '…';
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
