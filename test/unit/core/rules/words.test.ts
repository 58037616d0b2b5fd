// The helpers every word rule shares, on real words: positions kept through accents, one-line
// quotes cut at word boundaries, cues before a match, longest phrase first.
import { describe, expect, it } from 'vitest';
import {
  cueBefore,
  QUOTE_MAX,
  quoteOf,
  quoteWhole,
  scanPhrases,
  searchable,
} from '../../../../src/core/rules/words.js';
import { foldText } from '../../../../src/core/text.js';
import { field, sentence } from '../../../helpers/real-records.js';

describe('searchable', () => {
  it('folds case and accents one character for one, so a match quotes the original (3890, 3901)', () => {
    const text = sentence(
      3890,
      'Note_di_apertura_chiusura',
      'Lo sportello è stato sospeso per tutte e tre le aree interne in data 27-02-2025',
    );
    const plain = searchable(text);
    expect(plain).toBe(
      'lo sportello e stato sospeso per tutte e tre le aree interne in data 27-02-2025',
    );
    expect(plain).toHaveLength(text.length);
    const town = sentence(3901, 'Descrizione', 'sul territorio della Città di Torino');
    const at = searchable(town).indexOf('citta di torino');
    expect(town.slice(at, at + 'citta di torino'.length)).toBe('Città di Torino');
  });
});

describe('quoteOf and quoteWhole', () => {
  it('cuts a long description to one line around the words, marking the cuts with … (1048)', () => {
    const text = field(1048, 'Descrizione');
    const words = 'iscritte al Registro delle imprese della CCIAA di Bergamo';
    const at = text.indexOf(words);
    const quote = quoteOf(text, at, at + words.length);
    expect(quote).toContain(words);
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    expect(quote).not.toMatch(/\s{2}|\n/);
  });

  it('does not mark the end when the words close the text (3424)', () => {
    const text = field(3424, 'Note_di_apertura_chiusura');
    const at = text.indexOf('15 marzo 2024');
    const quote = quoteOf(text, at, at + '15 marzo 2024'.length);
    expect(quote.endsWith('15 marzo 2024.')).toBe(true);
  });

  it('quotes a short grantor whole (1373) and the start of a long one', () => {
    expect(quoteWhole(field(1373, 'Soggetto_Concedente'))).toBe('Comune di Dongo');
    const long = field(1443, 'Soggetto_Concedente');
    expect(long.length).toBeGreaterThan(QUOTE_MAX - 30);
    expect(quoteWhole(long).startsWith('Provincia Autonoma di Bolzano')).toBe(true);
  });
});

describe('cueBefore', () => {
  it('finds «salvo» just before the words it makes conditional (782)', () => {
    const plain = searchable(
      sentence(
        782,
        'Note_di_apertura_chiusura',
        'aperto fino al 31 dicembre 2025, salvo chiusura anticipata per esaurimento risorse.',
      ),
    );
    const at = plain.indexOf('chiusura anticipata');
    expect(cueBefore(plain, at, /\bsalvo\b/, 40)).toBe(true);
    expect(cueBefore(plain, at, /\bsalvo\b/, 5)).toBe(false);
  });
});

describe('scanPhrases', () => {
  it('counts «Rete d’impresa» once, not also as «Impresa», longest phrase first (530)', () => {
    const note = field(530, 'Tipologia_Soggetto');
    expect(note).toBe('["Rete d\'impresa","Università/Ente di Ricerca"]');
    const found = scanPhrases(foldText(note), [
      ['impresa', 'firm'],
      ['rete d impresa', 'network'],
      ['universita ente di ricerca', 'research'],
    ]);
    // Longest phrase first: the research body's name is the longer one.
    expect(found).toEqual(['research', 'network']);
  });
});
