import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapLombardiaDate, mapLombardiaRecord } from '../../../src/importers/lombardia.js';
import { FieldReader } from '../../../src/importers/fields.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8'),
  ) as unknown;

describe('lombardia registry', () => {
  it('maps the real sample wrapper, PR FESR from its funding sources', () => {
    const out = mapLombardiaRecord(
      fixture('lombardia-sample.json') as Record<string, unknown>,
      1,
      'lombardia',
    );
    expect(out.ok && out.measure).toMatchObject({
      id: 'lombardia-RLP12026052483',
      title: 'Bando Tertium',
      callCode: 'RLP12026052483',
      opensAt: '2026-06-16',
      closesAt: '2026-09-07',
      programme: 'PR FESR Lombardia 2021-2027',
      managingBody: 'Regione Lombardia – DG TURISMO, MARKETING TERRITORIALE E MODA',
      territory: ['region:03'],
      sizes: [],
      atecoIncluded: [],
    });
  });
  it('reads a PR FESR title, a null closing date and the instrument type', () => {
    const rows = fixture('lombardia-rows.json') as Record<string, unknown>[];
    const out = mapLombardiaRecord(rows[1] as Record<string, unknown>, 2, 'lombardia');
    expect(out.ok && out.measure).toMatchObject({
      programme: 'PR FESR Lombardia 2021-2027',
      closesAt: null,
      notes: expect.stringContaining('Strumento: Bando'),
    });
  });
  it('reads a far-future closing date as not stated, with a note', () => {
    const out = mapLombardiaRecord(
      {
        codice_bando: 'RLX12026000001',
        titolo_bando: 'Bando',
        apertura_adesione: '2026-01-15T00:00:00.000',
        chiusura_adesione: '2050-12-31T00:00:00.000',
      },
      1,
      'lombardia',
    );
    expect(out.ok && out.measure).toMatchObject({
      opensAt: '2026-01-15',
      closesAt: null,
      notes: expect.stringContaining(
        'chiusura_adesione: 2050-12-31 read as no closing date stated',
      ),
    });
  });
  it('reads the CSV export timestamps', () => {
    const r = new FieldReader(1);
    expect(mapLombardiaDate(r, 'x', '06/16/2026 12:00:00 AM')).toBe('2026-06-16');
    expect(mapLombardiaDate(r, 'x', '09/07/2026 12:00:00 PM')).toBe('2026-09-07T12:00');
    expect(mapLombardiaDate(r, 'x', '2026-06-16T00:00:00.000')).toBe('2026-06-16');
    expect(mapLombardiaDate(r, 'x', 'domani')).toBeNull();
    expect(r.issues).toHaveLength(1);
  });
});
