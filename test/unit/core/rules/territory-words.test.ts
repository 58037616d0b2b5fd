// The territory a record narrows to in words or through its grantor, when its territory fields only
// say the region (or the country): chambers of commerce, merged ones too, provinces, municipalities,
// "nella provincia di …" phrases and demonyms, on the grantors and texts of real records.
import { describe, expect, it } from 'vitest';
import {
  provincesNamedIn,
  territoryRules,
  type TerritoryWords,
} from '../../../../src/core/rules/territory-words.js';
import { foldText } from '../../../../src/core/text.js';
import type { ExtractedRule } from '../../../../src/core/types.js';
import {
  field,
  judgedWords,
  listField,
  municipalityLookup,
  sentence,
} from '../../../helpers/real-records.js';

const ctx = municipalityLookup();
const LOMBARDIA = ['region:03'];
const rulesFor = (words: Partial<TerritoryWords> & { territory: string[] }) =>
  territoryRules({ title: '', description: null, grantor: null, ...words }, ctx);
const tokensOf = (rules: ExtractedRule[]) =>
  rules.map((r) => (r.kind === 'territory' ? [...r.tokens].sort() : []));
const named = (grantor: string) => provincesNamedIn(foldText(grantor)).sort();

describe('territory from the grantor', () => {
  it('limits a Brescia chamber’s call to BS, quoting the grantor (1924)', () => {
    const grantor = field(1924, 'Soggetto_Concedente');
    expect(grantor).toBe('Camera di Commercio, Industria, Artigianato e Agricoltura di Brescia');
    expect(listField(1924, 'Regioni')).toEqual(['Lombardia']);
    expect(judgedWords(1924)).toContain('territory from grantor: CCIAA di Brescia');
    const rules = rulesFor({ territory: LOMBARDIA, title: field(1924, 'Titolo'), grantor });
    expect(rules[0]).toEqual({
      kind: 'territory',
      tokens: ['province:BS'],
      sure: true,
      from: { source: 'grantor', field: 'grantor', quote: grantor },
    });
  });

  it('reads every province of a merged chamber', () => {
    expect(named(field(1578, 'Soggetto_Concedente'))).toEqual(['LO', 'MB', 'MI']);
    expect(named(field(3717, 'Soggetto_Concedente'))).toEqual(['CO', 'LC']);
    expect(named(field(2574, 'Soggetto_Concedente'))).toEqual(['BI', 'NO', 'VB', 'VC']);
    expect(named(field(3750, 'Soggetto_Concedente'))).toEqual(['AR', 'SI']);
    expect(named(field(3905, 'Soggetto_Concedente'))).toEqual(['FE', 'RA']);
    expect(named(field(3838, 'Soggetto_Concedente'))).toEqual(['AL', 'AT']);
  });

  it('limits the Como-Lecco chamber’s regional call to CO and LC (3717)', () => {
    const grantor = sentence(
      3717,
      'Soggetto_Concedente',
      'Camera di Commercio Industria Artigianato e Agricoltura di Como-Lecco',
    );
    expect(judgedWords(3717)).toContain('Como-Lecco');
    const rules = rulesFor({ territory: LOMBARDIA, grantor, title: field(3717, 'Titolo') });
    expect(tokensOf(rules)).toEqual([['province:CO', 'province:LC']]);
    expect(rules[0]).toMatchObject({ sure: true, from: { source: 'grantor' } });
  });

  it('limits a Milano-Monza-Brianza-Lodi chamber’s call whose fields say only Lombardy to MI, MB, LO (1578)', () => {
    const grantor = field(1578, 'Soggetto_Concedente');
    expect(tokensOf(rulesFor({ territory: LOMBARDIA, grantor }))).toEqual([
      ['province:LO', 'province:MB', 'province:MI'],
    ]);
  });

  it('reads a chamber’s «azienda speciale» as the chamber (1048)', () => {
    const grantor = sentence(
      1048,
      'Soggetto_Concedente',
      'BERGAMO SVILUPPO AZIENDA SPECIALE DELLA CCIAA',
    );
    expect(tokensOf(rulesFor({ territory: LOMBARDIA, grantor }))).toEqual([['province:BG']]);
  });

  it('reads «Provincia di …» grantors (1714, 2102, 3883)', () => {
    expect(
      tokensOf(rulesFor({ territory: LOMBARDIA, grantor: field(1714, 'Soggetto_Concedente') })),
    ).toEqual([['province:LO']]);
    expect(
      tokensOf(rulesFor({ territory: LOMBARDIA, grantor: field(2102, 'Soggetto_Concedente') })),
    ).toEqual([['province:MB']]);
    // A national record of a province's own call: the province narrows it.
    const bolzano = rulesFor({ territory: ['IT'], grantor: field(3883, 'Soggetto_Concedente') });
    expect(bolzano).toEqual([expect.objectContaining({ tokens: ['province:BZ'], sure: true })]);
  });

  it('reads a municipality fund «Comune di X» as a municipality token (1373, 1848, 2472)', () => {
    const dongo = rulesFor({ territory: LOMBARDIA, grantor: field(1373, 'Soggetto_Concedente') });
    expect(field(1373, 'Soggetto_Concedente')).toBe('Comune di Dongo');
    expect(dongo).toEqual([
      {
        kind: 'territory',
        tokens: ['municipality:013090'],
        sure: true,
        from: { source: 'grantor', field: 'grantor', quote: 'Comune di Dongo' },
      },
    ]);
    expect(
      tokensOf(rulesFor({ territory: LOMBARDIA, grantor: field(1848, 'Soggetto_Concedente') })),
    ).toEqual([['municipality:014050']]);
    expect(
      tokensOf(rulesFor({ territory: LOMBARDIA, grantor: field(2472, 'Soggetto_Concedente') })),
    ).toEqual([['municipality:018111']]);
  });

  it('gives no area for bodies of the whole region (2350, 1535, 461)', () => {
    for (const id of [2350, 1535, 461]) {
      expect(rulesFor({ territory: LOMBARDIA, grantor: field(id, 'Soggetto_Concedente') })).toEqual(
        [],
      );
    }
  });

  it('gives no rule when the territory fields already list municipalities (1834)', () => {
    const rules = rulesFor({
      territory: ['municipality:014001', 'municipality:014061'],
      grantor: field(1834, 'Soggetto_Concedente'),
      description: field(1834, 'Descrizione'),
    });
    expect(rules).toEqual([]);
  });

  it('leaves a municipality unsure when firms may open a site there: «o si impegnino ad aprire un’unità locale» (3901)', () => {
    sentence(
      3901,
      'Descrizione',
      'o si impegnino ad aprire un’unità locale sul territorio della Città di Torino',
    );
    const rules = rulesFor({
      territory: ['IT'],
      grantor: field(3901, 'Soggetto_Concedente'),
      description: field(3901, 'Descrizione'),
    });
    expect(rules).toEqual([
      expect.objectContaining({ tokens: ['municipality:001272'], sure: false }),
    ]);
  });
});

