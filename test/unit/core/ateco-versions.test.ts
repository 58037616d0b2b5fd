// Reading a code in ATECO 2007 or 2025: the 2025 reading of codes whose meaning changed, the
// version prefixes, and the walk up the 2025 hierarchy for codes with no 2007 equivalent.
import { describe, expect, it } from 'vitest';
import {
  as2007Of,
  atecoReadingNotice,
  meansOtherIn2025,
  resolveAtecoCode,
  splitAtecoList,
  splitVersionPrefix,
  type AtecoLookup,
} from '../../../src/core/ateco-resolve.js';
import { checkSector } from '../../../src/core/eligibility.js';
import { en } from '../../../src/i18n/en.js';
import { describeReason } from '../../../src/i18n/index.js';
import { it as italian } from '../../../src/i18n/it.js';
import { UsageError } from '../../../src/errors.js';
import type { AtecoVersion } from '../../../src/core/types.js';
import { measure, profile } from '../../helpers/measure.js';

// A slice of the ISTAT tables, as bundled: titles per version and the representative crosswalk.
const TITLES: Record<AtecoVersion, Record<string, string>> = {
  '2007': {
    '25.62.00': 'Lavori di meccanica generale',
    '25.72.00': 'Fabbricazione di serrature e cerniere e ferramenta simili',
    '20.42': 'Fabbricazione di prodotti per toletta',
    '01.13': 'Coltivazione di ortaggi',
    '01.13.1': 'Coltivazione di ortaggi in piena aria',
    '62.01': 'Produzione di software',
    '63.9': 'Altre attività dei servizi di informazione',
  },
  '2025': {
    '25.62.00': 'Fabbricazione di serrature e cerniere',
    '25.53.00': 'Lavori di meccanica generale dei metalli',
    '20.42': 'Fabbricazione di profumi e cosmetici',
    '01.13': 'Coltivazione di ortaggi e meloni',
    '01.13.1': 'Coltivazione di ortaggi e meloni',
    '01.13.11': 'Coltivazione di ortaggi e meloni in piena aria',
    '60.3': 'Altre attività di distribuzione di contenuti',
    '60.39.00': 'Altre attività di distribuzione di contenuti',
    '62.10': 'Programmazione informatica',
  },
};
const CROSSWALK: [string, string][] = [
  ['25.62.00', '25.53.00'],
  ['25.72.00', '25.62.00'],
  ['20.42', '20.42'],
  ['01.13', '01.13'],
  ['01.13.1', '01.13'], // a 2007 category mapped to a 2025 class: not used for the class level
  ['62.01', '62.10'],
  ['63.9', '60.3'],
];
const lookup: AtecoLookup = {
  exists: (code, version) => code in TITLES[version],
  to2025: (code) => CROSSWALK.filter(([a]) => a === code).map(([, b]) => b),
  to2007: (code) => CROSSWALK.filter(([, b]) => b === code).map(([a]) => a),
  codes: (version) => Object.keys(TITLES[version]).sort(),
  title: (code, version) => TITLES[version][code] ?? null,
};

describe('reading a code of both versions', () => {
  it('reads a code whose meaning changed as ATECO 2025, keeping its 2007 meaning', () => {
    expect(meansOtherIn2025('25.62.00', lookup)).toBe(true);
    expect(resolveAtecoCode('25.62.00', lookup)).toMatchObject({
      code: '25.62.00',
      version: '2025',
      as2007: ['25.72.00'],
      as2025: ['25.62.00'],
      title: 'Fabbricazione di serrature e cerniere',
      otherMeaning: { version: '2007', title: 'Lavori di meccanica generale' },
      via: null,
    });
  });
  it('keeps a code with the same meaning in both as ATECO 2007, as before', () => {
    expect(meansOtherIn2025('20.42', lookup)).toBe(false);
    expect(resolveAtecoCode('20.42', lookup)).toMatchObject({
      version: '2007',
      as2007: ['20.42'],
      as2025: ['20.42'],
      otherMeaning: null,
    });
    expect(resolveAtecoCode('62.01', lookup)).toMatchObject({ version: '2007', as2025: ['62.10'] });
    expect(resolveAtecoCode('62.10', lookup)).toMatchObject({ version: '2025', as2007: ['62.01'] });
  });
  it('forces a version with 2007: or 2025:', () => {
    expect(resolveAtecoCode('2007:25.62.00', lookup)).toMatchObject({
      version: '2007',
      as2007: ['25.62.00'],
      as2025: ['25.53.00'],
      otherMeaning: { version: '2025', title: 'Fabbricazione di serrature e cerniere' },
    });
    expect(resolveAtecoCode('2025:256200', lookup)).toMatchObject({
      code: '25.62.00',
      version: '2025',
    });
    expect(resolveAtecoCode('2007:20.42', lookup)).toMatchObject({
      version: '2007',
      otherMeaning: null,
    });
  });
  it('refuses an unknown version prefix, naming the valid ones', () => {
    expect(() => splitVersionPrefix('2022:25.62')).toThrow(UsageError);
    try {
      resolveAtecoCode('ateco:25.62', lookup);
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).message).toContain('unknown ATECO version "ateco"');
      expect((e as UsageError).hint).toContain('2007:CODE or 2025:CODE');
    }
    expect(splitVersionPrefix('25.62')).toEqual({ version: null, text: '25.62' });
  });
  it('refuses a code the forced version does not have, suggesting that version’s codes', () => {
    expect(() => resolveAtecoCode('2007:62.10', lookup)).toThrow(/unknown ATECO 2007 code/);
  });
  it('says when an unprefixed code was read as 2025, and not otherwise', () => {
    expect(atecoReadingNotice('25.62.00', lookup)).toEqual({
      code: '25.62.00',
      title2025: 'Fabbricazione di serrature e cerniere',
      title2007: 'Lavori di meccanica generale',
    });
    expect(atecoReadingNotice('2025:25.62.00', lookup)).toBeNull();
    expect(atecoReadingNotice('20.42', lookup)).toBeNull();
  });
  it('keeps the prefix with its code when splitting a list', () => {
    expect(splitAtecoList('2007:25.62.00; 20.42', lookup).codes).toEqual([
      '2007:25.62.00',
      '20.42',
    ]);
  });
});

