// The streamed writers give the bytes the whole-string renderers give (JSON and CSV are
// interfaces: tests and users compare them), and the table renderer lays out real strings (wide
// characters, combining marks, colours) by the columns they take on a terminal.
import { describe, expect, it } from 'vitest';
import { matchMeasures } from '../../../src/core/match.js';
import type { MatchResult } from '../../../src/core/types.js';
import { en } from '../../../src/i18n/en.js';
import { it as italian } from '../../../src/i18n/it.js';
import { createColors } from '../../../src/output/colors.js';
import { csvResultChunks, renderCsv } from '../../../src/output/csv.js';
import { fitLine, Grid, renderGrid } from '../../../src/output/grid.js';
import { jsonChunks, renderJson } from '../../../src/output/json.js';
import {
  portfolioCsvChunks,
  portfolioJsonChunks,
  portfolioTableChunks,
  type JudgedFirm,
} from '../../../src/output/portfolio.js';
import { addToTotals, emptyTotals, summariseFirm } from '../../../src/core/portfolio.js';
import { parse } from 'csv-parse/sync';
import { renderTable, tableChunks } from '../../../src/output/table.js';
import { charWidth, truncate, visibleWidth, wrapLines } from '../../../src/output/text.js';
import { measure, profile } from '../../helpers/measure.js';

const plain = createColors(false);

function judgedFirm(
  name: string,
  line: number,
  found: MatchResult[],
  note: string | null = null,
): JudgedFirm {
  return {
    name,
    line,
    province: 'CR',
    size: 'small',
    ateco: ['20.42'],
    summary: summariseFirm(found),
    note,
    results: found,
  };
}
const coloured = createColors(true);

/** Results of every shape: titles wide and accented, hostile characters, ids long and short. */
function results(count: number): MatchResult[] {
  const titles = [
    'Bando per l’innovazione delle filiere di economia circolare in Lombardia – edizione 2024',
    '中文标题的资助计划和很多很多的文字在这里继续写下去直到超过宽度为止好的',
    'Cafe\u0301 e\u0301lite: contributi = "quoted", con virgole; e punti\nnuova riga',
    'Bando 🚀 innovazione con emoji',
    '=SUM(A1) formula-like \u009b31m C1 \u202e bidi',
  ];
  const measures = Array.from({ length: count }, (_, i) =>
    measure({
      id: i % 7 ? `call-${i}` : `a-very-long-identifier-of-a-call-wider-than-the-column-${i}`,
      title: titles[i % titles.length] ?? '',
      opensAt: '2024-01-10',
      closesAt: `2026-0${1 + (i % 9)}-20`,
      budgetEur: i % 3 ? 1_000_000 + i : null,
      maxAidEur: i % 4 ? 50_000 + i : null,
      aidForms: i % 2 ? ['grant'] : ['grant', 'loan'],
      sizes: ['micro', 'small', 'medium'],
    }),
  );
  return matchMeasures(measures, profile({ size: 'small' }), {
    asOf: '2025-06-01',
    statuses: ['open', 'upcoming', 'closed'],
    sort: 'deadline',
    explain: true,
  });
}

/** An iterable that can be walked once only, like the lazy results of a store. */
function once<T>(items: readonly T[]): Iterable<T> {
  let used = false;
  return {
    [Symbol.iterator]() {
      if (used) throw new Error('walked twice');
      used = true;
      return items[Symbol.iterator]();
    },
  };
}

const join = (chunks: Iterable<string>) => [...chunks].join('');

describe('streamed JSON and CSV', () => {
  for (const count of [0, 1, 2, 300, 1200]) {
    it(`are the whole-string renderers' bytes for ${count} results`, () => {
      const all = results(count);
      expect(join(jsonChunks(once(all)))).toBe(renderJson(all));
      expect(join(csvResultChunks(once(all)))).toBe(renderCsv(all));
      expect(join(csvResultChunks(once(all), { excel: true }))).toBe(
        renderCsv(all, { excel: true }),
      );
    });
  }

  it('write a portfolio firm by firm: every firm, with and without calls, and the rows not read', () => {
    const all = results(40);
    const firms = [
      judgedFirm('Ditta "Uno"', 2, all),
      judgedFirm('Vuota', 3, [], 'none of 12 calls passes'),
      judgedFirm('=Formula', 5, all.slice(0, 3)),
    ];
    const totals = emptyTotals();
    for (const f of firms) addToTotals(totals, f.summary);
    const skipped = [{ line: 4, name: 'Enorme', reason: 'size: "enorme" is no size' }];
    totals.skipped = 1;
    for (const t of [en, italian]) {
      const json = JSON.parse(join(portfolioJsonChunks(once(firms), skipped, totals, t))) as {
        firms: { name: string; count: number; note: string | null; matches: unknown[] }[];
        skipped: unknown[];
        totals: unknown;
      };
      expect(json.firms.map((f) => [f.name, f.count, f.matches.length, f.note])).toEqual([
        ['Ditta "Uno"', 40, 40, null],
        ['Vuota', 0, 0, 'none of 12 calls passes'],
        ['=Formula', 3, 3, null],
      ]);
      expect(json.skipped).toEqual(skipped);
      expect(json.totals).toEqual(totals);
      const rows = parse(join(portfolioCsvChunks(once(firms), skipped, {}, t)), {
        columns: true,
      }) as Record<string, string>[];
      // A row per call, one for the firm with none, one for the row not read.
      expect(rows).toHaveLength(40 + 1 + 3 + 1);
      expect(rows.filter((r) => r.firm === 'Vuota')).toEqual([
        expect.objectContaining({ id: '', note: 'none of 12 calls passes' }),
      ]);
      expect(rows.at(-1)).toEqual(
        expect.objectContaining({ firm: 'Enorme', line: '4', note: 'size: "enorme" is no size' }),
      );
      expect(rows.some((r) => r.firm === "'=Formula")).toBe(true);
    }
    const empty = JSON.parse(join(portfolioJsonChunks([], [], emptyTotals()))) as unknown;
    expect(empty).toEqual({ firms: [], skipped: [], totals: emptyTotals() });
  });
});

