// Who may apply beyond "firms": the portal's `Tipologia_Soggetto` values and the phrases of titles
// and descriptions (women- and youth-led firms, innovative start-ups, non-profit bodies, legal
// forms, firm age), on real records.
import { describe, expect, it } from 'vitest';
import {
  APPLICANT_TYPE_TABLE,
  applicantPhraseRules,
  applicantTypeRule,
} from '../../../../src/core/rules/applicant-words.js';
import { foldText } from '../../../../src/core/text.js';
import {
  allRecords,
  field,
  judgedWords,
  listField,
  sentence,
} from '../../../helpers/real-records.js';

const TYPES = 'Tipologia_Soggetto';
const inText = (id: number, words: string) =>
  applicantPhraseRules(sentence(id, 'Descrizione', words), 'description', false);

describe('the Tipologia_Soggetto table', () => {
  it('knows every applicant type the export uses', () => {
    const used = new Set<string>();
    for (const [id, record] of allRecords()) {
      if (typeof record.Tipologia_Soggetto === 'string' && record.Tipologia_Soggetto)
        for (const v of listField(id, TYPES)) used.add(v);
    }
    expect(used.size).toBe(15);
    for (const value of used) expect(APPLICANT_TYPE_TABLE[foldText(value)], value).toBeDefined();
  });
});

describe('applicantTypeRule', () => {
  it('makes «Impresa - prevalenza femminile» alone a sure women-led rule, quoting the field (226)', () => {
    const note = field(226, TYPES);
    expect(note).toBe('["Impresa - prevalenza femminile"]');
    expect(judgedWords(226)).toContain('Tipologia_Soggetto «Impresa - prevalenza femminile»');
    expect(applicantTypeRule(note)).toEqual({
      kind: 'special-status',
      any: ['women-led'],
      sure: true,
      from: { source: 'field', field: 'applicant types', quote: note },
    });
  });

  it('reads the youth-led and innovative types (1760, 3511)', () => {
    expect(applicantTypeRule(field(1760, TYPES))).toMatchObject({
      kind: 'special-status',
      any: ['youth-led'],
      sure: true,
    });
    expect(applicantTypeRule(field(3511, TYPES))).toMatchObject({
      kind: 'special-status',
      any: ['innovative-startup', 'innovative-sme'],
    });
  });

  it('makes bodies that are not firms an applicants-only rule (2951, 3880, 1831, 2496, 2771)', () => {
    expect(judgedWords(2951)).toContain('Tipologia_Soggetto «Cooperative/Associazioni Non Profit»');
    expect(applicantTypeRule(field(2951, TYPES))).toMatchObject({
      kind: 'applicants-only',
      who: ['non-profit'],
    });
    expect(applicantTypeRule(field(3880, TYPES))).toMatchObject({
      who: expect.arrayContaining(['non-profit', 'public-body']),
    });
    expect(applicantTypeRule(field(1831, TYPES))).toMatchObject({ who: ['public-body'] });
    expect(applicantTypeRule(field(2496, TYPES))).toMatchObject({ who: ['citizen'] });
    expect(applicantTypeRule(field(2771, TYPES))).toMatchObject({ who: ['new-firm'] });
  });

  it('is no rule when a plain «Impresa» or a grouping of firms is among the types (2210, 1714, 530, 1055)', () => {
    expect(field(2210, TYPES)).toBe('["Impresa","Impresa - SU/PMI innovativa"]');
    expect(applicantTypeRule(field(2210, TYPES))).toBeNull();
    expect(applicantTypeRule(field(1714, TYPES))).toBeNull();
    expect(applicantTypeRule(field(530, TYPES))).toBeNull();
    expect(applicantTypeRule(field(1055, TYPES))).toBeNull();
  });
});