describe('a 2025 code with no 2007 equivalent', () => {
  it('is compared through the nearest level above it that has one, at that level only', () => {
    // 01.13.1 has no equivalent (2007 01.13.1 went to the class), so the class decides; the 2007
    // category 01.13.1 mapped to the class is finer than the class and is not taken.
    expect(as2007Of('01.13.11', lookup)).toEqual({
      codes: ['01.13'],
      via: { level: 'class', code: '01.13' },
    });
    expect(as2007Of('60.39.00', lookup)).toEqual({
      codes: ['63.9'],
      via: { level: 'group', code: '60.3' },
    });
    expect(as2007Of('62.10', lookup)).toEqual({ codes: ['62.01'], via: null });
  });

  const digital = measure({ atecoIncluded: ['*'], atecoExcluded: ['A', '61', '62', '63', 'K'] });
  it('gets a verdict from a division or section rule, saying which level was used', () => {
    const crop = resolveAtecoCode('01.13.11', lookup);
    const r = checkSector(digital, profile({ ateco: [crop] }));
    expect(r.verdict).toBe('fail');
    expect(describeReason(r, en)).toBe(
      '01.13.11 read as ATECO 2025 (Coltivazione di ortaggi e meloni in piena aria), which has no ' +
        'ATECO 2007 equivalent of its own: compared through its class 01.13 (ATECO 2007 01.13): ' +
        '01.13 falls under excluded section A (excluded: A, 61, 62, 63, K)',
    );
    expect(describeReason(r, italian)).toContain('confrontato tramite la sua classe 01.13');
    const content = checkSector(
      digital,
      profile({ ateco: [resolveAtecoCode('60.39.00', lookup)] }),
    );
    expect(content.verdict).toBe('fail');
    expect(describeReason(content, en)).toContain('compared through its group 60.3');
  });
  it('stays to verify when the rule is finer than the level used', () => {
    const crop = resolveAtecoCode('01.13.11', lookup);
    const fine = measure({ atecoIncluded: ['*'], atecoExcluded: ['01.13.1'] });
    const r = checkSector(fine, profile({ ateco: [crop] }));
    expect(r.verdict).toBe('unknown');
    expect(describeReason(r, en)).toContain(
      'part of 01.13 is excluded (01.13.1); check the exact code',
    );
    const onlyFine = measure({ atecoIncluded: ['01.13.2'] });
    expect(checkSector(onlyFine, profile({ ateco: [crop] })).verdict).toBe('unknown');
  });
  it('stays to verify when words name a scope finer than the level used', () => {
    const content = resolveAtecoCode('60.39.00', lookup);
    const words = measure({
      atecoIncluded: ['*'],
      rules: [
        {
          kind: 'sector',
          codes: ['63.91'],
          labels: ['news agencies'],
          sure: true,
          from: { source: 'text', field: 'description', quote: 'solo agenzie di stampa' },
        },
      ],
    });
    const r = checkSector(words, profile({ ateco: [content] }));
    expect(r).toMatchObject({ verdict: 'unknown', code: 'sector-words-partly' });
    expect(describeReason(r, en)).toContain('only part of 60.39.00 is among the admitted');
  });
});

describe('the sector reason of a code read as 2025', () => {
  it('names the reading and how to ask for the 2007 meaning', () => {
    const r = checkSector(
      measure({ atecoIncluded: ['*'], atecoExcluded: ['A'] }),
      profile({ ateco: [resolveAtecoCode('25.62.00', lookup)] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.params).toMatchObject({
      reading: { code: '25.62.00', version: '2025', compared: ['25.72.00'] },
    });
    expect(describeReason(r, en)).toBe(
      '25.62.00 read as ATECO 2025 (Fabbricazione di serrature e cerniere), compared as ATECO 2007 ' +
        '25.72.00: 25.72.00 is admitted (no exclusion applies); write 2007:25.62.00 for the 2007 ' +
        'meaning (Lavori di meccanica generale)',
    );
  });
  it('says nothing more for a plain 2007 code', () => {
    const r = checkSector(
      measure({ atecoIncluded: ['*'], atecoExcluded: ['A'] }),
      profile({ ateco: [resolveAtecoCode('20.42', lookup)] }),
    );
    expect(describeReason(r, en)).toBe('20.42 is admitted (no exclusion applies)');
  });
});
