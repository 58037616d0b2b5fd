// The shape of a message catalogue. Every user-facing sentence of fesr is one entry, so a new
// language is one file that implements this interface.
import type { PortfolioTotals } from '../core/portfolio.js';
import type { ErrorCode, IssueCode } from '../errors.js';
import type { ReasonCode, ReasonParamsByCode } from '../core/reason-codes.js';
import type {
  AidForm,
  AreaKind,
  ConditionKind,
  RestrictedApplicant,
  Applicant,
  AtecoVersion,
  Criterion,
  Eligibility,
  ExtractedRule,
  LegalForm,
  ProvenanceSource,
  Size,
  SizeBasis,
  RequiredStatus,
  SpecialStatus,
  Status,
} from '../core/types.js';
import type { ChangeKind } from '../core/changes.js';
import type { FreshnessNotice } from '../core/freshness.js';
import type { PartialSnapshot, SourceFailure } from '../core/update-failures.js';
import type { LocaleFormats } from './formats.js';

export type Lang = 'en' | 'it';

/**
 * A sentence for each reason code: one catalogue per language implements this. `t` is the
 * catalogue in use, so a command can lend other hints (`fesr match` names columns, not flags).
 */
export type ReasonTexts = {
  [C in ReasonCode]: (params: ReasonParamsByCode[C], t: Messages) => string;
};

/** The pieces of a rule's line in `fesr show` ("territory (to verify): Bergamo"). */
export interface RuleWords {
  label: Record<Exclude<ExtractedRule['kind'], 'halt'>, string>;
  closed: string;
  suspended: string;
  since(date: string): string;
  toVerify: string;
  restricted(who: RestrictedApplicant): string;
  statuses(any: readonly RequiredStatus[]): string;
  age(bounds: { maxMonths: number | null; minMonths: number | null }): string;
  area(kind: AreaKind): string;
  condition(kind: ConditionKind): string;
  sizes(sizes: readonly Size[]): string;
}

/** How to give a missing company fact: flags for search, columns for match. */
export interface FactHints {
  size(): string;
  ateco(): string;
  province(): string;
  founded(): string;
  legalForm(): string;
  status(status: SpecialStatus): string;
}

/** The fields `fesr show` lists, in order. */
export type ShowField =
  | 'id'
  | 'source'
  | 'programme'
  | 'action'
  | 'managingBody'
  | 'procedure'
  | 'status'
  | 'opens'
  | 'closes'
  | 'budget'
  | 'aid'
  | 'minAid'
  | 'maxAid'
  | 'minSpend'
  | 'aidDetail'
  | 'sizes'
  | 'maxEmployees'
  | 'sizeNote'
  | 'atecoIncluded'
  | 'atecoExcluded'
  | 'atecoVersion'
  | 'sectorNote'
  | 'territory'
  | 'applicants'
  | 'applicantNote'
  | 'callCode'
  | 'evidence'
  | 'url'
  | 'sources'
  | 'notes'
  | 'datesNote'
  | 'statusSeen'
  | 'areaScope'
  | 'sectorsListed';

export interface Messages {
  lang: Lang;
  sizeName(size: Size): string;
  list(items: readonly string[]): string;
  euro(amount: number): string;
  /** Numbers, amounts and dates as the tables write them in this language. */
  formats: LocaleFormats;

  /** The size basis in words, e.g. "20 employees, turnover EUR 3,000,000". */
  sizeBasis(basis: SizeBasis): string;
  /** One sentence per reason code; `describeReason` adds the quoted words. */
  reasons: ReasonTexts;
  hints: FactHints;
  /** How a quote is introduced: the field it comes from and the words. */
  quoted(source: ProvenanceSource, field: string, quote: string): string;
  legalFormName(form: LegalForm): string;
  specialStatusName(status: RequiredStatus): string;
  /** The words `describeRule` builds a rule's line from, for `fesr show`. */
  ruleWords: RuleWords;
  /** The heading of the rules `fesr show` lists. */
  rulesHeading(): string;

