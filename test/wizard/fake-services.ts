// Services for scripted wizard flows: measures built with their rules and the real matcher, and
// storage kept in memory.
import type { AtecoLookup } from '../../src/core/ateco-resolve.js';
import { matchMeasures } from '../../src/core/match.js';
import { buildProfile } from '../../src/core/profile.js';
import { createPlaceSearch } from '../../src/core/province-search.js';
import type { SavedProfile } from '../../src/core/saved-profile.js';
import type { ExtractedRule, Measure } from '../../src/core/types.js';
import { en } from '../../src/i18n/en.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { WizardServices } from '../../src/wizard/services.js';
import { measure } from '../helpers/measure.js';

export const AS_OF = '2024-10-01';
export const from = { source: 'field' as const, field: 'applicant types', quote: 'words' };
export const noAteco: AtecoLookup = {
  exists: () => false,
  to2025: () => [],
  to2007: () => [],
  codes: () => [],
  title: () => null,
};

/** An open call for every size and sector in Lombardy, with these rules. */
export function call(
  id: string,
  rules: ExtractedRule[],
  overrides: Partial<Measure> = {},
): Measure {
  return measure({
    id,
    title: `Bando ${id}`,
    opensAt: '2024-09-01',
    closesAt: '2024-12-31',
    sizes: ['micro', 'small', 'medium', 'large'],
    atecoIncluded: ['*'],
    territory: ['region:03'],
    applicants: ['firm'],
    aidForms: ['grant'],
    rules,
    ...overrides,
  });
}

export function fakeServices(measures: readonly Measure[], messages: Messages = en) {
  const printed: string[] = [];
  const saved = new Map<string, SavedProfile>();
  let matches = 0;
  const services: WizardServices = {
    messages,
    asOf: AS_OF,
    asOfGiven: true,
    today: AS_OF,
    searchAteco: () => [],
    searchPlaces: createPlaceSearch([]),
    match: (input, filters, explain = false) => {
      matches += 1;
      return matchMeasures(measures, buildProfile(input, noAteco, AS_OF), {
        asOf: AS_OF,
        statuses: ['open', 'upcoming'],
        sort: 'title',
        explain,
        aidForms: filters.aid ?? null,
      });
    },
    renderResults: (results) => results.map((r) => `${r.measure.id}: ${r.eligibility}\n`).join(''),
    renderDetails: (result) => result.measure.id,
    profileExists: (name) => saved.has(name),
    saveProfile: (name, profile) => void saved.set(name, profile),
    written: () => [],
    fileExists: () => false,
    exportCsv: () => undefined,
    exportWorkbook: () => Promise.resolve(),
    exportCalendar: () => ({ events: 0, undated: 0 }),
    print: (text) => void printed.push(text),
  };
  return { services, printed, saved, matches: () => matches };
}
