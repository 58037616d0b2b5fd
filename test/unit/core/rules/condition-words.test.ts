// Conditions on the applicant no profile fact settles: the kind of area it must sit in
// (`Ambito_territoriale`, "piccoli comuni", "Comuni montani") and what it must be or have done
// ("composti da almeno 5 PMI", "Composizione negoziata"), on real records.
import { describe, expect, it } from 'vitest';
import { areaScopeRule, conditionRules } from '../../../../src/core/rules/condition-words.js';
import type { AreaKind, ConditionKind, ExtractedRule } from '../../../../src/core/types.js';
import { allRecords, field, judgedWords, sentence } from '../../../helpers/real-records.js';

const inText = (id: number, words: string) =>
  conditionRules(sentence(id, 'Descrizione', words), 'description', 'text');
const labelsOf = (rules: ExtractedRule[]) =>
  rules.map((r) => (r.kind === 'area' || r.kind === 'condition' ? `${r.kind}:${r.label}` : r.kind));

describe('areaScopeRule', () => {
  it('reads every Ambito_territoriale value of the export', () => {
    const seen = new Map<string, AreaKind | null>();
    for (const record of allRecords().values()) {
      const scope = record.Ambito_territoriale;
      if (typeof scope !== 'string' || !scope) continue;
      const rule = areaScopeRule(scope);
      seen.set(scope, rule?.kind === 'area' ? rule.label : null);
    }
    expect(Object.fromEntries(seen)).toEqual({
      '["Aree interne"]': 'inner-areas',
      '["ZES"]': 'special-economic-zone',
      '["Zone sismiche"]': null,
      '["Non applicabile"]': null,
    });
  });

  it('quotes the field (2350)', () => {
    expect(judgedWords(2350)).toContain('Ambito_territoriale «Aree interne»');
    expect(areaScopeRule(field(2350, 'Ambito_territoriale'))).toEqual({
      kind: 'area',
      label: 'inner-areas',
      from: { source: 'field', field: 'area', quote: '["Aree interne"]' },
    });
    expect(areaScopeRule(null)).toBeNull();
  });
});

describe('conditionRules: areas', () => {
  it('reads «per le imprese costituite nei piccoli comuni lombardi» (788)', () => {
    const rules = inText(
      788,
      'La misura prevede, per le imprese costituite nei piccoli comuni lombardi',
    );
    expect(rules).toEqual([
      expect.objectContaining({ kind: 'area', label: 'small-municipalities' }),
    ]);
    expect(rules[0]?.from.quote).toContain('piccoli comuni');
    // The whole description also names «Comuni con popolazione … 3.000 abitanti»: one rule of the kind.
    expect(judgedWords(788)).toContain('comuni con popolazione pari o inferiore a 3.000 abitanti');
    expect(labelsOf(conditionRules(field(788, 'Descrizione'), 'description', 'text'))).toEqual([
      'area:small-municipalities',
    ]);
  });

  it('reads «imprese femminili ubicate nei Comuni montani» and «aventi sede in uno dei suddetti Comuni montani» (226)', () => {
    expect(
      labelsOf(
        inText(
          226,
          "sostenuti da imprese femminili ubicate nei Comuni montani indicati nell'Allegato I",
        ),
      ),
    ).toEqual(['area:mountain-municipalities']);
    expect(judgedWords(226)).toContain('aventi sede in uno dei suddetti Comuni montani');
    expect(labelsOf(inText(226, 'aventi sede in uno dei suddetti Comuni montani.'))).toEqual([
      'area:mountain-municipalities',
    ]);
  });

  it('reads no area in words about the funds the municipalities get (1970)', () => {
    expect(
      inText(
        1970,
        'Il bando disciplina ripartizione, termini, modalità di accesso e rendicontazione dei contributi ai comuni delle aree interne',
      ),
    ).toEqual([]);
  });
});

