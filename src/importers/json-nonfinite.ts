// pandas writes missing and infinite floats as bare `NaN`, `Infinity` and `-Infinity`, which
// strict JSON has no room for. This streaming rewrite turns those tokens into `null` before the
// parser sees them, outside strings only ("NaN" as text stays text), and counts them. A token cut
// across two chunks is held back until the next chunk completes it.

/** Where a token may start outside a string, or a string opens. */
const OUTSIDE_STOP = /["NI]/g;
/** Inside a string, only a closing quote or an escape matters. */
const INSIDE_STOP = /["\\]/g;

export class NonFiniteRewriter {
  /** Tokens rewritten to `null` so far. */
  count = 0;
  private held = '';
  private inString = false;
  private escaped = false;

  /** The chunk rewritten; a possible token at its end is kept for the next call. */
  write(chunk: string): string {
    const text = this.held + chunk;
    this.held = '';
    let out = '';
    let copied = 0;
    let i = 0;
    while (i < text.length) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        INSIDE_STOP.lastIndex = i;
        const stop = INSIDE_STOP.exec(text);
        if (!stop) break;
        if (stop[0] === '\\') this.escaped = true;
        else this.inString = false;
        i = stop.index + 1;
        continue;
      }
      OUTSIDE_STOP.lastIndex = i;
      const stop = OUTSIDE_STOP.exec(text);
      if (!stop) break;
      const at = stop.index;
      if (stop[0] === '"') {
        this.inString = true;
        i = at + 1;
        continue;
      }
      const start = stop[0] === 'I' && text[at - 1] === '-' ? at - 1 : at;
      const token = start < at ? '-Infinity' : stop[0] === 'N' ? 'NaN' : 'Infinity';
      const found = text.slice(start, start + token.length);
      if (found === token) {
        out += `${text.slice(copied, start)}null`;
        copied = i = start + token.length;
        this.count++;
      } else if (start + found.length === text.length && token.startsWith(found)) {
        // The chunk ends inside what may be a token: wait for the rest.
        this.held = found;
        return out + text.slice(copied, start);
      } else {
        i = at + 1;
      }
    }
    // A `-` at the very end (outside a string) may be the start of `-Infinity`.
    const end = !this.inString && text.endsWith('-') ? text.length - 1 : text.length;
    this.held = text.slice(end);
    return out + text.slice(copied, end);
  }

  /** What is still held back at the end of the input, unchanged (the parser will reject it). */
  end(): string {
    const rest = this.held;
    this.held = '';
    return rest;
  }
}
