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
 * Groups items that are one call: different sources sharing any key. Records of one source are
 * never grouped, since they are that call's separate windows. Groups keep the items' order.
 */
export function callGroups<T>(items: readonly T[], measureOf: (item: T) => Measure): T[][] {
  const groupOfKey = new Map<string, number>();
  const groups: T[][] = [];
  for (const item of items) {
    const measure = measureOf(item);
    const keys = callKeys(measure);
    const found = keys
      .map((k) => groupOfKey.get(k))
      .find(
        (g) => g !== undefined && !groups[g]?.some((o) => measureOf(o).source === measure.source),
      );
    const group = found ?? groups.push([]) - 1;
    groups[group]?.push(item);
    for (const key of keys) if (!groupOfKey.has(key)) groupOfKey.set(key, group);
  }
  return groups;
}

/** The record that speaks for a call carried by several sources: the curated one, else the first. */
export function preferredOf<T>(
  group: readonly T[],
  measureOf: (item: T) => Measure,
): T | undefined {
  return group.find((item) => measureOf(item).source === PREFERRED_SOURCE) ?? group[0];
}

/** One result per call, the curated record when there is one; `alsoIn` names the other sources. */
export function mergeDuplicates(results: readonly MatchResult[]): MatchResult[] {
  const measureOf = (r: MatchResult) => r.measure;
  const keptAt = new Map<MatchResult, MatchResult>();
  for (const group of callGroups(results, measureOf)) {
    const kept = preferredOf(group, measureOf);
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

/** One measure per call, for counts and totals. */
export function uniqueCalls(measures: readonly Measure[]): Measure[] {
  const self = (m: Measure) => m;
  return callGroups(measures, self).flatMap((g) => {
    const kept = preferredOf(g, self);
    return kept ? [kept] : [];
  });
}

/** The other sources that carry the same call as `measure`, among `others`. */
export function otherSourcesOf(measure: Measure, others: readonly Measure[]): string[] {
  const keys = new Set(callKeys(measure));
  const same = others.filter(
    (o) => o.source !== measure.source && callKeys(o).some((k) => keys.has(k)),
  );
  return [...new Set(same.map((o) => o.source))].sort();
}