  // Result lists.
  headingTitle(): string;
  headingStatus(): string;
  headingMaxAid(): string;
  statusLabel(status: Status, daysLeft: number | null, opensOn: string | null): string;
  /** The second line of the status cell: the closing (or opening) day. */
  statusDate(status: Status, opensOn: string | null, closesOn: string | null): string | null;
  aidFormName(form: AidForm): string;
  footer(f: {
    count: number;
    totalBudget: number;
    withBudget: number;
    closingSoon: number;
    /** Listed by --explain but not counted. */
    ineligible: number;
    /** When --limit cut the list: how many match in all (`count` of them shown). */
    matching?: number | null;
  }): string;
  /** Under the footer: matching measures the default status filter hid for having no dates. */
  hiddenUndated(count: number): string;
  /** Under the footer of a search with no size, sector or province: how to give a profile. */
  noProfileHint(): string;
  legend(): string;
  noResults(explained: boolean): string;

  /** Errors in this language; a code without an entry is said in English. */
  errors: Partial<
    Record<ErrorCode, (p: Record<string, string>) => [message: string, hint?: string]>
  >;
  fieldLabel(field: ShowField): string;
  criterionName(criterion: Criterion): string;
  eligibilityName(eligibility: Eligibility): string;
  applicantName(applicant: Applicant): string;
  interrupted(): string;
  internalError(message: string): string;
  reportBug(version: string): string;

  admin: AdminMessages;
  update: UpdateMessages;
  wizard: WizardMessages;
  profiles: ProfileMessages;
  portfolio: PortfolioMessages;
  input: InputMessages;
  calendar: CalendarMessages;
  rebuild: RebuildMessages;
  workbook: WorkbookMessages;
}

/** The columns of the Excel workbooks (`--format xlsx`), by what they hold. */
export type WorkbookColumn =
  | 'firm'
  | 'line'
  | 'province'
  | 'size'
  | 'ateco'
  | 'eligible'
  | 'toVerify'
  | 'reachableEur'
  | 'nearestDeadline'
  | 'nearestCall'
  | 'note'
  | 'title'
  | 'id'
  | 'status'
  | 'opensOn'
  | 'closesOn'
  | 'daysLeft'
  | 'maxAidEur'
  | 'budgetEur'
  | 'aidForms'
  | 'eligibility'
  | 'criteriaToVerify'
  | 'programme'
  | 'source'
  | 'reasons';

/** The words of an Excel workbook: sheet names and column headers, in the interface language. */
export interface WorkbookMessages {
  column(key: WorkbookColumn): string;
  resultsSheet(): string;
  summarySheet(): string;
  detailSheet(): string;
  /** The first cell of the totals row. */
  totalRow(): string;
}

/** `fesr rebuild`: a damaged store moved aside and made anew. */
export interface RebuildMessages {
  movedAside(path: string, aside: string): string;
  noStore(path: string): string;
  created(path: string, measures: number): string;
  /** Followed by the commands that bring the old store's other data back. */
  toRestore(): string;
  logUnreadable(): string;
}

/** The calendar export (`--format ics`): the words inside its events, and what is said on stderr. */
export interface CalendarMessages {
  /** The calendar's name in the calendar application (X-WR-CALNAME). */
  name(): string;
  /** The verdict line of an event's description. */
  verdict(eligibility: Eligibility): string;
  /** Before the reasons a firm must check (unknown) or that rule it out (failed). */
  reasonsHeading(eligibility: Eligibility): string;
  /** The closing day, with its hour when the source gives one (`HH:MM`, Europe/Rome). */
  deadline(day: string, time: string | null): string;
  link(): string;
  /** How to see every detail of the call from the command line. */
  details(command: string): string;
  /** The reminder's text, a week before the deadline. */
  reminder(title: string): string;
  /** Results left out because they have no closing date (stderr). */
  undatedLeftOut(count: number): string;
}

