// One result per call: the same call imported from two sources (the curated dataset and an open
// data export, say) is listed once, naming every source that carries it.
import { eligibilityOf, worstOf } from './eligibility.js';
import { PROVINCES, provinceBySigla } from './provinces.js';
import { foldText } from './text.js';
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
 * Words that say nothing about which call a title names: kinds of act, the programme, the region,
 * linking words. What is left ("competenze innovazione", "microcredito") names the call.
 */
const TITLE_NOISE = new Set(
  (
    'a al alla alle agli ai all anche anno annualita avviso azione bando bandi con contributi contributo ' +
    'da dal dalla de dei del della delle degli di e ed edizione fesr fondo il in la le lo lombardia ' +
    'lombarde lombardi lombardo misura misure nel nella nelle per pr programma regionale regione ' +
    'sostegno su sul sulla tra un una uno imprese impresa pmi mpmi'
  ).split(' '),
);
/** Ordinals tell windows and editions apart: a title with one never matches a title without. */
const ORDINALS = new Set(
  'primo prima secondo seconda terzo terza quarto quarta quinto quinta bis ter ii iii iv'.split(
    ' ',
  ),
);

/** The words that name a call, and its ordinals, from its title. */
export function titleWords(title: string): { words: string[]; ordinals: string[] } {
  const tokens = foldText(title)
    .split(' ')
    .filter((t) => t.length > 1 && !/^\d+$/.test(t) && !TITLE_NOISE.has(t));
  return {
    words: [...new Set(tokens.filter((t) => !ORDINALS.has(t)))].sort(),
    ordinals: [...new Set(tokens.filter((t) => ORDINALS.has(t)))].sort(),
  };
}

const DAY_MS = 86_400_000;
/** Days two sources may differ on one date of one call (a time of day, a late correction). */
const DATE_SLACK_DAYS = 3;

function nearDays(a: string | null, b: string | null): boolean | null {
  if (!a || !b) return null;
  const day = (s: string) =>
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.abs(day(a) - day(b)) <= DATE_SLACK_DAYS * DAY_MS;
}

/** The area a record is for: its territory narrowed by the rules its words carry. */
function areaOf(measure: Measure): { regions: Set<string> | 'all'; provinces: Set<string> } {
  const narrowed = (measure.rules ?? []).find((r) => r.kind === 'territory' && r.sure);
  const tokens = narrowed && narrowed.kind === 'territory' ? narrowed.tokens : measure.territory;
  if (tokens.length === 0 || tokens.includes('IT')) return { regions: 'all', provinces: new Set() };
  const regions = new Set<string>();
  const provinces = new Set<string>();
  for (const token of tokens) {
    const [kind, value = ''] = token.split(':');
    const province =
      kind === 'province'
        ? provinceBySigla(value)
        : kind === 'municipality'
          ? PROVINCES.find((p) => p.istatCode === value.slice(0, 3))
          : undefined;
    if (kind === 'region') regions.add(value);
    if (province) {
      regions.add(province.regionCode);
      provinces.add(province.sigla);
    }
  }
  return { regions, provinces };
}

/**
 * Whether two records can be for one area: their regions meet (sources list regions loosely:
 * one record of a Lombard call also names Piemonte and Liguria), and when both name provinces,
 * those meet too (one chamber's call is not another's).
 */
function sameArea(a: Measure, b: Measure): boolean {
  const [x, y] = [areaOf(a), areaOf(b)];
  if (
    x.regions !== 'all' &&
    y.regions !== 'all' &&
    ![...x.regions].some((r) => y.regions !== 'all' && y.regions.has(r))
  )
    return false;
  if (x.provinces.size && y.provinces.size) return [...x.provinces].some((p) => y.provinces.has(p));
  return x.provinces.size === 0 && y.provinces.size === 0;
}

/**
 * Whether two records of different sources are one call by their titles: the words of the shorter
 * title all in the longer one, the same ordinals, the same area, and no date that disagrees.
 * Returns a score (more shared dates, a closer match) or null.
 */
export function sameCallByTitle(a: Measure, b: Measure): number | null {
  if (a.source === b.source) return null;
  const [ta, tb] = [titleWords(a.title), titleWords(b.title)];
  if (ta.words.length === 0 || tb.words.length === 0) return null;
  if (ta.ordinals.join(' ') !== tb.ordinals.join(' ')) return null;
  const [small, large] =
    ta.words.length <= tb.words.length ? [ta.words, tb.words] : [tb.words, ta.words];
  if (!small.every((w) => large.includes(w))) return null;
  if (!sameArea(a, b)) return null;
  const opens = nearDays(a.opensAt, b.opensAt);
  const closes = nearDays(a.closesAt, b.closesAt);
  if (opens === false || closes === false) return null;
  return (opens ? 2 : 0) + (closes ? 2 : 0) + small.length / large.length;
}

/**
 * A title word shared by more records of other sources than this is not distinctive ("bando",
 * "innovazione" in a catalogue of thousands): it finds no candidates, so the grouping stays linear
 * in the number of records.
 */
const DISTINCTIVE_AT_MOST = 64;

