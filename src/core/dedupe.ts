// One result per call: the same call imported from two sources (the curated dataset and an open
// data export, say) is listed once, naming every source that carries it.
import type { MatchResult, Measure } from './types.js';

/** The source whose record wins when a call arrives from several: the curated one. */
const PREFERRED_SOURCE = 'bundled';

/** Bandi Online codes end the canonical detail URL: `…/bando-tertium-RLP12026052483`. */
const CODE_IN_URL = /[-/](RL[A-Z0-9]{2,4}\d{8,})\/?$/i;

/** `https://www.Example.it/a/b/?x#y` and `http://example.it/a/b` are the same page. */
export function normaliseUrl(url: string): string | null {
  const text = url.trim().toLowerCase();
  if (!/^https?:\/\//.test(text)) return null;
  return text
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** The keys under which two records are the same call. */
export function callKeys(measure: Measure): string[] {
  const keys: string[] = [];
  if (measure.callCode) keys.push(`code:${measure.callCode.trim().toUpperCase()}`);
  if (measure.url) {
    const url = normaliseUrl(measure.url);
    if (url) keys.push(`url:${url}`);
    const code = CODE_IN_URL.exec(measure.url.trim())?.[1];
    if (code) keys.push(`code:${code.toUpperCase()}`);
  }
  return keys;
}

/**
 * Keeps the first result of each call, or the curated record when there is one, in the order
 * given; `alsoIn` lists the other sources. Results from different sources sharing any key are one
 * call; records of one source are never merged, since they are that call's separate windows.
 */
export function mergeDuplicates(results: readonly MatchResult[]): MatchResult[] {
  const groupOfKey = new Map<string, number>();
  const groups: MatchResult[][] = [];
  for (const result of results) {
    const keys = callKeys(result.measure);
    const source = result.measure.source;
    const found = keys
      .map((k) => groupOfKey.get(k))
      .find((g) => g !== undefined && !groups[g]?.some((r) => r.measure.source === source));
    const group = found ?? groups.push([]) - 1;
    groups[group]?.push(result);
    for (const key of keys) if (!groupOfKey.has(key)) groupOfKey.set(key, group);
  }
  const keptAt = new Map<MatchResult, MatchResult>();
  for (const group of groups) {
    const kept = group.find((r) => r.measure.source === PREFERRED_SOURCE) ?? group[0];
    if (!kept) continue;
    const others = group.map((r) => r.measure.source).filter((s) => s !== kept.measure.source);
    const alsoIn = [...new Set([...kept.alsoIn, ...others])];
    keptAt.set(group[0] as MatchResult, { ...kept, alsoIn });
  }
  return results.flatMap((r) => {
    const merged = keptAt.get(r);
    return merged ? [merged] : [];
  });
}