/** What fesr read otherwise than to the letter of what was typed, said on stderr. */
export interface InputMessages {
  /** A municipality given where a province is expected (search flags, a firm's province cell). */
  municipalityProvince(municipality: string, province: string, sigla: string): string;
  regionProvinces(region: string, siglas: readonly string[]): string;
  /**
   * A municipality that no longer exists under the name typed (`former`): merged into, incorporated
   * into or renamed `successor` (`kind`: fusione, incorporazione, ridenominazione, cambio
   * provincia), on `date` when known; the province is the successor's.
   */
  municipalityFormer(
    former: string,
    successor: string,
    kind: string,
    date: string | null,
    province: string,
    sigla: string,
  ): string;
  /** A province dissolved (Sud Sardegna, SU) in `year`; `successors` as "Cagliari (CA)". */
  provinceDissolved(province: string, sigla: string, year: string, successors: string[]): string;
  /**
   * `20,42` read as ATECO 20.42; `separate` is how to write the codes it could also mean (null
   * when they are not all codes).
   */
  atecoDecimalComma(typed: string, code: string, separate: string | null): string;
  /**
   * An unprefixed code of both versions that means something else in each, read as ATECO 2025;
   * the titles are Italian, as ISTAT publishes them.
   */
  atecoReadAs2025(code: string, title2025: string | null, title2007: string | null): string;
}

/** The interactive wizard (`fesr wizard`). */
export interface WizardMessages {
  intro(): string;
  /** Said after the intro when the wizard starts from a saved profile (`--profile NAME`). */
  startingFrom(name: string): string;
  back(): string;
  yes(): string;
  no(): string;
  /** Inquirer's key help ("navigate", "select", …) in this language. */
  keyAction(action: string): string;
  /** A key's name in that help ("space" of the multi-choice), arrows and symbols as they are. */
  keyName(key: string): string;
  backHint(): string;
  sizeQuestion(): string;
  sizeFromFigures(): string;
  sizeChoice(size: Size): string;
  sizeSkip(): string;
  employeesQuestion(): string;
  turnoverQuestion(): string;
  balanceSheetQuestion(): string;
  notWholeNumber(): string;
  notAmount(): string;
  /** The class the figures give, and which ceiling decided it. */
  sizeDecided(basis: SizeBasis): string;
  sectorQuestion(): string;
  sectorTypeMore(): string;
  sectorSkip(): string;
  atecoVersions(versions: readonly AtecoVersion[]): string;
  /** The short mark at the end of a picker line, e.g. "[2007 · 2025]". */
  atecoVersionsTag(versions: readonly AtecoVersion[]): string;
  /** The picker for the second, third… activity. */
  anotherSectorQuestion(ordinal: number): string;
  moreActivitiesQuestion(): string;
  activitiesDone(codes: readonly string[]): string;
  /** `next` is the code already given for the next activity (from a profile), if any. */
  addActivity(next: string | null): string;
  sectorChosen(code: string, title: string): string;
  provinceQuestion(): string;
  provinceSkip(): string;
  municipalityIn(municipality: string, province: string): string;
  /** A former municipality's name in the place search: "Ronago, now Uggiate con Ronago…". */
  municipalityFormerIn(former: string, successor: string, province: string): string;
  keywordsQuestion(): string;
  aidQuestion(): string;
  aidAny(): string;
  /** After the aid question: how to tick several forms, and that none ticked is any form. */
  aidTickHint(): string;
  /** Before the fact questions: how many candidate calls depend on them. */
  factsIntro(calls: number): string;
  foundedQuestion(): string;
  foundedInvalid(): string;
  /** `calls` admit some legal forms only. */
  legalFormQuestion(calls: number): string;
  /** A legal form in the picker, with its Italian name. */
  legalFormChoice(form: LegalForm): string;
  /** "skip (I don't know)" for a fact question. */
  factSkip(): string;
  /**
   * Yes or no to a special status; `calls` ask about it, and `only` when each of them is only
   * for firms with it.
   */
  statusQuestion(status: SpecialStatus, calls: number, only: boolean): string;
  dontKnow(): string;
  resultsHeading(asOf: string): string;
  nextQuestion(): string;
  openDetails(): string;
  changeAnswers(): string;
  finish(): string;
  pickMeasure(): string;
  /**
   * No result: `criterion` (its name in this language) fails `measures` of the `judged` ones,
   * more than any other criterion.
   */
  whyNone(criterion: string, measures: number, judged: number): string;
  /** No result and no measure judged at all: the keywords or aid forms let none through. */
  whyNoneFiltered(keywords: boolean, aid: boolean): string;
  /** After no result: go through the questions again, every answer kept as its default. */
  changeProfile(): string;
  /** Beside a title two results share, in the picker: the id and the dates. */
  measureTag(id: string, opensOn: string | null, closesOn: string | null): string;
  saveQuestion(): string;
  profileNameQuestion(): string;
  profileNameInvalid(): string;
  replaceProfile(name: string): string;
  profileSaved(name: string): string;
  exportQuestion(): string;
  fileNameQuestion(): string;
  replaceFile(path: string): string;
  exported(count: number, path: string): string;
  /** The export choices: a CSV file or the deadlines as a calendar (no is `no()`). */
  exportExcel(): string;
  exportCsv(): string;
  exportCalendar(): string;
  /** `undated` results had no closing date and are not in the calendar. */
  exportedCalendar(events: number, undated: number, path: string): string;
  equivalentCommand(): string;
  cancelled(written: readonly string[]): string;
  needsTerminal(): string;
  needsTerminalHint(): string;
}

