// Sector limits the ATECO field does not carry: the portal's 21-value `Settore_Attivita` list and
// the phrases of titles and descriptions, on real records.
import { describe, expect, it } from 'vitest';
import {
  LIST_DECIDES_UP_TO,
  SECTOR_LIST_TABLE,
  sectorListRule,
  sectorPhraseRule,
  sectorValuesOf,
} from '../../../../src/core/rules/sector-words.js';
import {
  allRecords,
  field,
  judgedWords,
  listField,
  sentence,
} from '../../../helpers/real-records.js';

describe('the Settore_Attivita table', () => {
  it('holds exactly the 21 values the export uses', () => {
    const used = new Set<string>();
    for (const id of allRecords().keys()) {
      const raw = allRecords().get(id)?.Settore_Attivita;
      if (typeof raw === 'string' && raw)
        for (const v of listField(id, 'Settore_Attivita')) used.add(v);
    }
    expect(used.size).toBe(21);
    expect(Object.keys(SECTOR_LIST_TABLE).sort()).toEqual([...used].sort());
  });

  it('places the five judged firms’ activities', () => {
    expect(sectorValuesOf('20.42')).toEqual(['Chimica e Farmaceutica']);
    expect(sectorValuesOf('62.01')).toEqual(['ICT']);
    expect(sectorValuesOf('25.62')).toEqual(['Meccanica', 'Metallurgia']);
    expect(sectorValuesOf('28.99')).toEqual(['Meccanica']);
    expect(sectorValuesOf('55.10')).toEqual(['Alberghiero', 'Turismo']);
  });

  it('gives «Artigianato» no code: it is a status across sectors', () => {
    expect(SECTOR_LIST_TABLE.Artigianato).toEqual([]);
  });
});

describe('sectorListRule', () => {
  it('makes a sure rule of a 3-value list, quoting it (2677)', () => {
    const listed = listField(2677, 'Settore_Attivita');
    expect(judgedWords(2677)).toContain(
      'Agricoltura, silvicoltura e pesca, Agroalimentare, Altri servizi',
    );
    const rule = sectorListRule(listed);
    expect(rule).toMatchObject({
      kind: 'sector',
      labels: ['Agricoltura, silvicoltura e pesca', 'Agroalimentare', 'Altri servizi'],
      sure: true,
      from: {
        source: 'field',
        field: 'sector list',
        quote: 'Agricoltura, silvicoltura e pesca; Agroalimentare; Altri servizi',
      },
    });
    expect(rule?.kind === 'sector' && rule.codes).toEqual(
      expect.arrayContaining(['A', '01', '10', 'K', 'M']),
    );
    expect(rule?.kind === 'sector' && rule.codes).not.toContain('55');
  });

  it('adds no code for «Artigianato» in a list (3942)', () => {
    const rule = sectorListRule(listField(3942, 'Settore_Attivita'));
    expect(rule).toMatchObject({ codes: ['26', '27', 'D', 'E'], sure: true });
    expect(rule?.kind === 'sector' && rule.labels).toContain('Artigianato');
  });

  it(`decides with up to ${LIST_DECIDES_UP_TO} values, only asks to verify with more (1535, 3754, 148)`, () => {
    expect(listField(1535, 'Settore_Attivita')).toHaveLength(14);
    expect(judgedWords(1535)).toContain('Settore_Attivita 14 values');
    expect(sectorListRule(listField(1535, 'Settore_Attivita'))).toMatchObject({ sure: true });
    expect(listField(3754, 'Settore_Attivita')).toHaveLength(16);
    expect(sectorListRule(listField(3754, 'Settore_Attivita'))).toMatchObject({ sure: false });
    expect(listField(148, 'Settore_Attivita')).toHaveLength(20);
    expect(sectorListRule(listField(148, 'Settore_Attivita'))).toMatchObject({ sure: false });
  });

  it('is no rule for the whole list (3357)', () => {
    expect(listField(3357, 'Settore_Attivita')).toHaveLength(21);
    expect(sectorListRule(listField(3357, 'Settore_Attivita'))).toBeNull();
    expect(sectorListRule([])).toBeNull();
  });
});

