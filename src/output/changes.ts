// What an update changed, as lines a person following calls can scan: kind, id, title, then the
// fields with their before and after values.
import type { CallChange, FieldChange } from '../core/changes.js';
import { STATUSES, type MatchResult, type Status } from '../core/types.js';
import type { Messages, ShowField } from '../i18n/messages.js';
import { sanitizeText, truncate } from './text.js';

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(', ') : '–';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean);
}

/** The label `fesr show` gives a measure's field, where it shows that field under a name. */
const SHOWN_AS: Readonly<Record<string, ShowField>> = {
  status: 'status',
  opensAt: 'opens',
  closesAt: 'closes',
  budgetEur: 'budget',
  aidForms: 'aid',
  minAidEur: 'minAid',
  maxAidEur: 'maxAid',
  minSpendEur: 'minSpend',
  actionCode: 'action',
  sourceUrls: 'sources',
  programme: 'programme',
  managingBody: 'managingBody',
  procedure: 'procedure',
  aidDetail: 'aidDetail',
  sizes: 'sizes',
  maxEmployees: 'maxEmployees',
  sizeNote: 'sizeNote',
  atecoIncluded: 'atecoIncluded',
  atecoExcluded: 'atecoExcluded',
  atecoVersion: 'atecoVersion',
  sectorNote: 'sectorNote',
  territory: 'territory',
  applicants: 'applicants',
  applicantNote: 'applicantNote',
  callCode: 'callCode',
  evidence: 'evidence',
  url: 'url',
  notes: 'notes',
  datesNote: 'datesNote',
  statusSeen: 'statusSeen',
  areaScope: 'areaScope',
  sectorsListed: 'sectorsListed',
};

/** A field as the interface names it (`closes`, `scadenza`); the title by its heading. */
function fieldName(field: string, t: Messages): string {
  if (field === 'title') return t.headingTitle();
  const shown = SHOWN_AS[field];
  return shown ? t.fieldLabel(shown) : field;
}

function statusValue(value: unknown, t: Messages): string {
  return (STATUSES as readonly unknown[]).includes(value)
    ? t.admin.statusName(value as Status)
    : valueText(value);
}

/** `closes 2026-12-31 → 2027-03-31`, or `description changed` for a long text. */
export function fieldChangeText(change: FieldChange, t: Messages): string {
  const name = fieldName(change.field, t);
  if (change.before === null && change.after === null) return t.update.textChanged(name);
  const show = (value: unknown) =>
    truncate(
      sanitizeText(change.field === 'status' ? statusValue(value, t) : valueText(value)),
      40,
    );
  return `${name} ${show(change.before)} → ${show(change.after)}`;
}

export function changeLine(change: CallChange, t: Messages): string {
  const kind = t.update.changeKind(change.kind).padEnd(10);
  const title = truncate(sanitizeText(change.title), 70);
  const fields = change.kind === 'new' ? [] : change.fields.map((f) => fieldChangeText(f, t));
  return `  ${kind} ${sanitizeText(change.id)}  ${title}${fields.length ? `\n             ${fields.join('; ')}` : ''}`;
}

/** The lines of a list of changes, cut after `limit` with a count of the rest. */
export function renderChanges(changes: readonly CallChange[], t: Messages, limit = 50): string {
  const shown = changes.slice(0, limit).map((c) => changeLine(c, t));
  if (changes.length > limit) shown.push(`  ${t.update.moreChanges(changes.length - limit)}`);
  return shown.length ? `${shown.join('\n')}\n` : '';
}

/** The changes of listed results (`--new`, `--changed`, `fesr news`), in the list's order. */
export function renderResultChanges(results: readonly MatchResult[], t: Messages): string {
  return renderChanges(
    results.flatMap((r) =>
      r.change
        ? [
            {
              id: r.measure.id,
              kind: r.change.kind,
              title: r.measure.title,
              fields: r.change.fields,
            },
          ]
        : [],
    ),
    t,
    Number.POSITIVE_INFINITY,
  );
}

const MARKS = { eligible: '✓', unverified: '?', ineligible: '✗' } as const;

/** `fesr news`: per profile a heading, then each call with its verdict mark, change and link. */
export function renderNews(
  sections: readonly { profile: string; results: readonly MatchResult[] }[],
  t: Messages,
): string {
  return sections
    .map(({ profile, results }) => {
      const lines = results.map((r) => {
        const change = r.change ?? { kind: 'changed' as const, fields: [] };
        const line = changeLine(
          { id: r.measure.id, kind: change.kind, title: r.measure.title, fields: change.fields },
          t,
        );
        const status = t.statusLabel(r.status.status, r.status.daysLeft, r.status.opensOn);
        const link = r.measure.url ? ` · ${sanitizeText(r.measure.url)}` : '';
        return `${MARKS[r.eligibility]}${line.slice(1)}\n             ${status}${link}`;
      });
      return `${t.update.newsHeading(sanitizeText(profile), results.length)}\n${lines.join('\n')}\n`;
    })
    .join('\n');
}
