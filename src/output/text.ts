// Data from outside is printed to terminals: strip control characters so it cannot move the cursor.

export function sanitizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ');
}

export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** One line of words broken between words into lines of at most `width` (a longer word stays whole). */
function breakWords(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if ([...candidate].length <= width || !current) current = candidate;
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
 * Every line of `text` broken between words to fit `width`. Lines that fit, and indented lines
 * (a command to copy, a table), are left alone: the terminal's own wrapping keeps them whole.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) =>
      [...line].length <= width || /^\s/.test(line) ? line : breakWords(line, width).join('\n'),
    )
    .join('\n');
}
