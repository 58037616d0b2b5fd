// Numbers as Italian and English sources write them: "15375383,50", "1.500.000", "2.5M", "3 mln".

const SUFFIXES: Record<string, number> = {
  '': 1,
  k: 1e3,
  m: 1e6,
  mln: 1e6,
  mio: 1e6,
  milioni: 1e6,
  milione: 1e6,
  mld: 1e9,
  miliardi: 1e9,
  bn: 1e9,
};

/**
 * Reads an amount, or returns null when the text is not a number. A single `,` or `.` followed by
 * one or two digits is a decimal mark; groups of three digits after `.` or `,` are thousands.
 */
export function parseAmount(input: string): number | null {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/^(eur|€)\s*/, '')
    .replace(/\s*(eur|€)$/, '');
  const m = /^([+-]?[\d.,' ]*\d)\s*([a-z]*)$/.exec(text);
  if (!m) return null;
  const multiplier = SUFFIXES[m[2] ?? ''];
  if (multiplier === undefined) return null;
  const body = (m[1] ?? '').replace(/[' ]/g, '');
  const value = Number(normaliseSeparators(body));
  return Number.isFinite(value) ? Math.round(value * multiplier * 100) / 100 : null;
}

function normaliseSeparators(body: string): string {
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  if (lastComma === -1 && lastDot === -1) return body;
  if (lastComma !== -1 && lastDot !== -1) {
    // Both present: the later one is the decimal mark.
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return body.split(thousands).join('').replace(decimal, '.');
  }
  const mark = lastComma !== -1 ? ',' : '.';
  const parts = body.split(mark);
  // Repeated marks are thousands ("1.500.000"). A lone mark before exactly three digits is read
  // as thousands too ("1.500", "2,500"): amounts in EUR are written that way far more often
  // than with three decimals.
  if (parts.length > 2 || parts[1]?.length === 3) return parts.join('');
  return parts.join('.');
}
