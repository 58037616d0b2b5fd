// How a source can fail to update, as data: the catalogues turn each kind into words.

/** A download that did not complete. */
export type DownloadFailure =
  | { kind: 'timeout'; seconds: number }
  | { kind: 'network'; code: string; detail: string }
  | { kind: 'http-status'; status: number; statusText: string }
  | { kind: 'truncated'; received: number; expected: number | null };

/** A payload that arrived whole but is not what the source sends. */
export type PayloadProblem =
  | { kind: 'not-json'; start: string }
  | { kind: 'wrong-shape'; problem: ShapeProblem; page: number | null; detail: string | null }
  | { kind: 'empty' }
  /** The importer's verdict; `code`/`params` let the catalogue say it (`errors`). */
  | {
      kind: 'bad-data';
      message: string;
      code: string | null;
      params: Record<string, string>;
    };

/** How a payload is not in its source's shape. */
export type ShapeProblem =
  /** The registry answers with a JSON array of rows; this was an object (an error). */
  | 'not-array'
  /** A page after the first answered 304 to a request without validators. */
  | 'page-not-modified'
  /** A page is not whole JSON (`detail` has the parser's words). */
  | 'page-not-json'
  /** A page repeats the first: the server ignores `$offset`, so the dataset is never whole. */
  | 'offset-ignored';

export type SourceFailure = DownloadFailure | PayloadProblem;

/** Why a snapshot does not hold the whole source (so missing calls are not withdrawn). */
export type PartialSnapshot =
  { kind: 'fewer-than-found'; found: number } | { kind: 'rows-skipped' };
