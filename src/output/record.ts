// The public shape of a result (contract: JSON keys in camelCase, values in English).
import type {
  AidForm,
  Eligibility,
  MatchResult,
  Measure,
  Reason,
  Size,
  Status,
} from '../core/types.js';

export interface ResultRecord {
  id: string;
  title: string;
  source: string;
  programme: string | null;
  status: Status;
  opensOn: string | null;
  closesOn: string | null;
  daysLeft: number | null;
  budgetEur: number | null;
  maxAidEur: number | null;
  aidForms: AidForm[];
  sizes: Size[];
  url: string | null;
  eligibility: Eligibility;
  reasons: Reason[];
  /** Every source that carries this call (more than one when the same call came twice). */
  sources: string[];
}

export function toResultRecord(result: MatchResult): ResultRecord {
  const m = result.measure;
  return {
    id: m.id,
    title: m.title,
    source: m.source,
    programme: m.programme,
    status: result.status.status,
    opensOn: result.status.opensOn,
    closesOn: result.status.closesOn,
    daysLeft: result.status.daysLeft,
    budgetEur: m.budgetEur,
    maxAidEur: m.maxAidEur,
    aidForms: m.aidForms,
    sizes: m.sizes,
    url: m.url,
    eligibility: result.eligibility,
    reasons: result.reasons,
    sources: [m.source, ...result.alsoIn],
  };
}

/** The result plus every stored field, for `fesr show --format json`. */
export function toFullRecord(result: MatchResult): ResultRecord & Measure {
  return { ...result.measure, ...toResultRecord(result) };
}
