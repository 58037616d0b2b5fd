// A measure that knows nothing yet: every fact empty, so a mapper states only what its source says.
import type { Measure } from './types.js';

export function emptyMeasure(id: string, source: string, title: string): Measure {
  return {
    id,
    source,
    title,
    description: null,
    programme: null,
    actionCode: null,
    managingBody: null,
    procedure: null,
    opensAt: null,
    closesAt: null,
    budgetEur: null,
    minAidEur: null,
    maxAidEur: null,
    minSpendEur: null,
    aidForms: [],
    aidDetail: null,
    sizes: [],
    maxEmployees: null,
    sizeNote: null,
    atecoIncluded: [],
    atecoExcluded: [],
    atecoVersion: '2007',
    sectorNote: null,
    territory: [],
    applicants: [],
    applicantNote: null,
    url: null,
    sourceUrls: [],
    evidence: null,
    callCode: null,
    notes: null,
  };
}
