// The province step of the wizard: provinces by sigla or name, and municipalities that lead to
// their province ("Crema" -> CR), Lombardy first. The same reading for a typed province
// (`--province Crema`, a firm's province cell): `resolvePlace`.
import { UsageError } from '../errors.js';
import {
  formerMunicipalitiesStartingWith,
  formerMunicipality,
  type MunicipalityChange,
} from './provinces-changes.js';
import {
  findProvince,
  LOMBARDIA_REGION_CODE,
  PROVINCES,
  provinceBySigla,
  resolveProvince,
  type Province,
} from './provinces.js';
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
  /** When the name typed is a former municipality's: how it became `municipality`. */
  formerly?: MunicipalityChange;
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
    const current = new Set(folded.map((m) => m.key));
    const former = formerMunicipalitiesStartingWith(query)
      .filter((c) => !current.has(foldText(c.predecessorName)))
      .flatMap((c) => {
        const province = provinceBySigla(c.province);
        return province
          ? [{ sigla: c.province, province, municipality: c.successorName, formerly: c }]
          : [];
      });
    return [...provinces, ...towns, ...former].slice(0, limit);
  };
}

/** The municipalities of a name, folded (`foldText`): the database's ISTAT table behind it. */
export type MunicipalitiesNamed = (folded: string) => readonly Place[];

/** Municipalities by folded name, for `resolvePlace`. */
export function indexMunicipalities(municipalities: readonly Place[]): MunicipalitiesNamed {
  const byName = new Map<string, Place[]>();
  for (const m of municipalities) {
    const key = foldText(m.name);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  return (folded) => byName.get(folded) ?? [];
}

function provincesOf(towns: readonly Place[]): Province[] {
  return [...new Set(towns.map((m) => m.province))]
    .map(provinceBySigla)
    .filter((p): p is Province => p !== undefined);
}

function ambiguousMunicipality(input: string, provinces: readonly Province[]): UsageError {
  const where = provinces.map((p) => `${p.sigla} ${p.name}`).join(', ');
  const siglas = provinces.map((p) => p.sigla).join(', ');
  return new UsageError(
    `"${input}" is a municipality in more than one province (${where})`,
    `give the province's sigla instead: ${siglas}`,
    { detail: { code: 'ambiguous-municipality', params: { input, provinces: where, siglas } } },
  );
}

/**
 * The province of a municipality, by name (any case, accents optional). A name shared by
 * municipalities of several provinces, or no municipality's name, is a usage error.
 */
export function resolveMunicipality(
  input: string,
  municipalitiesNamed: MunicipalitiesNamed,
): PlaceReading & { municipality: string } {
  const towns = municipalitiesNamed(foldText(input));
  const provinces = provincesOf(towns);
  const [only] = provinces;
  if (only && provinces.length === 1)
    return { province: only, municipality: towns[0]?.name ?? input };
  if (provinces.length > 1) throw ambiguousMunicipality(input, provinces);
  const former = resolveFormerMunicipality(input);
  if (former) return former;
  throw new UsageError(
    `unknown municipality "${input}"`,
    'check its spelling, or give the province',
    {
      detail: { code: 'unknown-municipality', params: { input } },
    },
  );
}

/** A place as read: its province, and the municipality and former name it came through. */
export interface PlaceReading {
  province: Province;
  municipality: string | null;
  /** The change that made the name typed a former municipality's ("Ronago" -> Uggiate con Ronago). */
  formerly?: MunicipalityChange;
}

/**
 * A municipality that no longer exists under this name (merged, incorporated, renamed, moved),
 * read as its successor: the successor's province, with the change. Predecessors of one name that
 * went to different provinces are a usage error naming them.
 */
export function resolveFormerMunicipality(
  input: string,
): (PlaceReading & { municipality: string; formerly: MunicipalityChange }) | undefined {
  const changes = formerMunicipality(foldText(input));
  const provinces = [...new Set(changes.map((c) => c.province))]
    .map(provinceBySigla)
    .filter((p): p is Province => p !== undefined);
  const [change] = changes;
  const [province] = provinces;
  if (provinces.length > 1) throw ambiguousMunicipality(input, provinces);
  if (!change || !province) return undefined;
  return { province, municipality: change.successorName, formerly: change };
}

/**
 * Where a province is expected: a province (sigla or name, as `resolveProvince` reads it), else a
 * municipality, which leads to its province ("Crema" -> CR; `municipality` then names it). A
 * province wins over a municipality of the same name (Cremona). A municipality in more than one
 * province is a usage error naming them; a former municipality's name (Ronago) leads to its
 * successor's province with `formerly` saying how; a name that is none of these is
 * `resolveProvince`'s error.
 */
export function resolvePlace(
  input: string,
  municipalitiesNamed: MunicipalitiesNamed,
): PlaceReading {
  const province = findProvince(input);
  if (province) return { province, municipality: null };
  const provinces = provincesOf(municipalitiesNamed(foldText(input)));
  if (provinces.length) return resolveMunicipality(input, municipalitiesNamed);
  return (
    resolveFormerMunicipality(input) ?? { province: resolveProvince(input), municipality: null }
  );
}
