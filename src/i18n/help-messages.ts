// The shape of a help catalogue: every word `fesr --help` shows, for every command, including
// the words commander itself prints. The examples' command lines are not here: they are the same
// in every language and live beside the commands in src/cli/program.ts.
import type { SpecialStatus } from '../core/types.js';

/** The commands the top-level help starts with, one example each. */
export type StartCommand = 'search' | 'wizard' | 'match' | 'show' | 'update';

/** A paragraph of free text under a command's options; wrapped to the help width. */
export type Paragraphs = readonly string[];

export interface HelpMessages {
  /** Commander's headings, keyed by the English heading commander passes to its formatter. */
  titles: Record<string, string>;
  examples: string;
  /** The placeholders of commander's usage line, `fesr [options] [command]`. */
  usageOptions: string;
  usageCommand: string;
  /** The extra words after an option: `(choices: "a", "b", default: "x")`. */
  choices: string;
  defaultValue: string;
  help: string;
  version: string;
  addHelp: string;
  /** The word that marks a value flag as repeatable (a flag without it may be given once). */
  repeatable: string;
  program: {
    description: string;
    db: string;
    noColor: string;
    lang: string;
    debug: string;
    startHere: string;
    start: Record<StartCommand, string>;
    moreHelp: string;
  };
  /** The option groups of src/cli/options.ts. */
  options: {
    size: string;
    employees: string;
    turnover: string;
    balanceSheet: string;
    ateco: string;
    province: string;
    founded: string;
    legalForm: string;
    status: Record<SpecialStatus, string>;
    notStatus: (status: string) => string;
    profile: string;
    format: string;
    formatCalendar: string;
    output: (extensions: readonly string[]) => string;
    force: string;
    excel: string;
    statuses: string;
    asOfRome: string;
    aid: string;
    source: string;
    fesr: string;
    text: string;
    sort: string;
    limit: string;
    explain: string;
  };
  commands: {
    search: {
      description: string;
      new: string;
      changed: string;
      ateco2007: string;
      calendar: string;
    };
    show: { description: string; id: string; asOf: string };
    import: {
      description: string;
      files: string;
      format: string;
      source: string;
      strict: string;
      dryRun: string;
      rejects: string;
      force: string;
    };
    update: {
      description: string;
      sources: string;
      url: string;
      timeout: string;
      retries: string;
      after: Paragraphs;
    };
    news: { description: string; profile: string; after: Paragraphs };
    stats: { description: string; asOf: string };
    sources: { description: string };
    wizard: { description: string; asOf: string; profile: string; after: Paragraphs };
    profile: {
      description: string;
      name: string;
      list: string;
      show: string;
      save: string;
      saveName: string;
      text: string;
      aid: string;
      force: string;
      delete: string;
    };
    rebuild: { description: string; force: string; after: Paragraphs };
    match: {
      description: string;
      file: string;
      firm: string;
      input: Paragraphs;
      /** What each column of the firms CSV holds, by its English name. */
      columns: Record<MatchColumn, string>;
      output: Paragraphs;
    };
    completion: {
      description: string;
      shell: string;
      after: Paragraphs;
      setup: Record<'bash' | 'zsh' | 'fish', string>;
    };
    complete: { description: string; what: string; prefix: string };
  };
}

export type MatchColumn =
  'name' | 'size' | 'employees' | 'turnover' | 'balance sheet' | 'ateco' | 'province' | 'comune';
