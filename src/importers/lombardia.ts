// Regione Lombardia open data, "Anagrafica dei bandi regionali" (Socrata bukx-h2uy): every call
// on Bandi Online, as JSON rows or the CSV export. Eight columns: code, title, directorate, body,
// opening, closing, instrument type, applications submitted. No size, sector or amounts.
import { formatStatusSeen, statusWord } from '../core/status-seen.js';
import { floatingToRomeLocal, isValidDate, isValidLocalDateTime } from '../core/dates.js';
import { emptyMeasure } from '../core/measure.js';
import { withoutClosingPlaceholder } from '../core/placeholders.js';
import { detectProgramme } from '../core/programme.js';
import type { Measure } from '../core/types.js';
import { FieldReader } from './fields.js';
import type { RawRecord, RecordMapper, RowOutcome } from './types.js';
import { textOf } from './vocabulary.js';

const DETAIL_URL = 'https://www.bandi.regione.lombardia.it/servizi/servizio/bandi/dettaglio/';
const CODE = /^[A-Z0-9]{4,30}$/i;
/** The Socrata CSV export writes floating timestamps US-style: `06/16/2026 12:00:00 AM`. */
const US_TIMESTAMP = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::\d{2})? ?([AP]M))?$/i;
const IT_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * A Socrata floating timestamp (Europe/Rome local, no zone): ISO `2026-06-16T00:00:00.000`, the
 * CSV export's `06/16/2026 12:00:00 AM`, or an Italian `16/06/2026`.
 */
export function mapLombardiaDate(r: FieldReader, field: string, value: unknown): string | null {
  const text = r.text(field, value);
  if (text === null) return null;
  const iso = floatingToRomeLocal(text) ?? (isValidLocalDateTime(text) ? text : null);
  if (iso) return iso;
  const us = US_TIMESTAMP.exec(text);
  if (us && us[6]) {
    const hour12 = Number(us[4]) % 12;
    const hour = /pm/i.test(us[6]) ? hour12 + 12 : hour12;
    const local = `${us[3]}-${us[1]}-${us[2]}T${String(hour).padStart(2, '0')}:${us[5]}`;
    if (isValidLocalDateTime(local)) return local.endsWith('T00:00') ? local.slice(0, 10) : local;
  }
  const it = IT_DATE.exec(text);
  if (it && isValidLocalDateTime(`${it[3]}-${it[2]}-${it[1]}`)) return `${it[3]}-${it[2]}-${it[1]}`;
  return r.fail(field, `"${text}" is not a date (YYYY-MM-DDTHH:MM:SS)`);
}

/** The row itself, or the row inside a saved wrapper (`socrata_row` next to its context). */
function unwrap(raw: RawRecord): { row: RawRecord; context: RawRecord } {
  const inner = raw.socrata_row;
  if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
    return { row: inner as RawRecord, context: raw };
  }
  return { row: raw, context: {} };
}

/** Text of a nested field of the wrapper (`detail_fragments.fonti_finanziamento`), tags removed. */
function nested(context: RawRecord, group: string, key: string): string | null {
  const value = context[group];
  if (typeof value !== 'object' || value === null) return null;
  const text = textOf((value as RawRecord)[key]);
  return text
    ? text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : null;
}

export function mapLombardiaRecord(raw: RawRecord, line: number, source: string): RowOutcome {
  const { row, context } = unwrap(raw);
  const r = new FieldReader(line);
  const code = r.required('codice_bando', textOf(row.codice_bando));
  if (code && !CODE.test(code)) r.fail('codice_bando', `"${code}" is not a Bandi Online code`);
  const title = r.required('titolo_bando', textOf(row.titolo_bando));
  const directorate = textOf(row.direzione_generale);
  const body = textOf(row.ente) ?? 'Regione Lombardia';
  const instrument = textOf(row.tipo_strumento);
  const submitted = textOf(row.presentato);
  const funding = nested(context, 'detail_fragments', 'fonti_finanziamento');
  const detailUrl = nested(context, '_source', 'detail_url');
  // A saved detail page's status chip ("Aperto", "Chiuso", "In apertura") on the day it was
  // fetched: kept for calls whose dates the registry leaves empty.
  const chip = statusWord(nested(context, 'detail_fragments', 'status_chip') ?? '');
  const fetched = nested(context, '_source', 'fetched');
  const opensAt = mapLombardiaDate(r, 'apertura_adesione', row.apertura_adesione);
  // The registry has no amounts; a far-future closing date is read as not stated, as for
  // incentivi.gov.it (core/placeholders.ts).
  const closing = withoutClosingPlaceholder(
    'chiusura_adesione',
    mapLombardiaDate(r, 'chiusura_adesione', row.chiusura_adesione),
    opensAt,
  );
  const measure: Measure = {
    ...emptyMeasure(`lombardia-${code}`, source, title),
    // The registry has no fund column: PR FESR calls say so in the title ("PR FESR 2021-2027,
    // Azione 1.3.1 …"), and a saved detail page names its "Fonti di finanziamento".
    programme: detectProgramme([title, funding], 'Lombardia'),
    managingBody: directorate ? `${body} – DG ${directorate}` : body,
    opensAt,
    closesAt: closing.closesAt,
    // A regional call: every Lombardy province, unless its page says otherwise.
    territory: ['region:03'],
    url: detailUrl ?? `${DETAIL_URL}${code}`,
    callCode: code || null,
    statusSeen:
      chip && fetched && isValidDate(fetched)
        ? formatStatusSeen({ status: chip, on: fetched })
        : null,
    notes:
      [
        instrument ? `Strumento: ${instrument}` : null,
        submitted ? `Domande presentate (all'export): ${submitted}` : null,
        closing.note,
      ]
        .filter(Boolean)
        .join('\n') || null,
  };
  if (measure.opensAt && measure.closesAt && measure.closesAt < measure.opensAt) {
    r.fail(
      'chiusura_adesione',
      `closes (${measure.closesAt}) before it opens (${measure.opensAt})`,
    );
  }
  return r.issues.length
    ? { ok: false, issues: r.issues }
    : // A saved detail page says when it was fetched; the registry's rows say nothing.
      { ok: true, measure, recordDate: fetched && isValidDate(fetched) ? fetched : null };
}

export const lombardia: RecordMapper = {
  format: 'lombardia',
  source: 'lombardia',
  detect: (fields) =>
    fields.includes('socrata_row') ||
    (fields.includes('codice_bando') && fields.includes('titolo_bando')),
  mapRecord: mapLombardiaRecord,
};
