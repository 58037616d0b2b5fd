// The sector search's pure parts: one typo, the synonym table's matching, the searches planned.
import { describe, expect, it } from 'vitest';
import { SECTOR_SYNONYMS } from '../../../src/core/sector-synonyms-data.js';
import {
  matchSynonyms,
  mendTypos,
  sectorSearches,
  sectorVocabulary,
  withinOneEdit,
} from '../../../src/core/sector-synonyms.js';

describe('withinOneEdit', () => {
  it.each([
    ['albergo', 'albrego', true], // swapped neighbours
    ['cosmesi', 'cosmsi', true], // one letter missing
    ['cosmesi', 'cosmessi', true], // one letter more
    ['cosmesi', 'cosmasi', true], // one letter wrong
    ['albergo', 'albergo', true],
    ['albergo', 'alberghi', false],
    ['albergo', 'lbaergo', false],
    ['software', 'sotfwrae', false],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

/** The first `find` of the entries the words name. */
const leadsTo = (term: string) => matchSynonyms(term).map((e) => e.find[0]);

describe('synonym table', () => {
  it.each([
    ['creme', 'profumi cosmetici'],
    ['cosmesi', 'profumi cosmetici'],
    ['crema viso', 'profumi cosmetici'],
    ['skin care', 'profumi cosmetici'],
    ['Skin-Care', 'profumi cosmetici'],
    ['software gestionale', 'produzione software'],
    ['albergo', 'alberghi'],
    ['officina meccanica', 'meccanica generale'],
    ['cosmsi', 'profumi cosmetici'],
    ['albrego', 'alberghi'],
    ['softwrae gestionale', 'produzione software'],
    ['offcina meccanica', 'meccanica generale'],
    ['albe', 'alberghi'], // still being typed
  ])('"%s" leads to "%s" first', (term, find) => {
    expect(leadsTo(term)[0]).toBe(find);
  });

  it('has no phrase that single letters could name', () => {
    for (const { say } of SECTOR_SYNONYMS)
      for (const phrase of say)
        expect(
          phrase.split(' ').some((w) => w.length > 1),
          phrase,
        ).toBe(true);
    expect(leadsTo('b')).toEqual([]);
  });

  it('matches short words only exactly: "bra" is no bar, "cafe" is', () => {
    expect(leadsTo('bra')).toEqual([]);
    expect(leadsTo('cafe')).toEqual(['bar esercizi']);
  });

  it('puts the entry whose phrase covers more words first', () => {
    expect(leadsTo('negozio abbigliamento').slice(0, 2)).toEqual([
      'dettaglio abbigliamento',
      'confezione abbigliamento',
    ]);
  });

  it('holds dozens of trades, each phrase folded as typed words are', () => {
    expect(SECTOR_SYNONYMS.length).toBeGreaterThanOrEqual(40);
    for (const { say, find } of SECTOR_SYNONYMS) {
      expect(say.length).toBeGreaterThan(0);
      expect(find.length).toBeGreaterThan(0);
      for (const phrase of say) expect(phrase).toBe(phrase.toLowerCase());
    }
  });
});

describe('planned searches', () => {
  const vocabulary = sectorVocabulary([
    'Fabbricazione di profumi e cosmetici',
    'Manufacture of perfume and toilet preparations',
  ]);

  it('mends a typo in a title word of 5 letters or more, keeps prefixes and short words', () => {
    expect(mendTypos('cosmetci', vocabulary)).toBe('cosmetici');
    expect(mendTypos('Profmi', vocabulary)).toBe('profumi');
    expect(mendTypos('cosm', vocabulary)).toBe('cosm');
    expect(mendTypos('fabbr', vocabulary)).toBe('fabbr');
    expect(mendTypos('zzzzzz', vocabulary)).toBe('zzzzzz');
  });

  it('runs the synonym searches first, then the typed words; codes as typed', () => {
    expect(sectorSearches('crema viso', vocabulary)).toEqual([
      { query: 'profumi cosmetici', titlesOnly: true },
      { query: 'toilet preparations', titlesOnly: true },
      { query: 'dettaglio cosmetici', titlesOnly: true },
      { query: 'crema viso', titlesOnly: false },
    ]);
    expect(sectorSearches('profmi', vocabulary)).toEqual([
      { query: 'profmi', titlesOnly: false },
      { query: 'profumi', titlesOnly: false },
    ]);
    expect(sectorSearches('20.42', vocabulary)).toEqual([{ query: '20.42', titlesOnly: false }]);
    expect(sectorSearches('  ', vocabulary)).toEqual([]);
  });
});