describe('territory from the words of the text', () => {
  it('reads «iscritte al Registro delle imprese della CCIAA di Bergamo» (1048)', () => {
    const description = field(1048, 'Descrizione');
    sentence(
      1048,
      'Descrizione',
      'Il bando è rivolto alle MPMI iscritte al Registro delle imprese della CCIAA di Bergamo',
    );
    expect(judgedWords(1048)).toContain(
      'iscritte al Registro delle imprese della CCIAA di Bergamo',
    );
    const [rule] = rulesFor({ territory: LOMBARDIA, description });
    expect(rule).toMatchObject({
      tokens: ['province:BG'],
      sure: true,
      from: { source: 'text', field: 'description' },
    });
    expect(rule?.from.quote).toContain('CCIAA di Bergamo');
  });

  it('reads «sede … nella provincia di …» and «nelle province di … e di …» (3750, 3669, 3922, 3905, 2804)', () => {
    const cases: [number, string, string[], string[]][] = [
      [
        3750,
        'devono avere sede legale e/o operativa nella provincia di Arezzo.',
        ['region:09'],
        ['province:AR'],
      ],
      [
        3669,
        'Imprese che abbiano sede legale o operativa nelle province di Grosseto e di Livorno.',
        ['region:09'],
        ['province:GR', 'province:LI'],
      ],
      [
        3922,
        'aventi la sede o unità locale nelle Province di Lucca, Massa Carrara o Pisa;',
        ['region:09'],
        ['province:LU', 'province:MS', 'province:PI'],
      ],
      [
        3905,
        'sede legale o unità locale operativa ed attività nella provincia di Ferrara o di Ravenna',
        ['region:08'],
        ['province:FE', 'province:RA'],
      ],
      [2804, 'con unità operativa in provincia di Bolzano', ['region:04'], ['province:BZ']],
    ];
    for (const [id, words, territory, tokens] of cases) {
      const rules = rulesFor({ territory, description: sentence(id, 'Descrizione', words) });
      expect(tokensOf(rules), `record ${id}`).toEqual([tokens]);
      expect(rules[0], `record ${id}`).toMatchObject({
        sure: true,
        from: { field: 'description' },
      });
    }
  });

  it('keeps a chamber’s own area and the narrower one its text names (3750)', () => {
    const rules = rulesFor({
      territory: ['region:09'],
      grantor: field(3750, 'Soggetto_Concedente'),
      description: field(3750, 'Descrizione'),
    });
    expect(tokensOf(rules)).toEqual([['province:AR', 'province:SI'], ['province:AR']]);
  });

  it('reads a firms’ demonym: «imprese bergamasche», «MPMI bresciane» (3860, 1924)', () => {
    expect(judgedWords(3860)).toContain('rivolti alle imprese bergamasche');
    const bg = rulesFor({
      territory: LOMBARDIA,
      description: sentence(
        3860,
        'Descrizione',
        'I percorsi formativi sono rivolti alle imprese bergamasche.',
      ),
    });
    expect(tokensOf(bg)).toEqual([['province:BG']]);
    expect(bg[0]?.from.quote).toContain('bergamasche');
    const bs = rulesFor({
      territory: LOMBARDIA,
      description: sentence(1924, 'Descrizione', "L'agevolazione è rivolta alle MPMI bresciane."),
    });
    expect(tokensOf(bs)).toEqual([['province:BS']]);
  });

  it('reads the firms’ demonym after an earlier one that is not about firms: «apicoltura bresciana … imprese agricole bresciane» (3818)', () => {
    const words = sentence(
      3818,
      'Descrizione',
      'nel settore dell’apicoltura bresciana, stanzia un fondo di EURO 36.000.\u00a0 A chi si rivolge Possono beneficiare dei contributi le piccole e medie imprese agricole bresciane',
    );
    expect(judgedWords(3818)).toContain('imprese agricole bresciane');
    const rules = rulesFor({ territory: LOMBARDIA, description: words });
    expect(tokensOf(rules)).toEqual([['province:BS']]);
    expect(rules[0]?.from.quote).toContain('imprese agricole bresciane');
  });

  it('reads no area from a demonym that names no firms: «nel settore dell’apicoltura bresciana» (3818)', () => {
    const words = sentence(
      3818,
      'Descrizione',
      'nel settore dell’apicoltura bresciana, stanzia un fondo di EURO 36.000.',
    );
    expect(rulesFor({ territory: LOMBARDIA, description: words })).toEqual([]);
  });

  it('reads a chamber or a province in the title (3754, 1049)', () => {
    const title = field(3754, 'Titolo');
    expect(title).toContain('CCIAA di Bergamo');
    const rules = rulesFor({ territory: LOMBARDIA, title });
    expect(rules[0]).toMatchObject({
      tokens: ['province:BG'],
      sure: true,
      from: { source: 'text', field: 'title' },
    });
    expect(tokensOf(rulesFor({ territory: ['region:04'], title: field(1049, 'Titolo') }))).toEqual([
      ['province:BZ'],
    ]);
  });

  it('leaves the text’s area unsure when it opens the call to the whole region (2102)', () => {
    expect(
      sentence(
        2102,
        'Descrizione',
        'con sede legale e/o operativa e/o minimo una unità produttiva e/o una filiale nel territorio della Regione Lombardia',
      ),
    ).toBeTruthy();
    expect(judgedWords(2102)).toContain('nel territorio della Regione Lombardia');
    const rules = rulesFor({
      territory: LOMBARDIA,
      title: field(2102, 'Titolo'),
      description: field(2102, 'Descrizione'),
    });
    expect(rules).toEqual([
      expect.objectContaining({
        tokens: ['province:MB'],
        sure: false,
        from: expect.objectContaining({ field: 'title' }),
      }),
    ]);
  });

  it('reads a municipality where the seat must be, for a record whose fields say only Lombardy (3106, 2472)', () => {
    const milano = rulesFor({
      territory: LOMBARDIA,
      description: sentence(
        3106,
        'Descrizione',
        'con sede operativa in cui si intende realizzare il progetto nel Comune di Milano',
      ),
    });
    expect(tokensOf(milano)).toEqual([['municipality:015146']]);
    const pietra = rulesFor({
      territory: LOMBARDIA,
      description: sentence(2472, 'Descrizione', 'con sede nel Comune di Pietra de’ Giorgi'),
    });
    expect(tokensOf(pietra)).toEqual([['municipality:018111']]);
  });

  it('reads no area from a national record’s text that names a city (3901, 3355)', () => {
    expect(rulesFor({ territory: ['IT'], description: field(3901, 'Descrizione') })).toEqual([]);
    sentence(3355, 'Descrizione', 'Politenico di Milano, Università di Brescia');
    expect(rulesFor({ territory: ['IT'], description: field(3355, 'Descrizione') })).toEqual([]);
  });
});
