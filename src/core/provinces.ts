// Italian provinces by sigla or name, Lombardy's twelve first.
import { UsageError } from '../errors.js';
import { FORMER_PROVINCES, PROVINCES } from './provinces-data.js';
import { foldText, nearest } from './text.js';

export interface Province {
  sigla: string;
  name: string;
  istatCode: string;
  regionCode: string;
  regionName: string;
}

/** A province that no longer exists: when, and the provinces its municipalities went to. */
export interface FormerProvince extends Province {
  /** The year it was dissolved. */
  dissolved: string;
  successors: readonly string[];
}

export const LOMBARDIA_REGION_CODE = '03';

export { FORMER_PROVINCES, PROVINCES };

/** Other names people use for a province, folded. */
const ALIASES: Record<string, string> = {
  'monza e brianza': 'MB',
  monza: 'MB',
  brianza: 'MB',
  'milano citta metropolitana': 'MI',
  aosta: 'AO',
  'valle d aosta': 'AO',
  bolzano: 'BZ',
  bozen: 'BZ',
  'alto adige': 'BZ',
  'reggio emilia': 'RE',
  'reggio calabria': 'RC',
  'massa carrara': 'MS',
  'pesaro urbino': 'PU',
  'barletta andria trani': 'BT',
  // The Sardinian provinces before 2016, back (renamed) in the 2021-2025 reform.
  'olbia tempio': 'OT',
  'carbonia iglesias': 'CI',
  'nord est sardegna': 'OT',
  gallura: 'OT',
  sulcis: 'CI',
  'citta metropolitana di cagliari': 'CA',
  'citta metropolitana di sassari': 'SS',
  // English names people type.
  milan: 'MI',
  mantua: 'MN',
  turin: 'TO',
  rome: 'RM',
  naples: 'NA',
  florence: 'FI',
  venice: 'VE',
  genoa: 'GE',
  padua: 'PD',
  leghorn: 'LI',
  syracuse: 'SR',
};

function namesOf(province: Province): string[] {
  const parts = province.name.split('/');
  return [province.name, ...(parts.length > 1 ? parts : [])].map(foldText);
}

/** "Forlì" and "Cesena" for Forlì-Cesena, "Urbino" for Pesaro e Urbino. */
function namePartsOf(province: Province): string[] {
  return province.name.split(/-|\/| e /).map(foldText);
}

export function findProvince(input: string): Province | undefined {
  const folded = foldText(input);
  const bySigla = PROVINCES.find((p) => p.sigla.toLowerCase() === folded);
  if (bySigla) return bySigla;
  const alias = ALIASES[folded];
  if (alias) return PROVINCES.find((p) => p.sigla === alias);
  const byName = PROVINCES.find((p) => namesOf(p).includes(folded));
  if (byName) return byName;
  const byPart = PROVINCES.filter((p) => namePartsOf(p).includes(folded));
  if (byPart.length === 1) return byPart[0];
  return FORMER_PROVINCES.find(
    (p) => p.sigla.toLowerCase() === folded || foldText(p.name) === folded,
  );
}

/** The former province of a sigla (SU), for the note that says where its municipalities went. */
export function formerProvince(sigla: string): FormerProvince | undefined {
  return FORMER_PROVINCES.find((p) => p.sigla === sigla);
}

/**
 * The province for a sigla or name, any case, accents optional, a former one (SU) included; a
 * usage error names the nearest.
 */
export function resolveProvince(input: string): Province {
  const province = findProvince(input);
  if (province) return province;
  const candidates = PROVINCES.flatMap((p) => [p.sigla, p.name]);
  const suggestions = nearest(input, candidates, 3);
  throw new UsageError(
    `unknown province "${input}"`,
    `did you mean ${suggestions.join(', ')}? Use the two-letter sigla (CR), the name (Cremona) or a municipality (Crema)`,
    {
      detail: { code: 'unknown-province', params: { input, suggestions: suggestions.join(', ') } },
    },
  );
}

/** The provinces of a region named as such (Lombardia), or undefined when it names none. */
export function regionProvinces(input: string): { name: string; siglas: string[] } | undefined {
  if (findProvince(input)) return undefined;
  const region = findRegion(input);
  if (!region) return undefined;
  return {
    name: region.name,
    siglas: PROVINCES.filter((p) => p.regionCode === region.code).map((p) => p.sigla),
  };
}

/** The parts of a comma list of places as typed (`CR, MI,Lodi`). */
export function splitPlaces(input: string): string[] {
  return input
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The siglas of a comma list of provinces and regions (`CR,MI,Lombardia`), in the order typed,
 * each once; an unknown part is a usage error naming it.
 */
export function resolveProvinces(input: string): string[] {
  const parts = splitPlaces(input);
  if (parts.length === 0) resolveProvince(input);
  const siglas = parts.flatMap(
    (part) => regionProvinces(part)?.siglas ?? [resolveProvince(part).sigla],
  );
  return [...new Set(siglas)];
}

/** A profile's province field (`CR` or `CR,MI,LO`) as its siglas. */
export function provinceSet(province: string | null | undefined): string[] {
  return province ? splitPlaces(province) : [];
}

/** A province by sigla, a former one (SU) included: its region still places a firm. */
export function provinceBySigla(sigla: string): Province | undefined {
  return PROVINCES.find((p) => p.sigla === sigla) ?? formerProvince(sigla);
}

/** Regions by ISTAT code, with their names, from the province table. */
export function regions(): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const p of PROVINCES) if (!seen.has(p.regionCode)) seen.set(p.regionCode, p.regionName);
  return [...seen]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A region by name, any case, accents optional; bilingual names match either half. */
export function findRegion(input: string): { code: string; name: string } | undefined {
  const folded = foldText(input);
  if (!folded) return undefined;
  return regions().find((r) =>
    [r.name, ...r.name.split('/')].some((name) => foldText(name) === folded),
  );
}

/**
 * Territory tokens in words: `IT` as Italia, regions and provinces by name, municipalities by
 * name when a lookup is given (by ISTAT code otherwise).
 */
export function describeTerritory(
  tokens: readonly string[],
  municipalityName?: (istatCode: string) => string | undefined,
): string[] {
  const regionNames = new Map(regions().map((r) => [r.code, r.name]));
  return tokens.map((token) => {
    const [kind, value = ''] = token.split(':');
    if (token === 'IT') return 'Italia';
    if (kind === 'region') return regionNames.get(value) ?? token;
    if (kind === 'province') return provinceBySigla(value)?.name ?? value;
    if (kind === 'municipality') return municipalityName?.(value) ?? value;
    return token;
  });
}
