import { describe, expect, it } from 'vitest';
import { municipalitiesSince2020 } from '../../../src/importers/bundled.js';

describe('comuni since the 2020 list', () => {
  it('knows the Lombard fusions and incorporations with their ISTAT codes and provinces', () => {
    const byName = new Map(municipalitiesSince2020().map((m) => [m.name, m]));
    expect(byName.get('Uggiate con Ronago')).toEqual({
      istatCode: '013256',
      name: 'Uggiate con Ronago',
      province: 'CO',
      regionCode: '03',
    });
    expect(byName.get('Bardello con Malgesso e Bregano')?.istatCode).toBe('012144');
    expect(byName.get('Campospinoso Albaredo')?.province).toBe('PV');
    expect(byName.get('Montalto Pavese')?.istatCode).toBe('018094');
  });
});
