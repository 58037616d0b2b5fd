// One measure, every stored field, readable.
import type { MatchResult, Measure } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import { renderReasons } from './explain.js';
import { sanitizeText } from './text.js';

type Field = [label: string, value: string | null];

function fields(m: Measure, r: MatchResult, t: Messages): Field[] {
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : null);
  const money = (n: number | null) => (n === null ? null : t.euro(n));
  return [
    ['id', m.id],
    ['source', m.source],
    ['programme', m.programme],
    ['action', m.actionCode],
    ['managing body', m.managingBody],
    ['procedure', m.procedure],
    ['status', t.statusLabel(r.status.status, r.status.daysLeft, r.status.opensOn)],
    ['opens', m.opensAt],
    ['closes', m.closesAt],
    ['budget', money(m.budgetEur)],
    ['aid', list(m.aidForms)],
    ['min aid', money(m.minAidEur)],
    ['max aid', money(m.maxAidEur)],
    ['min spend', money(m.minSpendEur)],
    ['aid detail', m.aidDetail],
    ['sizes', list(m.sizes)],
    ['max employees', m.maxEmployees === null ? null : String(m.maxEmployees)],
    ['size note', m.sizeNote],
    ['ATECO included', list(m.atecoIncluded)],
    ['ATECO excluded', list(m.atecoExcluded)],
    ['ATECO version', m.atecoVersion],
    ['sector note', m.sectorNote],
    ['territory', list(m.territory)],
    ['applicants', list(m.applicants)],
    ['applicant note', m.applicantNote],
    ['call code', m.callCode],
    ['evidence', m.evidence],
    ['url', m.url],
    ['sources', list(m.sourceUrls)],
    ['notes', m.notes],
  ];
}

export function renderMeasure(
  result: MatchResult,
  t: Messages,
  c: Colors,
  withReasons: boolean,
): string {
  const m = result.measure;
  const rows = fields(m, result, t).filter((f): f is [string, string] => f[1] !== null);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    c.bold(sanitizeText(m.title)),
    ...(m.description ? [sanitizeText(m.description)] : []),
    '',
    ...rows.map(([label, value]) => `${c.dim(label.padEnd(width))}  ${sanitizeText(value)}`),
  ];
  if (withReasons)
    lines.push('', `${c.bold(result.eligibility)}`, renderReasons(result.reasons, c));
  return `${lines.join('\n')}\n`;
}
