// Reading the multi-valued fields of open-data exports. JSON gives arrays; the CSV exports join
// the values with a separator that is not documented (and values hold commas), so known
// vocabularies are found by scanning the text rather than by splitting it.
import { findRegion, regions } from '../core/provinces.js';
import { foldText } from '../core/text.js';
import { paddedPhrases } from '../core/rules/words.js';

/**
 * A value as text. JSON gives objects too, whose keys may shadow `toString`; those are written
 * as JSON rather than converted, which could throw.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** An array's items, or a text's `;`/`|`-separated items, trimmed, empty ones dropped. */
export function itemsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const raw = Array.isArray(value)
    ? value.map((v) => asText(v ?? ''))
    : asText(value).split(/[;|]/);
  return raw.map((x) => x.trim()).filter(Boolean);
}

/** A readable one-line text of a field, for notes; null when empty. */
export function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = Array.isArray(value) ? itemsOf(value).join('; ') : asText(value).trim();
  return text === '' ? null : text;
}

/** Each vocabulary entry whose folded phrase occurs in the folded text, in vocabulary order. */
export function scanVocabulary<T>(value: unknown, vocabulary: readonly [string, T][]): T[] {
  const text = textOf(value);
  if (text === null) return [];
  const folded = ` ${foldText(text)} `;
  const found: T[] = [];
  for (const [needle, meaning] of paddedPhrases(vocabulary, 'table')) {
    if (folded.includes(needle) && !found.includes(meaning)) found.push(meaning);
  }
  return found;
}

/** Region names as the exports write them, folded, each half of a bilingual name too. */
const REGION_PHRASES: [string, string][] = regions().flatMap((r) =>
  [r.name, ...r.name.split('/')].map((name): [string, string] => [foldText(name), r.code]),
);

export interface RegionReading {
  /** ISTAT region codes, sorted. */
  codes: string[];
  /** "Estero" (abroad) was listed. */
  abroad: boolean;
}

export function readRegions(value: unknown): RegionReading {
  const items = Array.isArray(value) ? itemsOf(value) : null;
  const codes = items
    ? items.map((item) => findRegion(item)?.code).filter((c): c is string => Boolean(c))
    : scanVocabulary(value, REGION_PHRASES);
  const folded = ` ${foldText(textOf(value) ?? '')} `;
  return { codes: [...new Set(codes)].sort(), abroad: folded.includes(' estero ') };
}

export const ALL_REGIONS = regions().length;
