// A box-drawn table written a row at a time: fixed column widths, so each row can be printed as
// soon as it is known (a table of 100,000 rows streams in constant memory). The drawing is the one
// the tables had before (cli-table3 with no separator between rows): grey borders, a bold header,
// one space of padding, lines too wide for their column cut with an ellipsis.
import type { Colors } from './colors.js';
import { visibleWidth } from './text.js';

// Colour and link escapes: kept whole when a line is cut, and counted for nothing.
// eslint-disable-next-line no-control-regex
const ESCAPE = /^(?:\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\))/;

/** A line cut to `width` columns with an ellipsis, escapes kept (and colours closed). */
export function fitLine(line: string, width: number): string {
  return visibleWidth(line) <= width ? line : cutLine(line, width);
}

/** A line wider than `width` cut to it with an ellipsis (fitLine's work once it does not fit). */
function cutLine(line: string, width: number): string {
  let kept = '';
  let used = 0;
  let escaped = false;
  for (let i = 0; i < line.length;) {
    const escape = line.charCodeAt(i) === 0x1b ? ESCAPE.exec(line.slice(i)) : null;
    if (escape) {
      kept += escape[0];
      escaped = true;
      i += escape[0].length;
      continue;
    }
    const ch = String.fromCodePoint(line.codePointAt(i) ?? 0);
    const w = visibleWidth(ch);
    if (used + w > width - 1) break;
    kept += ch;
    used += w;
    i += ch.length;
  }
  // A colour opened before the cut must not run into the border.
  return `${kept}…${escaped ? '\u001b[0m' : ''}`;
}

export class Grid {
  /** Content widths, without the one-space padding on each side. */
  readonly widths: readonly number[];
  private readonly colors: Colors;
  /** The border between cells, painted once. */
  private readonly bar: string;

  constructor(widths: readonly number[], colors: Colors) {
    this.widths = widths;
    this.colors = colors;
    this.bar = colors.grey('│');
  }

  /** `┌───┬───┐`: each column's segment painted on its own, as before. */
  top(): string {
    return this.rule('┌', '┬', '┐');
  }

  bottom(): string {
    return this.rule('└', '┴', '┘');
  }

  private rule(left: string, middle: string, right: string): string {
    const c = this.colors;
    const last = this.widths.length - 1;
    return `${this.widths
      .map((w, i) =>
        c.grey(`${i === 0 ? left : middle}${'─'.repeat(w + 2)}${i === last ? right : ''}`),
      )
      .join('')}\n`;
  }

  /** The header row, bold. */
  head(cells: readonly string[]): string {
    return this.row(cells, true);
  }

  /**
   * One row: each cell's text may hold several lines (`\n`); the row is as tall as its tallest
   * cell, and every line is padded (or cut) to its column.
   */
  row(cells: readonly string[], bold = false): string {
    return this.rowOfLines(
      cells.map((cell) => cell.split('\n')),
      bold,
    );
  }

  /** The same row, each cell given as its lines (none holding a `\n`). */
  rowOfLines(lines: readonly (readonly string[])[], bold = false): string {
    const c = this.colors;
    let height = 1;
    for (const cell of lines) height = Math.max(height, cell.length);
    const bar = this.bar;
    let out = '';
    for (let n = 0; n < height; n++) {
      out += bar;
      for (let i = 0; i < this.widths.length; i++) {
        const width = this.widths[i] ?? 0;
        let text = lines[i]?.[n] ?? '';
        // Measured once, and again only when it had to be cut.
        let used = visibleWidth(text);
        if (used > width) {
          text = cutLine(text, width);
          used = visibleWidth(text);
        }
        const padded = ` ${text}${' '.repeat(Math.max(0, width - used))} `;
        out += (bold ? c.bold(padded) : padded) + bar;
      }
      out += '\n';
    }
    return out;
  }
}

/** Column widths that fit every cell of a small table (each line of each cell). */
export function fittingWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      for (const line of cell.split('\n')) widths[i] = Math.max(widths[i] ?? 0, visibleWidth(line));
    });
  return widths;
}

/** A whole small table as one string, columns as wide as their widest cell. */
export function renderGrid(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  colors: Colors,
): string {
  const grid = new Grid(fittingWidths([head, ...rows]), colors);
  return `${grid.top()}${grid.head(head)}${rows.map((r) => grid.row(r)).join('')}${grid.bottom()}`;
}
