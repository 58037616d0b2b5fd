import { describe, expect, it } from 'vitest';
import {
  mapAidForms,
  mapAtecoCodes,
  mapIncentiviDate,
  mapIncentiviRecord,
  mapSizes,
} from '../../../src/importers/incentivi.js';
import { FieldReader } from '../../../src/importers/fields.js';
import { municipalityIndex } from '../../../src/importers/municipalities.js';
import type { MapContext } from '../../../src/importers/types.js';

const context: MapContext = {
  municipalitiesNamed: municipalityIndex([
    { istatCode: '019035', name: 'Crema', regionCode: '03' },
    { istatCode: '019036', name: 'Cremona', regionCode: '03' },
    { istatCode: '001240', name: 'Samone', regionCode: '01' },
    { istatCode: '022165', name: 'Samone', regionCode: '04' },
  ]),
};

const date = (value: string) => mapIncentiviDate(new FieldReader(1), 'Data_apertura', value);

describe('incentivi dates', () => {
  it('reads T00:00:00 as the day itself', () => {
    expect(date('2024-02-23T00:00:00')).toBe('2024-02-23');
  });
  it('reads T22:00 (summer) and T23:00 (winter) as the next Rome midnight', () => {
    expect(date('2021-07-27T22:00:00')).toBe('2021-07-28');
    expect(date('2024-01-14T23:00:00')).toBe('2024-01-15');
  });
  it('reads record 175 as the day its provvedimento is dated and its noon deadline', () => {
    expect(date('2022-10-16T22:00:00')).toBe('2022-10-17');
    expect(date('2022-11-25T11:00:00')).toBe('2022-11-25T12:00');
  });
  it('reports a date that does not exist', () => {
    const r = new FieldReader(7);
    expect(mapIncentiviDate(r, 'Data_chiusura', '2024-02-30T00:00:00')).toBeNull();
    expect(r.issues[0]).toMatchObject({ line: 7, field: 'Data_chiusura' });
  });
});

describe('incentivi vocabularies', () => {
  it('maps Dimensioni, "Non classificabile" alone meaning no limit', () => {
    expect(mapSizes(['Grande Impresa', 'Media Impresa', 'Piccola Impresa'])).toEqual([
      'small',
      'medium',
      'large',
    ]);
    expect(mapSizes(['Non classificabile/classificato'])).toEqual([
      'micro',
      'small',
      'medium',
      'large',
    ]);
    expect(mapSizes('Microimpresa,Non classificabile/classificato')).toEqual(['micro']);
    expect(mapSizes(undefined)).toEqual([]);
  });
  it('reads every Codici_ATECO variant', () => {
    expect(mapAtecoCodes('90.00; 90.01; 90.02;').codes).toEqual(['90', '90.01', '90.02']);
    expect(mapAtecoCodes('56.29; 55.90; 55.30').codes).toEqual(['56.29', '55.90', '55.30']);
    expect(mapAtecoCodes('Tutti i settori economici ammissibili a ricevere aiuti;').codes).toEqual([
      '*',
    ]);
    expect(mapAtecoCodes('Tutti i settori economici ammissibili a ricevere aiuti').codes).toEqual([
      '*',
    ]);
    expect(mapAtecoCodes('Tutti i codici ammissibili a ricevere aiuti').codes).toEqual(['*']);
    expect(mapAtecoCodes(undefined).codes).toEqual([]);
    expect(mapAtecoCodes('62.01; vedi bando')).toEqual({
      codes: ['62.01'],
      unread: ['vedi', 'bando'],
    });
  });
  it('maps Forma_agevolazione to aid forms', () => {
    expect(
      mapAidForms([
        'Contributo/Fondo perduto',
        'Prestito/Anticipo rimborsabile',
        'Interventi a garanzia',
        'Capitale di rischio',
      ]),
    ).toEqual(['grant', 'loan', 'guarantee', 'equity']);
    expect(mapAidForms(['Qualcosa di nuovo'])).toEqual(['other']);
  });
});

