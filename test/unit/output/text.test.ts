import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { visibleWidth, wrapText } from '../../../src/output/text.js';

const c = new Chalk({ level: 1 });
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[\d;]*m/g, '');

describe('terminal text', () => {
  it('gives colour escapes no width', () => {
    expect(visibleWidth(c.grey('│') + c.green('✓') + c.dim(' to 2024-11-12'))).toBe(16);
    expect(visibleWidth('\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007')).toBe(4);
  });

  it('breaks a coloured sentence where the same sentence without colour breaks', () => {
    const words = 'the call admits micro, small and medium firms in every Lombardy province';
    const coloured = words
      .split(' ')
      .map((w, i) => (i % 2 ? c.bold(w) : c.yellow(w)))
      .join(' ');
    expect(plain(wrapText(coloured, 30))).toBe(wrapText(words, 30));
  });

  it('leaves a coloured line that fits, and the lines of a table, whole', () => {
    const row = `${c.grey('│')} ${c.green('✓')} ${c.grey('│')} Transizione digitale ${c.grey('│')}`;
    expect(wrapText(row, 30)).toBe(row);
    const wide = `│ ${'x '.repeat(50)}│`;
    expect(wrapText(wide, 80)).toBe(wide);
    expect(wrapText(c.grey(wide), 80)).toBe(c.grey(wide));
  });
});
