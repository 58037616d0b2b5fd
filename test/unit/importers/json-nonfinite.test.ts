// The rewrite of pandas' bare NaN / Infinity / -Infinity tokens, whatever the chunking.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NonFiniteRewriter } from '../../../src/importers/json-nonfinite.js';
import { readJsonRecords, type JsonReadStats } from '../../../src/importers/read-json.js';

function rewrite(...chunks: string[]): { text: string; count: number } {
  const rewriter = new NonFiniteRewriter();
  const text = chunks.map((c) => rewriter.write(c)).join('') + rewriter.end();
  return { text, count: rewriter.count };
}

/** Every way of cutting `text` in two and in three pieces. */
function cuts(text: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i <= text.length; i++) {
    out.push([text.slice(0, i), text.slice(i)]);
    for (let j = i; j <= text.length; j++)
      out.push([text.slice(0, i), text.slice(i, j), text.slice(j)]);
  }
  return out;
}

const INPUT =
  '[NaN,-Infinity, Infinity,{"NaN":NaN,"a":"x NaN \\"NaN\\" -Infinity","b\\\\":-Infinity},' +
  '-1.5e-3,"\\\\",NaN,"\\u0022NaN",[Infinity]]';
const OUTPUT =
  '[null,null, null,{"NaN":null,"a":"x NaN \\"NaN\\" -Infinity","b\\\\":null},' +
  '-1.5e-3,"\\\\",null,"\\u0022NaN",[null]]';

describe('NonFiniteRewriter', () => {
  it('rewrites the bare tokens outside strings and counts them', () => {
    expect(rewrite(INPUT)).toEqual({ text: OUTPUT, count: 7 });
    expect(JSON.parse(OUTPUT)).toEqual([
      null,
      null,
      null,
      { NaN: null, a: 'x NaN "NaN" -Infinity', 'b\\': null },
      -1.5e-3,
      '\\',
      null,
      '"NaN',
      [null],
    ]);
  });

  it('gives the same text for a cut at every position, in two or three pieces', () => {
    for (const pieces of cuts(INPUT)) {
      expect(rewrite(...pieces), JSON.stringify(pieces)).toEqual({ text: OUTPUT, count: 7 });
    }
  });

  it('reads one character at a time', () => {
    expect(rewrite(...INPUT)).toEqual({ text: OUTPUT, count: 7 });
  });

  it('leaves strict JSON as it is, negative numbers cut after the sign included', () => {
    const strict = '{"a":-12,"b":[-0.5,true,false,null],"c":"Infinity\\\\"}';
    for (const pieces of cuts(strict))
      expect(rewrite(...pieces)).toEqual({ text: strict, count: 0 });
  });

  it('hands back an unfinished token unchanged at the end, for the parser to reject', () => {
    expect(rewrite('[1,Na')).toEqual({ text: '[1,Na', count: 0 });
    expect(rewrite('[1,-')).toEqual({ text: '[1,-', count: 0 });
    expect(rewrite('[Nope]')).toEqual({ text: '[Nope]', count: 0 });
  });

  it('reads any array of values and tokens, cut anywhere, as JSON with nulls', () => {
    const item = fc.oneof(
      fc.constantFrom('NaN', 'Infinity', '-Infinity'),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      fc
        .array(fc.constantFrom('NaN', '-Infinity', '"', '\\', 'a', ' '), { maxLength: 8 })
        .map((parts) => JSON.stringify(parts.join(''))),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.nat(), fc.nat(), (items, a, b) => {
        const text = `[${items.join(',')}]`;
        const [i, j] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const out = rewrite(text.slice(0, i), text.slice(i, j), text.slice(j));
        const tokens = new Set(['NaN', 'Infinity', '-Infinity']);
        expect(JSON.parse(out.text)).toEqual(
          items.map((x) => (tokens.has(x) ? null : (JSON.parse(x) as unknown))),
        );
        expect(out.count).toBe(items.filter((x) => tokens.has(x)).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readJsonRecords with bare NaN tokens', () => {
  it('reads them as null and counts them, a token cut between chunks included', async () => {
    const stats: JsonReadStats = { nonFinite: 0 };
    const values: unknown[] = [];
    const chunks = ['[{"a":Na', 'N,"b":"NaN","c":-', 'Infinity},{"a":Infin', 'ity}]'];
    for await (const r of readJsonRecords(Readable.from(chunks), 'f.json', stats))
      values.push(r.value);
    expect(values).toEqual([{ a: null, b: 'NaN', c: null }, { a: null }]);
    expect(stats.nonFinite).toBe(3);
  });
});