describe('mapIncentiviRecord', () => {
  const base = { ID_Incentivo: '42', Titolo: 'Bando', Regioni: ['Lombardia'] };

  it('derives a stable id and keeps an absent closing date open-ended', () => {
    const out = mapIncentiviRecord(
      { ...base, Data_apertura: '2024-01-01T00:00:00' },
      2,
      'incentivi',
    );
    expect(out.ok && out.measure).toMatchObject({
      id: 'incentivi-42',
      closesAt: null,
      territory: ['region:03'],
    });
  });
  it('limits a Crema and Cremona measure to those municipalities', () => {
    const out = mapIncentiviRecord({ ...base, Comuni: 'Crema; Cremona' }, 2, 'incentivi', context);
    expect(out.ok && out.measure.territory).toEqual(['municipality:019035', 'municipality:019036']);
  });
  it('narrows a shared municipality name to the listed regions', () => {
    const out = mapIncentiviRecord(
      { ...base, Regioni: ['Piemonte'], Comuni: 'Samone; Atlantide' },
      2,
      'incentivi',
      context,
    );
    expect(out.ok && out.measure.territory).toEqual(['municipality:001240']);
    expect(out.ok && out.measure.notes).toContain('Atlantide');
  });
  it('reads Italian decimals and keeps words as a note instead of failing', () => {
    const out = mapIncentiviRecord(
      {
        ...base,
        Stanziamento_incentivo: '15375383,50',
        Agevolazione_Concedibile_max: '163000000 (con dm 29/7)',
      },
      2,
      'incentivi',
    );
    expect(out.ok && out.measure.budgetEur).toBe(15375383.5);
    expect(out.ok && out.measure.maxAidEur).toBeNull();
    expect(out.ok && out.measure.notes).toContain('163000000 (con dm 29/7)');
  });
  it('reads all 20 regions as national and ignores Estero with a note', () => {
    const all = [
      'Abruzzo',
      'Basilicata',
      'Calabria',
      'Campania',
      'Emilia-Romagna',
      'Friuli-Venezia Giulia',
      'Lazio',
      'Liguria',
      'Lombardia',
      'Marche',
      'Molise',
      'Piemonte',
      'Puglia',
      'Sardegna',
      'Sicilia',
      'Toscana',
      'Trentino-Alto Adige/Südtirol',
      'Umbria',
      "Valle d'Aosta/Vallée d'Aoste",
      'Veneto',
    ];
    const national = mapIncentiviRecord({ ...base, Regioni: all }, 2, 'incentivi');
    expect(national.ok && national.measure.territory).toEqual(['IT']);
    const abroad = mapIncentiviRecord(
      {
        ...base,
        Regioni: ['Friuli-Venezia Giulia', 'Trentino-Alto Adige/Südtirol', 'Veneto', 'Estero'],
      },
      2,
      'incentivi',
    );
    expect(abroad.ok && abroad.measure.territory).toEqual(['region:04', 'region:05', 'region:06']);
    expect(abroad.ok && abroad.measure.notes).toContain('Estero');
  });
  it('marks PR FESR from the legal basis, not a POR FESR 2014-2020', () => {
    const fesr = mapIncentiviRecord(
      { ...base, Base_normativa_primaria: 'Programma Regionale PR Lazio FESR 2021-2027' },
      2,
      'incentivi',
    );
    expect(fesr.ok && fesr.measure.programme).toBe('PR FESR Lazio 2021-2027');
    const old = mapIncentiviRecord(
      { ...base, Descrizione: 'POR FESR Lombardia 2014-2020' },
      2,
      'incentivi',
    );
    expect(old.ok && old.measure.programme).toBeNull();
  });
  it('reads the portal placeholders as not stated, with a note, never as amounts or dates', () => {
    const out = mapIncentiviRecord(
      {
        ...base,
        Data_apertura: '2023-07-27T00:00:00',
        Data_chiusura: '2050-12-31T00:00:00',
        Stanziamento_incentivo: '99999999999',
        Agevolazione_Concedibile_max: '999.999.999',
        Spesa_Ammessa_max: '999999',
      },
      2,
      'incentivi',
    );
    expect(out.ok && out.measure).toMatchObject({
      opensAt: '2023-07-27',
      closesAt: null,
      budgetEur: null,
      maxAidEur: null,
      aidDetail: 'spesa ammessa fino a 999999 EUR',
    });
    const notes = (out.ok && out.measure.notes) || '';
    expect(notes).toContain('Stanziamento: 99999999999 read as not stated');
    expect(notes).toContain('Agevolazione max: 999.999.999 read as not stated');
    expect(notes).toContain('Data chiusura: 2050-12-31 read as no closing date stated');
  });
  it('reads a closing date 20 years to the day after the opening as not stated', () => {
    const standing = mapIncentiviRecord(
      { ...base, Data_apertura: '2024-08-06T00:00:00', Data_chiusura: '2044-08-06T00:00:00' },
      2,
      'incentivi',
    );
    expect(standing.ok && standing.measure.closesAt).toBeNull();
    const real = mapIncentiviRecord(
      { ...base, Data_apertura: '2004-05-08T00:00:00', Data_chiusura: '2030-12-31T00:00:00' },
      2,
      'incentivi',
    );
    expect(real.ok && real.measure.closesAt).toBe('2030-12-31');
  });
  it('reports a missing id and title with their fields', () => {
    const out = mapIncentiviRecord({ Titolo: ' ' }, 9, 'incentivi');
    expect(out.ok).toBe(false);
    expect(!out.ok && out.issues.map((i) => i.field)).toEqual(['ID_Incentivo', 'Titolo']);
  });
});
