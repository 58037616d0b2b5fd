// One measure, every stored field, readable.
import { describeTerritory } from '../core/provinces.js';
import type { MatchResult, Measure } from '../core/types.js';
import { describeRule } from '../i18n/index.js';
import type { Messages, ShowField } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import { renderReasons } from './explain.js';
import { sanitizeText } from './text.js';

type Field = [field: ShowField, value: string | null];

function fields(
  m: Measure,
  r: MatchResult,
  t: Messages,
  placeName?: (istatCode: string) => string | undefined,
): Field[] {
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : null);
  const money = (n: number | null) => (n === null ? null : t.euro(n));
  return [
    ['id', m.id],
    ['source', [m.source, ...r.alsoIn].join(' + ')],
    ['programme', m.programme],
    ['action', m.actionCode],
    ['managingBody', m.managingBody],
    ['procedure', m.procedure],
    ['status', t.statusLabel(r.status.status, r.status.daysLeft, r.status.opensOn)],
    ['opens', m.opensAt],
    ['closes', m.closesAt],
    ['budget', money(m.budgetEur)],
    ['aid', list(m.aidForms.map(t.aidFormName))],
    ['minAid', money(m.minAidEur)],
    ['maxAid', money(m.maxAidEur)],
    ['minSpend', money(m.minSpendEur)],
    ['aidDetail', m.aidDetail],
    ['sizes', list(m.sizes.map(t.sizeName))],
    ['maxEmployees', m.maxEmployees === null ? null : String(m.maxEmployees)],
    ['sizeNote', m.sizeNote],
    ['atecoIncluded', list(m.atecoIncluded)],
    ['atecoExcluded', list(m.atecoExcluded)],
    ['atecoVersion', m.atecoVersion],
    ['sectorNote', m.sectorNote],
    ['territory', list(describeTerritory(m.territory, placeName))],
    ['applicants', list(m.applicants.map(t.applicantName))],
    ['applicantNote', m.applicantNote],
    ['callCode', m.callCode],
    ['evidence', m.evidence],
    ['url', m.url],
    ['sources', list(m.sourceUrls)],
    ['notes', m.notes],
    ['datesNote', m.datesNote],
    ['statusSeen', m.statusSeen],
    ['areaScope', m.areaScope],
    ['sectorsListed', list(m.sectorsListed ?? [])],
  ];
}

export function renderMeasure(
  result: MatchResult,
  t: Messages,
  c: Colors,
  withReasons: boolean,
  placeName?: (istatCode: string) => string | undefined,
): string {
  const m = result.measure;
  const rows = fields(m, result, t, placeName)
    .filter((f): f is [ShowField, string] => f[1] !== null)
    .map(([field, value]) => [t.fieldLabel(field), value] as const);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    c.bold(sanitizeText(m.title)),
    ...(m.description ? [sanitizeText(m.description)] : []),
    '',
    ...rows.map(([label, value]) => `${c.dim(label.padEnd(width))}  ${sanitizeText(value)}`),
  ];
  const rules = m.rules ?? [];
  if (rules.length) {
    lines.push('', c.bold(t.rulesHeading()));
    for (const rule of rules) {
      const places = rule.kind === 'territory' ? describeTerritory(rule.tokens, placeName) : [];
      const from = t.quoted(rule.from.source, rule.from.field, rule.from.quote);
      lines.push(
        `  - ${sanitizeText(describeRule(rule, places, t))}`,
        `    ${c.dim(sanitizeText(from))}`,
      );
    }
  }
  if (withReasons)
    lines.push(
      '',
      c.bold(t.eligibilityName(result.eligibility)),
      renderReasons(result.reasons, t, c),
    );
  return `${lines.join('\n')}\n`;
}
