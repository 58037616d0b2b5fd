// Sizes in the words where they differ from the `Dimensioni` field, on real descriptions.
import { describe, expect, it } from 'vitest';
import { sizeRules } from '../../../../src/core/rules/size-words.js';
import { SIZES, type Size } from '../../../../src/core/types.js';
import { field, judgedWords, sentence } from '../../../helpers/real-records.js';

const ALL: Size[] = [...SIZES];
const SME: Size[] = ['micro', 'small', 'medium'];
const inText = (id: number, words: string, sizes: Size[], title = '') =>
  sizeRules({ sizes, title, description: sentence(id, 'Descrizione', words) });

describe('sizeRules: SME wording beside a field that lists large firms', () => {
  it('reads «si rivolge alle Micro, Piccole e Medie Imprese» as a sure SME-only rule (3345)', () => {
    expect(judgedWords(3345)).toContain(
      'I-NEST si rivolge alle Micro, Piccole e Medie Imprese di tutti i settori produttivi',
    );
    const rules = inText(
      3345,
      'I-NEST si rivolge alle Micro, Piccole e Medie Imprese di tutti i settori produttivi',
      ALL,
    );
    expect(rules).toEqual([
      expect.objectContaining({ kind: 'size-words', sizes: SME, sure: true }),
    ]);
    expect(rules[0]?.from).toMatchObject({ source: 'text', field: 'description' });
    expect(rules[0]?.from.quote).toContain('Micro, Piccole e Medie Imprese');
  });

  it('reads «I servizi sono rivolti alle Piccole e Medie Imprese (PMI)» (2660)', () => {
    expect(
      inText(
        2660,
        'A chi si rivolge I servizi sono rivolti alle Piccole e Medie Imprese (PMI).',
        ALL,
      ),
    ).toEqual([expect.objectContaining({ sizes: SME, sure: true })]);
  });

  it('only asks to verify when the text also names larger firms: «PMI, Mid Caps e Large Enterprise» (2662)', () => {
    expect(judgedWords(2662)).toContain('Mid Caps e Large Enterprise');
    expect(
      inText(
        2662,
        'I servizi sono rivolti alle Piccole e Medie Imprese (PMI), Mid Caps e Large Enterprise.',
        ALL,
      ),
    ).toEqual([expect.objectContaining({ sizes: SME, sure: false })]);
  });

  it('is no rule for SMEs first, not SMEs only: «in particolare», «principalmente» (506, 530, 2727)', () => {
    expect(judgedWords(506)).toContain('in particolare alle Micro, Piccole e Medie');
    expect(
      inText(
        506,
        'A chi si rivolge A tutte le imprese, e in particolare alle Micro, Piccole e Medie Imprese',
        ALL,
      ),
    ).toEqual([]);
    expect(
      inText(
        530,
        'I destinatari dei servizi erogati dal Cd C sono le imprese, in particolare PMI',
        ALL,
      ),
    ).toEqual([]);
    expect(judgedWords(2727)).toContain(
      'si rivolge principalmente a micro, piccole e medie imprese lombarde',
    );
    expect(
      inText(2727, 'si rivolge principalmente a micro, piccole e medie imprese lombarde', ALL),
    ).toEqual([]);
  });

  it('is no rule when the field already leaves large firms out (2915)', () => {
    const title = field(2915, 'Titolo');
    expect(title).toContain('a sostegno delle PMI lombarde');
    expect(sizeRules({ sizes: SME, title, description: field(2915, 'Descrizione') })).toEqual([]);
  });
});

describe('sizeRules: every size beside a field that leaves some out', () => {
  it('only asks to verify «rivolto a tutte le imprese» beside a field of small and medium firms (855)', () => {
    const rules = inText(
      855,
      "Il bando è rivolto a tutte le imprese operanti nei territori interessati dall'evento.",
      ['medium', 'small'],
    );
    expect(rules).toEqual([expect.objectContaining({ sizes: ALL, sure: false })]);
    expect(rules[0]?.from.quote).toContain('tutte le imprese');
  });

  it('is no rule for «di qualsiasi dimensione» beside a field of every size (1714)', () => {
    const words = sentence(
      1714,
      'Descrizione',
      'imprese private di qualsiasi dimensione e settore di attività',
    );
    expect(judgedWords(1714)).toContain(
      'imprese private di qualsiasi dimensione e settore di attività',
    );
    expect(sizeRules({ sizes: ALL, title: '', description: words })).toEqual([]);
  });
});

describe('sizeRules: micro firms left out', () => {
  it('is no rule for «PMI (ad esclusione delle Microimprese)» when the field leaves micro out too (2393, 3386)', () => {
    expect(judgedWords(2393)).toContain('PMI (ad esclusione delle Microimprese)');
    expect(
      inText(2393, 'Si rivolge a PMI (ad esclusione delle Microimprese)', ['medium', 'small']),
    ).toEqual([]);
    expect(
      inText(
        3386,
        'Possono partecipare all’iniziativa le PMI (ad esclusione delle Micro Imprese)',
        ['medium', 'small'],
      ),
    ).toEqual([]);
  });

  it('would exclude micro firms surely had the field listed them (3386)', () => {
    const rules = inText(
      3386,
      'Possono partecipare all’iniziativa le PMI (ad esclusione delle Micro Imprese)',
      SME,
    );
    expect(rules).toEqual([
      expect.objectContaining({
        kind: 'size-words',
        sizes: ['small', 'medium', 'large'],
        sure: true,
      }),
    ]);
    expect(rules[0]?.from.quote).toContain('ad esclusione delle Micro Imprese');
  });

  it('is no rule without a sizes field', () => {
    expect(inText(3345, 'I-NEST si rivolge alle Micro, Piccole e Medie Imprese', [])).toEqual([]);
  });
});
