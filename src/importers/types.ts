// What every importer shares: the row outcome and the problems it reports.
import type { Measure } from '../core/types.js';

import type { IssueCode } from '../errors.js';

export type { IssueCode };

export interface RowIssue {
  /** 1-based line (CSV) or record number (JSON) in the file. */
  line: number;
  field: string;
  /** In English; `code` and `params`, when present, say the same for a translation. */
  reason: string;
  code?: IssueCode;
  params?: Record<string, string>;
}

export type RowOutcome =
  | {
      ok: true;
      measure: Measure;
      /** The day (Europe/Rome) the source last updated the record, when the record says. */
      recordDate?: string | null;
    }
  | { ok: false; issues: RowIssue[] };

/** A plain record read from a file: field name to text (or, for JSON, any value). */
export type RawRecord = Record<string, unknown>;

export interface RecordMapper {
  /** The format's name, as `--format` takes it. */
  format: string;
  /** The default source name of its records. */
  source: string;
  /** Whether a header (CSV columns or the first JSON record's keys) looks like this format. */
  detect(fields: readonly string[]): boolean;
  mapRecord(record: RawRecord, line: number, source: string, context?: MapContext): RowOutcome;
}

/** A municipality as the mappers need it: its ISTAT code and region. */
export interface MunicipalityRef {
  istatCode: string;
  regionCode: string;
}

/** Reference data the driver lends the (pure) mappers. */
export interface MapContext {
  /** The municipalities with this name (several Italian comuni share a name). */
  municipalitiesNamed(name: string): readonly MunicipalityRef[];
}