/** `fesr profile …`. */
export interface ProfileMessages {
  headingName(): string;
  headingSize(): string;
  headingAteco(): string;
  headingProvince(): string;
  staff(employees: number, turnover: string | null): string;
  field(
    key:
      | 'size'
      | 'employees'
      | 'turnover'
      | 'balanceSheet'
      | 'ateco'
      | 'province'
      | 'founded'
      | 'legalForm'
      | 'statuses'
      | 'text'
      | 'aid',
  ): string;
  none(): string;
  saved(name: string, path: string): string;
  /** `profile save --force` over a profile of that name. */
  replaced(name: string, path: string): string;
  deleted(name: string): string;
}

/** `fesr match FILE`: portfolio matching. */
export interface PortfolioMessages {
  headingFirm(): string;
  headingDeadline(): string;
  headingCount(): string;
  noDeadline(): string;
  skippedRow(file: string, line: number, reason: string): string;
  summary(firms: number, matches: number, skipped: number): string;
  /** Header names that match no firm field, quoted as in the file. */
  ignoredColumns(file: string, columns: readonly string[]): string;
  /** A second column for a field already read from an earlier one. */
  duplicateColumn(file: string, column: string, used: string): string;
  /**
   * The reasons for a profile field a row leaves empty, naming the file's columns to fill in
   * (`columns` empty: the file has none, so one is to be added); a match user has no flags.
   */
  /** Which of the file's columns to fill in for a missing fact, or which column to add. */
  columnHint(columns: readonly string[], fact: keyof FactHints): string;
  /** Rows whose figures cannot be read, in the file's terms rather than the flags'. */
  sizeConflict(size: string, derived: Size, columns: readonly string[]): string;
  figuresNeedEmployees(columns: readonly string[]): string;
  /** `line 12`: where a firm is in the file. */
  lineLabel(line: number): string;
  /** Above the summary table: how many firms were judged, how many rows skipped. */
  summaryHeading(firms: number, skipped: number): string;
  headingProfile(): string;
  /** The summed maximum aid of a firm's calls. */
  headingReachable(): string;
  /** What ✓, ? and the summed aid mean, under the summary. */
  summaryLegend(): string;
  withoutMatchesHeading(firms: number): string;
  skippedHeading(rows: number): string;
  /** Under a firm's heading: its calls, how many eligible and to verify. */
  firmCounts(calls: number, eligible: number, toVerify: number): string;
  headingCall(): string;
  totals(totals: PortfolioTotals): string;
  /**
   * Why a firm has no call: how many calls of the statuses asked for it was judged against, and
   * the criteria that ruled out most of them (criterion name, calls), most first.
   */
  noMatch(judged: number, cuts: readonly { name: string; calls: number }[]): string;
  /** The comune column names a municipality of another province than the province column. */
  municipalityContradicts(
    municipality: string,
    itsProvince: string,
    given: string,
    used: string,
  ): string;
  /** `--firm NAME` names no firm of the file (`near`: names that come close). */
  firmNotFound(name: string, file: string, near: readonly string[]): [string, string];
  /** `--firm NAME` names several firms. */
  firmAmbiguous(name: string, matches: readonly string[]): [string, string];
}

