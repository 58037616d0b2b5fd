// `Comuni` names to ISTAT municipality codes, through the reference table the driver lends.
import { formerMunicipality } from '../core/provinces-changes.js';
import { foldText } from '../core/text.js';
import type { MapContext, MunicipalityRef } from './types.js';

export interface MunicipalityReading {
  /** `municipality:<ISTAT code>` tokens, in the order named. */
  tokens: string[];
  /** Names neither the table nor the changes since 2020 hold (typos, changes not recorded). */
  unknown: string[];
}

/**
 * Names separated by `;` (or `|`). A name several comuni share (Samone, Peglio…) is narrowed to
 * the regions the record lists; when that leaves none or several, all candidates stay.
 */
export function municipalityTokens(
  text: string,
  regionCodes: readonly string[],
  context: MapContext,
): MunicipalityReading {
  // Exports repeat whole lists (a region's comuni, an area's) record after record: each list is
  // read once per lookup (a bounded memo; copies out, so no two measures share an array).
  let memo = READINGS.get(context.municipalitiesNamed);
  if (!memo) {
    memo = new Map();
    READINGS.set(context.municipalitiesNamed, memo);
  }
  const key = `${regionCodes.join(',')}\n${text}`;
  let reading = memo.get(key);
  if (!reading) {
    reading = readMunicipalities(text, regionCodes, context);
    if (memo.size >= READINGS_SIZE) memo.clear();
    memo.set(key, reading);
  }
  return { tokens: [...reading.tokens], unknown: [...reading.unknown] };
}

/** Lists remembered per lookup: few enough that long lists cost little memory. */
const READINGS_SIZE = 256;
const READINGS = new WeakMap<MapContext['municipalitiesNamed'], Map<string, MunicipalityReading>>();

function readMunicipalities(
  text: string,
  regionCodes: readonly string[],
  context: MapContext,
): MunicipalityReading {
  // A Set keeps the order named and finds a repeat in constant time (records list hundreds).
  const tokens = new Set<string>();
  const unknown: string[] = [];
  for (const name of text
    .split(/[;|]/)
    .map((n) => n.trim())
    .filter(Boolean)) {
    const known = context.municipalitiesNamed(name);
    // A comune merged, incorporated or renamed since stands for its successor (Ronago -> Uggiate
    // con Ronago), which is where the firms of its territory are today.
    const candidates = known.length
      ? known
      : formerMunicipality(foldText(name)).map((c) => ({
          istatCode: c.successorCode,
          regionCode: c.regionCode,
        }));
    if (candidates.length === 0) {
      unknown.push(name);
      continue;
    }
    const inRegion = candidates.filter((c) => regionCodes.includes(c.regionCode));
    const chosen = inRegion.length ? inRegion : candidates;
    for (const c of chosen) tokens.add(`municipality:${c.istatCode}`);
  }
  return { tokens: [...tokens], unknown };
}

/** A name lookup over a municipality list, folded; bilingual names answer to either half. */
export function municipalityIndex(
  all: Iterable<MunicipalityRef & { name: string }>,
): MapContext['municipalitiesNamed'] {
  const byName = new Map<string, MunicipalityRef[]>();
  for (const m of all) {
    const names = new Set([m.name, ...m.name.split('/')].map(foldText));
    for (const name of names) {
      const list = byName.get(name) ?? [];
      list.push({ istatCode: m.istatCode, regionCode: m.regionCode });
      byName.set(name, list);
    }
  }
  // Exports name the same comuni record after record: each spelling is folded once (a bounded
  // memo, so a file of ever-new names cannot grow it without end).
  const seen = new Map<string, readonly MunicipalityRef[]>();
  return (name) => {
    let found = seen.get(name);
    if (!found) {
      found = byName.get(foldText(name)) ?? [];
      if (seen.size >= MEMO_SIZE) seen.clear();
      seen.set(name, found);
    }
    return found;
  };
}

/** Spellings remembered by a municipality lookup: more than Italy has comuni. */
const MEMO_SIZE = 20_000;
