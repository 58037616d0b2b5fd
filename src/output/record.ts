// The public shape of a result (contract: JSON keys in camelCase, values in English).
import { en } from '../i18n/en.js';
import { describeReason } from '../i18n/index.js';
import type { Messages } from '../i18n/messages.js';
import type {
  AidForm,
  Eligibility,
  MatchResult,
  Measure,
  Reason,
  Size,
  Status,
} from '../core/types.js';

/** A reason as JSON gives it: the data, and `detail`, the English sentence. */
export interface ReasonRecord {
  criterion: Reason['criterion'];
  verdict: Reason['verdict'];
  detail: string;
  code: Reason['code'];
  params: Reason['params'];
  source: Reason['source'];
  field: Reason['field'];
  quote: Reason['quote'];
}

/** `t` says `detail`: English by the contract; `fesr match` lends one that names its columns. */
export function toReasonRecord(r: Reason, t: Messages = en): ReasonRecord {
  return {
    criterion: r.criterion,
    verdict: r.verdict,
    detail: describeReason(r, t),
    code: r.code,
    params: r.params,
    source: r.source,
    field: r.field,
    quote: r.quote,
  };
}

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
  reasons: ReasonRecord[];
  /** The ids of every stored record merged into this result. */
  sourceIds: string[];
  /** Every source that carries this call (more than one when the same call came twice). */
  sources: string[];
  /** The day the data it came from is as of: its source's last snapshot or import. */
  dataAsOf: string | null;
  /** With `--new`, `--changed` and `fesr news`: what the update changed. */
  change?: MatchResult['change'];
}

export function toResultRecord(result: MatchResult, t: Messages = en): ResultRecord {
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
    reasons: result.reasons.map((r) => toReasonRecord(r, t)),
    sourceIds: result.sourceIds,
    sources: [m.source, ...result.alsoIn],
    dataAsOf: result.dataAsOf ?? null,
    ...(result.change ? { change: result.change } : {}),
  };
}

/** The result plus every stored field, for `fesr show --format json`. */
export function toFullRecord(result: MatchResult): ResultRecord & Measure {
  return { ...result.measure, ...toResultRecord(result) };
}