/** `fesr update`, `--new`/`--changed`, `fesr news` and the freshness line. */
export interface UpdateMessages {
  notModified(source: string, records: number): string;
  imported(
    source: string,
    r: {
      read: number;
      inserted: number;
      changed: number;
      withdrawn: number;
      returned: number;
      unchanged: number;
      skipped: number;
      seconds: number;
    },
  ): string;
  /** The first snapshot of a source: its calls are stored, not listed as news. */
  baseline(source: string, records: number): string;
  partial(source: string, partial: PartialSnapshot, read: number): string;
  changeKind(kind: ChangeKind): string;
  /** A long text field that changed (its values are not repeated). */
  textChanged(field: string): string;
  moreChanges(count: number): string;
  failed(source: string, failure: SourceFailure): string;
  /** After a failed source: what stays in use. */
  keptData(source: string): string;
  offline(asOf: string | null): string;
  failedSummary(failed: readonly string[], total: number): [message: string, hint: string];
  /** The line under a table or `fesr sources` when the data is old or only bundled. */
  freshness(notice: FreshnessNotice): string;
  headingAsOf(): string;
  /** How old each source's data is: "data: bundled 2026-12-01 (3 days ago), …". */
  dataLine(sources: readonly { source: string; asOf: string; days: number }[]): string;
  /** `--new` / `--changed` with no update recorded yet. */
  noUpdateYet(): string;
  /** `--new`/`--changed` when the last update was every source's first: a baseline. */
  baselineOnly(): string;
  /** `--new`/`--changed` with no result. */
  nothingChanged(): string;
  newsHeading(profile: string, count: number): string;
}

/** stats, sources and import. */
export interface AdminMessages {
  statsTitle(measures: number, total: string, asOf: string): string;
  headingStatus(): string;
  headingAidForm(): string;
  headingProgramme(): string;
  headingMeasures(): string;
  notStated(): string;
  statusName(status: Status): string;
  headingSource(): string;
  headingLastImport(): string;
  headingFile(): string;
  headingCounts(): string;
  importSummary(r: {
    file: string;
    recordsRead: number;
    inserted: number;
    updated: number;
    unchanged: number;
    skipped: number;
    seconds: number;
    format: string;
    source: string;
    dryRun: boolean;
  }): string;
  /** A JSON file's bare `NaN`/`Infinity` tokens (pandas), read as empty values. */
  nonFiniteRead(file: string, count: number): string;
  skippedRow(where: string, field: string, reason: string): string;
  /** Reasons for a bad value in this language; a code without an entry is said in English. */
  rowIssues: Partial<Record<IssueCode, (p: Record<string, string>) => string>>;
  recordNumber(n: number): string;
  rejectsWritten(count: number, file: string): string;
  /** The rejects file could not be written (`reason` says why); `saved`: the import committed. */
  rejectsNotWritten(reason: string, saved: boolean): string;
  importedBefore(files: readonly string[]): string;
  moreProblems(count: number): string;
}