describe('conditionRules: conditions on the firm', () => {
  const cases: [number, string, ConditionKind, string][] = [
    [
      1468,
      'le Filiere rappresentate da raggruppamenti di imprese legate insieme da un Accordo di Filiera composti da almeno 5 imprese di qualsiasi dimensione, in maggioranza PMI',
      'grouping',
      'Accordo di Filiera',
    ],
    [
      3939,
      'Possono presentare domanda i raggruppamenti di PMI, composti da almeno 5 PMI, che abbiano sottoscritto un apposito Accordo',
      'grouping',
      'composti da almeno 5 PMI',
    ],
    [
      3386,
      "c) abbiano concluso positivamente una Composizione negoziata per la soluzione della crisi d'impresa",
      'crisis-procedure',
      'Composizione negoziata',
    ],
    [
      2915,
      'abbiano intrapreso o intendano intraprendere un percorso per la quotazione in un MTF',
      'listing',
      'percorso per la quotazione',
    ],
    [2915, 'non siano già quotate su sistemi multilaterali di negoziazione', 'listing', 'quotate'],
    [
      3937,
      'Possono accedere ai contributi le MPMI con attività produttiva in provincia di Sondrio, iscritte al Registro nazionale per l’alternanza scuola-lavoro',
      'registry',
      'Registro nazionale',
    ],
    [
      3628,
      'ed in possesso di regolare autorizzazione triennale d’uso del marchio Valtellina Impresa.',
      'trademark',
      'marchio',
    ],
    [
      3756,
      'I beneficiari dell’azione sono le aziende sviluppatrici di soluzioni e tecnologie ed i system integrator',
      'suppliers',
      'aziende sviluppatrici',
    ],
    [
      90,
      'a favore di imprese in difficoltà non ai sensi degli orientamenti comunitari',
      'firms-in-difficulty',
      'imprese in difficoltà',
    ],
    [
      2659,
      "Organizzazioni dell'economia sociale: Cooperative sociali, imprese sociali",
      'social-economy',
      'imprese sociali',
    ],
  ];
  for (const [id, words, label, decisive] of cases) {
    it(`reads «${decisive}» as ${label} (${id})`, () => {
      const rules = inText(id, words);
      expect(rules).toEqual([expect.objectContaining({ kind: 'condition', label })]);
      expect(rules[0]?.from).toMatchObject({ source: 'text', field: 'description' });
      expect(rules[0]?.from.quote).toContain(decisive);
    });
  }

  it('ties the cases to the reader’s words', () => {
    expect(judgedWords(3939)).toContain('composti da almeno 5 PMI');
    expect(judgedWords(3386)).toContain('concluso positivamente una Composizione negoziata');
    expect(judgedWords(2915)).toContain('non siano già quotate');
    expect(judgedWords(3937)).toContain(
      "iscritte al Registro nazionale per l'alternanza scuola-lavoro",
    );
    expect(judgedWords(3628)).toContain('marchio Valtellina Impresa');
    expect(judgedWords(3756)).toContain(
      'aziende sviluppatrici di soluzioni e tecnologie ed i system integrator',
    );
  });

  it('is no condition for a procedure the firm must NOT be in: «non sono soggette a procedure di fallimento o di concordato preventivo» (1970, 3771)', () => {
    expect(
      inText(
        1970,
        'c) non sono in stato di liquidazione o di fallimento e non sono soggette a procedure di fallimento o di concordato preventivo.',
      ),
    ).toEqual([]);
    expect(
      inText(
        3771,
        'd) non essere in stato di fallimento, liquidazione (anche volontaria), amministrazione controllata, concordato preventivo o in qualsiasi altra situazione equivalente secondo la normativa vigente;',
      ),
    ).toEqual([]);
  });

  it('is no condition for social enterprises a call also admits: «MPMI, incluse le imprese sociali» (3106, 3901)', () => {
    expect(judgedWords(3106)).toContain('incluse le imprese sociali');
    expect(
      inText(
        3106,
        'Potranno candidarsi al presente Avviso le Micro, le Piccole e le Medie Imprese (MPMI) , incluse le imprese sociali',
      ),
    ).toEqual([]);
    expect(
      inText(
        3901,
        'progetti proposti da micro, piccole e medie imprese, incluse le imprese sociali',
      ),
    ).toEqual([]);
  });

  it('is no condition for social enterprises a call excludes: «escluse le imprese sociali» (1348)', () => {
    expect(
      inText(
        1348,
        'comprese le cooperative sociali ed escluse le imprese sociali costituite in forma di società',
      ),
    ).toEqual([]);
  });
});
