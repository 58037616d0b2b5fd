// Data from outside is printed to terminals: strip control characters so it cannot move the cursor.

export function sanitizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ');
}

export function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Words into at most `maxLines` lines of `width`; the last line is cut with an ellipsis. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if ([...candidate].length <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
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
    .map((line) => {
      if ([...line].length <= width || /^\s/.test(line)) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        const candidate = current ? `${current} ${word}` : word;
        if ([...candidate].length <= width || !current) current = candidate;
        else {
          out.push(current);
          current = word;
        }
      }
      if (current) out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
