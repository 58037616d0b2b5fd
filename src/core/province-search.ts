// The province step of the wizard: provinces by sigla or name, and municipalities that lead to
// their province ("Crema" -> CR), Lombardy first.
import { LOMBARDIA_REGION_CODE, PROVINCES, provinceBySigla, type Province } from './provinces.js';
import { foldText } from './text.js';

export interface Place {
  name: string;
  province: string;
  regionCode: string;
}

export interface PlaceChoice {
  sigla: string;
  province: Province;
  /** The municipality typed, when the choice came from one. */
  municipality: string | null;
}

export type PlaceSearch = (term: string, limit?: number) => PlaceChoice[];

export function createPlaceSearch(municipalities: readonly Place[]): PlaceSearch {
  const folded = municipalities
    .map((m) => ({ ...m, key: foldText(m.name) }))
    .sort(
      (a, b) =>
        Number(b.regionCode === LOMBARDIA_REGION_CODE) -
          Number(a.regionCode === LOMBARDIA_REGION_CODE) || a.key.localeCompare(b.key),
    );
  const provinceKeys = PROVINCES.map((p) => ({ province: p, key: foldText(p.name) }));
  return (term, limit = 30) => {
    const query = foldText(term);
    if (!query) return PROVINCES.map((p) => ({ sigla: p.sigla, province: p, municipality: null }));
    const exact = PROVINCES.filter((p) => p.sigla.toLowerCase() === query);
    const byName = provinceKeys
      .filter(({ key }) => key.startsWith(query) || key.includes(` ${query}`))
      .map(({ province }) => province);
    const provinces = [...new Set([...exact, ...byName])].map((p) => ({
      sigla: p.sigla,
      province: p,
      municipality: null,
    }));
    const names = new Set(provinceKeys.map(({ key }) => key));
    const towns = folded
      .filter((m) => m.key.startsWith(query) && !names.has(m.key))
      .flatMap((m) => {
        const province = provinceBySigla(m.province);
        return province ? [{ sigla: m.province, province, municipality: m.name }] : [];
      });
    return [...provinces, ...towns].slice(0, limit);
  };
}
