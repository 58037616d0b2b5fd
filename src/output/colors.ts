// The colours of a run, on or off as the contract says (TTY, NO_COLOR, FORCE_COLOR, --no-color).
// The six styles fesr uses, written as chalk wrote them (same escapes, same nesting and line-break
// handling), without loading a colour library at start-up.

type Style = (text: string) => string;

export interface Colors {
  /** 0: no colour; 1: the 16 basic colours. */
  readonly level: number;
  readonly bold: Style;
  readonly dim: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly grey: Style;
}

/**
 * A style between `open` and `close` escapes. A close of the same kind inside the text is followed
 * by a re-open (so the rest stays styled), and every line break is closed before and re-opened
 * after (a terminal does not carry the style across it everywhere).
 */
function style(openCode: number, closeCode: number): Style {
  const open = `\u001b[${openCode}m`;
  const close = `\u001b[${closeCode}m`;
  return (text) => {
    if (!text) return text;
    let styled = text.includes('\u001b') ? text.replaceAll(close, close + open) : text;
    if (styled.includes('\n')) styled = styled.replace(/\r?\n/g, (lf) => `${close}${lf}${open}`);
    return open + styled + close;
  };
}

const plain: Style = (text) => text;

const COLOURED: Colors = {
  level: 1,
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  green: style(32, 39),
  yellow: style(33, 39),
  grey: style(90, 39),
};

const PLAIN: Colors = {
  level: 0,
  bold: plain,
  dim: plain,
  red: plain,
  green: plain,
  yellow: plain,
  grey: plain,
};

export function createColors(enabled: boolean): Colors {
  return enabled ? COLOURED : PLAIN;
}

export function colorEnabled(options: {
  isTTY: boolean;
  env: Record<string, string | undefined>;
  noColorFlag: boolean;
}): boolean {
  if (options.noColorFlag) return false;
  const force = options.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') return false;
  return options.isTTY;
}

/** Green for good, yellow for "to verify", red for bad: verdicts and eligibility marks alike. */
export function paintVerdict(
  c: Colors,
  verdict: 'pass' | 'unknown' | 'fail',
  text: string,
): string {
  return verdict === 'pass' ? c.green(text) : verdict === 'fail' ? c.red(text) : c.yellow(text);
}