describe('applicantPhraseRules: statuses', () => {
  it('makes a status in the title a sure rule: «imprenditrici» (1055)', () => {
    const rules = applicantPhraseRules(field(1055, 'Titolo'), 'title', true);
    expect(rules).toEqual([
      expect.objectContaining({ kind: 'special-status', any: ['women-led'], sure: true }),
    ]);
    expect(rules[0]?.from.quote).toContain('imprenditrici');
  });

  it('only asks to verify a status the text names without «only» words (226, 3755)', () => {
    expect(inText(226, 'sostenuti da imprese femminili ubicate nei Comuni montani')).toEqual([
      expect.objectContaining({ kind: 'special-status', any: ['women-led'], sure: false }),
    ]);
    const tef = inText(
      3755,
      'Il progetto Agrifood TEF si rivolge principalmente a PMI innovative e startup e, in seconda istanza anche alle grandi aziende.',
    );
    expect(tef).toEqual([expect.objectContaining({ any: ['innovative-sme'], sure: false })]);
    expect(tef[0]?.from.quote).toContain('PMI innovative');
  });

  it('is no rule for an amount a class of firm gets: «€ 2.500.000 per le PMI e PMI innovative» (506, 509)', () => {
    expect(judgedWords(506)).toContain('€ 3.500.000 per le Altre imprese');
    const words =
      '€ 500.000 per le Micro Imprese; € 2.500.000 per le PMI e PMI innovative; € 3.500.000 per le Altre imprese';
    expect(inText(506, words)).toEqual([]);
    expect(
      inText(
        509,
        '€ 500.000 per le Micro Imprese; € 2.500.000 per le PMI e PMI innovative; € 5.000.000 per le Altre imprese',
      ),
    ).toEqual([]);
  });

  it('is no rule for a bonus a class of firm gets: «per le imprese femminili il contributo sarà aumentato» (2347)', () => {
    expect(
      inText(
        2347,
        'per le imprese femminili il contributo sarà aumentato al 6% con un massimo di 4.000 euro',
      ),
    ).toEqual([]);
  });
});

describe('applicantPhraseRules: non-profit bodies', () => {
  it('reads «rivolte alle ONLUS» and «rivolta alle organizzazioni di volontariato» (2951, 3441)', () => {
    expect(judgedWords(2951)).toContain('rivolte alle ONLUS');
    const onlus = inText(
      2951,
      'Le agevolazioni sono rivolte alle ONLUS iscritte nella relativa Anagrafe alla data del 22/11/2021',
    );
    expect(onlus).toEqual([
      expect.objectContaining({ kind: 'applicants-only', who: ['non-profit'] }),
    ]);
    expect(onlus[0]?.from.quote).toContain('ONLUS');
    expect(
      inText(
        3441,
        "L'agevolazione è rivolta alle organizzazioni di volontariato iscritte nella relativa sezione a) del RUNTS.",
      ),
    ).toEqual([expect.objectContaining({ kind: 'applicants-only', who: ['non-profit'] })]);
  });

  it('is no rule for non-profit bodies named among others (2659)', () => {
    expect(
      inText(
        2659,
        'Cooperative sociali, imprese sociali, associazioni e altri enti del terzo settore',
      ),
    ).toEqual([]);
  });
});

describe('applicantPhraseRules: legal form', () => {
  it('reads «in forma di società di capitali» (1855)', () => {
    const rules = inText(
      1855,
      'Si rivolge alle imprese industriali in forma di società di capitali e centri di ricerca.',
    );
    expect(rules).toEqual([
      expect.objectContaining({ kind: 'legal-form', forms: ['srl', 'spa', 'sapa'], sure: true }),
    ]);
  });

  it('admits every form of one «in forma di» list: «società di capitali, società cooperative …» (2393)', () => {
    expect(judgedWords(2393)).toContain(
      'in forma di società di capitali, società cooperative a responsabilità limitata o per azioni',
    );
    const rules = inText(
      2393,
      'in forma di società di capitali, società cooperative a responsabilità limitata o per azioni',
    );
    expect(rules).toEqual([
      expect.objectContaining({
        kind: 'legal-form',
        forms: ['cooperative', 'srl', 'spa', 'sapa'],
        sure: true,
      }),
    ]);
  });

  it('reads cooperatives named in a title (2377)', () => {
    expect(applicantPhraseRules(field(2377, 'Titolo'), 'title', true)).toEqual([
      expect.objectContaining({ kind: 'legal-form', forms: ['cooperative'] }),
    ]);
  });
});

describe('applicantPhraseRules: firm age', () => {
  it('reads «attive da massimo 5 anni» and «costituite da meno di 5 anni» as at most 60 months (461, 2210)', () => {
    expect(judgedWords(461)).toContain(
      'iscritte e attive da massimo 5 anni nel Registro delle Imprese',
    );
    const microcredito = inText(
      461,
      'regolarmente costituite, iscritte e attive da massimo 5 anni nel Registro delle Imprese',
    );
    expect(microcredito).toEqual([
      expect.objectContaining({ kind: 'firm-age', maxMonths: 60, minMonths: null }),
    ]);
    expect(microcredito[0]?.from.quote).toContain('da massimo 5 anni');
    expect(judgedWords(2210)).toContain('startup costituite da meno di 5 anni');
    const startups = inText(
      2210,
      'L’iniziativa è rivolta alle startup costituite da meno di 5 anni, con sede in Italia',
    );
    expect(startups).toEqual([expect.objectContaining({ kind: 'firm-age', maxMonths: 60 })]);
  });
});