/**
 * Groups items that are one call: different sources sharing any key, or titles that name the
 * same call (see `sameCallByTitle`, the best-scoring group wins). Records of one source are never
 * grouped, since they are that call's separate windows. Groups keep the items' order.
 */
export function callGroups<T>(items: readonly T[], measureOf: (item: T) => Measure): T[][] {
  const groupOfKey = new Map<string, number>();
  // word -> source -> the groups holding a record of that source with that title word. A group
  // holds one record per source, so each group is listed once per word and source.
  const groupsOfWord = new Map<string, Map<string, number[]>>();
  const groups: T[][] = [];
  const hasSource = (g: number, source: string) =>
    groups[g]?.some((o) => measureOf(o).source === source) ?? true;
  for (const item of items) {
    const measure = measureOf(item);
    const keys = callKeys(measure);
    let found = keys
      .map((k) => groupOfKey.get(k))
      .find((g) => g !== undefined && !hasSource(g, measure.source));
    const words = titleWords(measure.title).words;
    if (found === undefined) {
      let best: { group: number; score: number } | null = null;
      const seen = new Set<number>();
      for (const word of words) {
        const bySource = groupsOfWord.get(word);
        if (!bySource) continue;
        const candidates = [...bySource]
          .filter(([source]) => source !== measure.source)
          .flatMap(([, list]) => list);
        if (candidates.length > DISTINCTIVE_AT_MOST) continue;
        for (const g of candidates) {
          if (seen.has(g) || hasSource(g, measure.source)) continue;
          seen.add(g);
          const first = groups[g]?.[0];
          const score = first === undefined ? null : sameCallByTitle(measureOf(first), measure);
          if (score !== null && (!best || score > best.score)) best = { group: g, score };
        }
      }
      found = best?.group;
    }
    const group = found ?? groups.push([]) - 1;
    groups[group]?.push(item);
    for (const key of keys) if (!groupOfKey.has(key)) groupOfKey.set(key, group);
    for (const word of words) {
      const bySource = groupsOfWord.get(word) ?? new Map<string, number[]>();
      const list = bySource.get(measure.source) ?? [];
      list.push(group);
      bySource.set(measure.source, list);
      groupsOfWord.set(word, bySource);
    }
  }
  return groups;
}

/**
 * Items partitioned by a group key computed beforehand (the store groups calls over all its
 * records, so that a group never depends on which records a search loaded); groups and their
 * members keep the items' order.
 */
export function groupsByKey<T>(items: readonly T[], keyOf: (item: T) => number): T[][] {
  const byKey = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.values()];
}

/** The record that speaks for a call carried by several sources: the curated one, else the first. */
export function preferredOf<T>(
  group: readonly T[],
  measureOf: (item: T) => Measure,
): T | undefined {
  return group.find((item) => measureOf(item).source === PREFERRED_SOURCE) ?? group[0];
}

const datesKnown = (r: MatchResult) => (r.status.opensOn ? 1 : 0) + (r.status.closesOn ? 1 : 0);

/**
 * One result per call, shown through the curated record when there is one; `alsoIn` names the
 * other sources. The verdict is the more careful one: on each criterion the worst reason of any
 * record of the call.
 */
export function mergeDuplicates(
  results: readonly MatchResult[],
  groupOf?: (measure: Measure) => number,
): MatchResult[] {
  const measureOf = (r: MatchResult) => r.measure;
  const keptAt = new Map<MatchResult, MatchResult>();
  const groups = groupOf
    ? groupsByKey(results, (r) => groupOf(r.measure))
    : callGroups(results, measureOf);
  for (const group of groups) {
    const kept = preferredOf(group, measureOf);
    if (!kept) continue;
    const others = group.filter((r) => r !== kept);
    const alsoIn = [...new Set([...kept.alsoIn, ...others.map((r) => r.measure.source)])].filter(
      (s) => s !== kept.measure.source,
    );
    // Dates are facts one source may lack: the status comes from the record that knows the most
    // of them (both dates, then one), not from the one that knows none.
    const dated = [kept, ...others].reduce((best, r) =>
      datesKnown(r) > datesKnown(best) ? r : best,
    );
    const reasons = kept.reasons.map((own) => {
      if (own.criterion === 'status')
        return dated.reasons.find((r) => r.criterion === 'status') ?? own;
      const rivals = others.flatMap((o) => o.reasons.filter((r) => r.criterion === own.criterion));
      return worstOf([own, ...rivals]) ?? own;
    });
    const extra = others.flatMap((o) =>
      o.reasons.filter(
        (r) => r.verdict !== 'pass' && !reasons.some((own) => own.criterion === r.criterion),
      ),
    );
    const all = [...reasons, ...extra];
    keptAt.set(group[0] as MatchResult, {
      ...kept,
      status: dated.status,
      reasons: all,
      eligibility: others.length ? eligibilityOf(all) : kept.eligibility,
      alsoIn,
      sourceIds: [...kept.sourceIds, ...others.flatMap((o) => o.sourceIds)],
    });
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
    (o) =>
      o.source !== measure.source &&
      (callKeys(o).some((k) => keys.has(k)) || sameCallByTitle(measure, o) !== null),
  );
  return [...new Set(same.map((o) => o.source))].sort();
}