describe('display widths', () => {
  it('count wide characters twice, combining marks and colours not at all', () => {
    expect(visibleWidth('abc')).toBe(3);
    expect(visibleWidth('中文')).toBe(4);
    expect(visibleWidth('Cafe\u0301')).toBe(4);
    expect(visibleWidth('🚀')).toBe(2);
    expect(visibleWidth('ｆｕｌｌ')).toBe(8);
    expect(visibleWidth(coloured.red('✓') + coloured.dim(' to 2024-11-12'))).toBe(15);
    expect(charWidth('\u0301')).toBe(0);
    expect(charWidth('가')).toBe(2);
    expect(charWidth('é')).toBe(1);
  });

  it('cut text by columns, never inside a wide character', () => {
    expect(truncate('中文标题', 5)).toBe('中文…');
    expect(visibleWidth(truncate('中文标题', 5))).toBe(5);
    expect(truncate('Cafe\u0301 e\u0301lite', 6)).toBe('Cafe\u0301 …');
    expect(truncate('short', 5)).toBe('short');
    const wrapped = wrapLines('中文 标题的资助计划和很多很多的文字 在这里', 10, 2);
    expect(wrapped).toHaveLength(2);
    for (const line of wrapped) expect(visibleWidth(line)).toBeLessThanOrEqual(10);
  });

  it('cut a coloured line without leaving the colour open', () => {
    const cut = fitLine(coloured.yellow('? size, sector, territory'), 10);
    expect(visibleWidth(cut)).toBe(10);
    expect(cut.endsWith('…\u001b[0m')).toBe(true);
    expect(fitLine('fits', 10)).toBe('fits');
  });
});

describe('the table renderer', () => {
  it('pads every line of every cell to its column, wide and combining text included', () => {
    const grid = new Grid([4, 6], plain);
    expect(grid.top()).toBe('┌──────┬────────┐\n');
    expect(grid.row(['中文', 'Cafe\u0301\n🚀'])).toBe(
      '│ 中文 │ Cafe\u0301   │\n│      │ 🚀     │\n',
    );
    expect(grid.row(['toolong', '中文标题的'])).toBe('│ too… │ 中文…  │\n');
    expect(grid.bottom()).toBe('└──────┴────────┘\n');
  });

  it('paints borders grey and the header bold, as the tables always were', () => {
    const grid = new Grid([1, 3], coloured);
    expect(grid.top()).toBe('\u001b[90m┌───\u001b[39m\u001b[90m┬─────┐\u001b[39m\n');
    expect(grid.head(['', 'Id'])).toBe(
      '\u001b[90m│\u001b[39m\u001b[1m   \u001b[22m\u001b[90m│\u001b[39m\u001b[1m Id  \u001b[22m\u001b[90m│\u001b[39m\n',
    );
    expect(renderGrid(['A'], [['xy']], plain)).toBe('┌────┐\n│ A  │\n│ xy │\n└────┘\n');
  });

  it('fills the width asked for but its last column (60 means 80), whatever the text', () => {
    const all = results(25);
    for (const [width, expected] of [
      [60, 79],
      [80, 79],
      [120, 119],
    ] as const) {
      for (const t of [en, italian]) {
        const table = renderTable(all, { messages: t, colors: coloured, width });
        // eslint-disable-next-line no-control-regex
        const lines = table.split('\n').filter((l) => /^\u001b\[90m[┌│└]/.test(l));
        for (const line of lines) expect(visibleWidth(line)).toBe(expected);
        expect(table).toContain(t.headingTitle());
      }
    }
  });

  it('off a terminal, prints every id whole, and streams the same text it renders whole', () => {
    const all = results(30);
    const options = { messages: en, colors: plain, width: 80, whole: true };
    const table = renderTable(all, options);
    for (const r of all) expect(table).toMatch(new RegExp(`│ ${r.measure.id} +│`));
    expect(join(tableChunks(once(all), options))).toBe(table);
    const firm = judgedFirm('Ditta', 2, all);
    const totals = emptyTotals();
    addToTotals(totals, firm.summary);
    const portfolio = join(
      portfolioTableChunks([firm], [], once([firm]), totals, en, plain, 80, { whole: true }),
    );
    for (const r of all) expect(portfolio).toMatch(new RegExp(`│ ${r.measure.id} +│`));
    // The firm's name heads its calls once, in the summary and above its table, never per row.
    expect(portfolio.split('Ditta').length - 1).toBe(2);
  });

  it('writes the header before the first row is known, and a row per result', () => {
    const chunks = tableChunks(results(3), { messages: en, colors: plain, width: 80 });
    const first = chunks.next();
    expect(first.value).toContain('Measure');
    expect(first.value).not.toContain('call-');
    const rest = [...chunks];
    expect(rest).toHaveLength(4);
    expect(rest.at(-1)).toMatch(/^└/);
  });
});