describe('sectorPhraseRule', () => {
  it('reads the firms a title names, leaving sureness to the caller (3830, 864, 1856)', () => {
    expect(sectorPhraseRule(field(3830, 'Titolo'), 'title')).toMatchObject({
      labels: ['tourism'],
      codes: ['55', '79'],
      from: { source: 'text', field: 'title' },
    });
    expect(sectorPhraseRule(field(864, 'Titolo'), 'title')).toMatchObject({
      labels: ['road haulage'],
      codes: ['49.41'],
    });
    expect(sectorPhraseRule(field(1856, 'Titolo'), 'title')).toMatchObject({
      labels: ['sport'],
      codes: ['93.1'],
    });
  });

  it('is sure after «specificatamente»: «si rivolge specificatamente alla filiera delle costruzioni» (3355)', () => {
    const words = sentence(
      3355,
      'Descrizione',
      'DIHCUBE si rivolge specificatamente alla filiera delle costruzioni nel suo insieme',
    );
    expect(judgedWords(3355)).toContain(
      'si rivolge specificatamente alla filiera delle costruzioni',
    );
    const rule = sectorPhraseRule(words, 'description');
    expect(rule).toMatchObject({ labels: ['construction'], codes: ['F'], sure: true });
    expect(rule?.from.quote).toContain('filiera delle costruzioni');
  });

  it('is sure after «si rivolgono alle»: «I servizi si rivolgono alle piccole imprese agricole» (2677)', () => {
    const words = sentence(
      2677,
      'Descrizione',
      'I servizi si rivolgono alle piccole imprese agricole.',
    );
    expect(sectorPhraseRule(words, 'description')).toMatchObject({
      labels: ['agriculture'],
      codes: ['A'],
      sure: true,
    });
  });

  it('only asks to verify a phrase without «only» words (3424, 2781, 2632)', () => {
    expect(judgedWords(3424)).toContain(
      'Possono presentare domanda le imprese cinematografiche e audiovisive',
    );
    expect(
      sectorPhraseRule(
        sentence(
          3424,
          'Descrizione',
          'Possono presentare domanda le imprese cinematografiche e audiovisive.',
        ),
        'description',
      ),
    ).toMatchObject({ labels: ['culture and media'], sure: false });
    expect(
      sectorPhraseRule(
        sentence(
          2781,
          'Descrizione',
          'Possono usufruire dell’agevolazione prevista dal presente bando gli esercizi di somministrazione e di consumo sul posto',
        ),
        'description',
      ),
    ).toMatchObject({ labels: ['bars and restaurants'], codes: ['56'], sure: false });
    expect(
      sectorPhraseRule(
        sentence(
          2632,
          'Descrizione',
          'La manifestazione di interesse si rivolge alle imprese dei settori Manifatturiero, Agrobiotech, Energia e Ambiente e alle Pubbliche Amministrazioni.',
        ),
        'description',
      ),
    ).toMatchObject({ labels: ['manufacturing'], codes: ['C'], sure: false });
  });

  it('admits every kind of firm a text names (3492)', () => {
    const words = sentence(
      3492,
      'Descrizione',
      'Possono presentare domanda le imprese e attività commerciali, artigianali e dei pubblici esercizi del centro storico del comune di Gualdo Tadino.',
    );
    const rule = sectorPhraseRule(words, 'description');
    expect(rule).toMatchObject({ labels: ['retail', 'bars and restaurants'], codes: ['G', '56'] });
  });

  it('is no rule for a sector the text excludes: «non appartenenti al settore del commercio al dettaglio» (3901)', () => {
    // The record writes a footnote mark right after «dettaglio» ("dettaglio1"); the cut ends before it.
    const words = sentence(
      3901,
      'Descrizione',
      'non appartenenti al settore del commercio al dettaglio',
    );
    expect(judgedWords(3901)).toContain('non appartenenti al settore del commercio al dettaglio');
    expect(sectorPhraseRule(words, 'description')).toBeNull();
  });
});
