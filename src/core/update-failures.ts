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
  | { kind: 'wrong-shape'; detail: string }
  | { kind: 'empty' }
  | { kind: 'bad-data'; message: string };

export type SourceFailure = DownloadFailure | PayloadProblem;

/** Why a snapshot does not hold the whole source (so missing calls are not withdrawn). */
export type PartialSnapshot =
  { kind: 'fewer-than-found'; found: number } | { kind: 'rows-skipped' };
