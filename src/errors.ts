// The error model. Each class carries the exit code of the contract; the CLI prints the message.

/** Errors a user meets often, with their values, so the CLI can say them in the user's language. */
export type ErrorCode =
  | 'unknown-size'
  | 'unknown-province'
  | 'ambiguous-municipality'
  | 'unknown-municipality'
  | 'unknown-ateco'
  | 'unknown-ateco-version'
  | 'bad-date'
  | 'size-conflict'
  | 'financials-need-employees'
  | 'output-exists'
  | 'cannot-write'
  | 'rejects-exists'
  | 'output-is-folder'
  | 'output-kind'
  | 'unknown-measure'
  | 'bad-count'
  | 'bad-amount'
  | 'bad-work-units'
  | 'bad-list-value'
  | 'empty-value'
  | 'not-fesr-db'
  | 'newer-schema'
  | 'db-locked'
  | 'db-corrupt'
  | 'not-a-database'
  | 'bad-schema'
  | 'rebuild-not-fesr'
  | 'rebuild-healthy'
  | 'profile-exists'
  | 'file-missing'
  | 'file-empty'
  | 'file-binary'
  | 'too-long'
  | 'duplicate-column'
  | 'repeated-flag'
  | 'no-records'
  | 'unknown-format'
  | 'unknown-legal-form'
  | 'bad-founded'
  | 'unknown-update-source'
  | 'bad-url'
  | 'bad-option-number'
  | 'no-profiles';

/** The common kinds of bad value in an imported row, coded for the same reason. */
export type IssueCode =
  'empty' | 'not-number' | 'negative' | 'not-whole' | 'not-date' | 'unknown-value';

export interface ErrorDetail {
  code: ErrorCode;
  params: Record<string, string>;
}

export class FesrError extends Error {
  readonly exitCode: number = 1;
  readonly detail?: ErrorDetail;
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown; detail?: ErrorDetail },
  ) {
    super(message, options);
    this.name = new.target.name;
    this.detail = options?.detail;
  }
}

/** A bad flag or value: exit 2. */
export class UsageError extends FesrError {
  override readonly exitCode = 2;
}

/** A file that cannot be read, or bad rows under --strict: exit 3. */
export class InputError extends FesrError {
  override readonly exitCode = 3;
}

/** Not a fesr database, corrupt, locked or newer than this binary: exit 4. */
export class DatabaseError extends FesrError {
  override readonly exitCode = 4;
}

/** Ctrl+C: exit 130. */
export class InterruptedError extends FesrError {
  override readonly exitCode = 130;
}

/**
 * A file or stream fesr writes could not be written (disk full, permission denied, read-only,
 * a folder in the way, stdout gone): exit 6. Not a usage error: the flags were fine.
 */
export class OutputError extends FesrError {
  override readonly exitCode = 6;
}

/** `fesr update`: a source could not be brought up to date (the others may have been): exit 5. */
export class UpdateError extends FesrError {
  override readonly exitCode = 5;
}
