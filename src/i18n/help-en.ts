// The help in English: what `fesr --help` and every `fesr COMMAND --help` say.
import type { HelpMessages } from './help-messages.js';

export const helpEn: HelpMessages = {
  titles: {
    'Usage:': 'Usage:',
    'Arguments:': 'Arguments:',
    'Options:': 'Options:',
    'Global Options:': 'Global Options:',
    'Commands:': 'Commands:',
  },
  examples: 'Examples:',
  usageOptions: '[options]',
  usageCommand: '[command]',
  choices: 'choices',
  defaultValue: 'default',
  help: 'display help for command',
  version: 'output the version number',
  addHelp: '(add --help for usage)',
  repeatable: 'repeatable',
  program: {
    description:
      'Find the PR FESR Lombardia 2021-2027 and national funding calls a company can apply to.',
    db: 'database file (default: $FESR_DB, else $XDG_DATA_HOME/fesr/fesr.sqlite)',
    noColor: 'no colours, even on a terminal',
    lang: 'interface language (default from LC_ALL/LC_MESSAGES/LANG)',
    debug: 'print the stack trace of internal errors',
    startHere: 'Start here:',
    start: {
      search: 'the calls a company may apply to, from its size, sector and province',
      wizard: 'the same, answering a few questions',
      match: 'every firm of a client list (CSV) at once',
      show: 'one call in full, with the verdict on each criterion',
      update: 'fetch the latest calls from the official open data',
    },
    moreHelp: 'fesr COMMAND --help shows every flag and more examples.',
  },
  options: {
    size: 'micro, small, medium or large (Italian: micro, piccola, media, grande)',
    employees: 'headcount in annual work units, e.g. 20 or 12.5: derives the EU size class',
    turnover: 'annual turnover in EUR',
    balanceSheet: 'balance-sheet total in EUR',
    ateco:
      'ATECO 2007 or 2025 code, e.g. 20.42 (20,42 reads as 20.42; repeatable); 2007:CODE or 2025:CODE forces the version, else a code of both with other meanings reads as 2025',
    province:
      'province sigla or name (CR, Cremona), a municipality (Crema), a region (Lombardia) or a comma list (CR,MI,LO); repeatable: a call passes when it is open to at least one',
    founded: 'when the firm was founded: YYYY or YYYY-MM',
    legalForm:
      'srl, spa, sapa, snc, sas, cooperative, sole-trader, consortium, … (Italian names too)',
    status: {
      'innovative-startup': 'registered innovative start-up (--no-… to say it is not)',
      'innovative-sme': 'registered innovative SME (--no-…: not one)',
      'women-led': 'women-led firm (impresa femminile; --no-…: not one)',
      'youth-led': 'youth-led firm (impresa giovanile; --no-…: not one)',
      'non-profit': 'non-profit body (--no-…: not one)',
    },
    notStatus: (status) => `the firm is not one (calls for ${status} firms fail)`,
    profile: 'load a saved profile; flags override its fields',
    format: 'output format',
    formatCalendar: 'output format (ics: the deadlines as a calendar)',
    output: (extensions) =>
      `write to a file; ${extensions.join(', ')} ${extensions.length === 1 ? 'gives' : 'give'} the format unless --format (another name needs --format)`,
    force: 'replace an existing --output file',
    excel: 'CSV for Excel in an Italian locale: BOM, ";" and decimal comma',
    statuses:
      'open, upcoming, closed, unknown, withdrawn or all, comma-separated (default open,upcoming)',
    asOfRome: 'the day statuses are computed for, YYYY-MM-DD (default today in Europe/Rome)',
    aid: 'grant, loan, guarantee, equity, other, comma-separated',
    source: 'only measures from this source (bundled, incentivi, lombardia, …)',
    fesr: 'only measures funded by the PR FESR 2021-2027',
    text: 'full text over title and description (words ANDed, "a phrase", OR)',
    sort: 'sort order',
    limit: 'at most N measures',
    explain: 'also list the measures the profile fails, with the reasons',
  },
  commands: {
    search: {
      description: 'List the measures a company profile may apply to, soonest deadline first.',
      new: 'only calls the last `fesr update` brought in',
      changed: 'only calls the last `fesr update` changed or withdrew, with the fields',
      ateco2007: 'the ATECO 2007 meaning',
      calendar: 'deadlines as a calendar',
    },
    show: {
      description:
        'Show every stored field of one measure; with profile flags, the verdict on each criterion.',
      id: 'measure id (see `fesr search`)',
      asOf: 'the day the status is computed for, YYYY-MM-DD',
    },
    import: {
      description:
        'Import calls from a fesr CSV, an incentivi.gov.it export or the Lombardy call registry.',
      files: 'files to import (- reads standard input)',
      format: 'force a format instead of detecting it (fesr-csv, incentivi, lombardia)',
      source: 'the source name of the imported records',
      strict: 'any bad row fails the whole import (database unchanged)',
      dryRun: 'validate and report, write nothing',
      rejects:
        'write every skipped row (line, field, reason) to this CSV (default beyond ten bad rows: FILE.rejects.csv beside the input)',
      force: 'replace an existing --rejects file',
    },
    update: {
      description:
        'Fetch the official open datasets (incentivi.gov.it, dati.lombardia.it) and import what changed.',
      sources: 'only these sources (incentivi, lombardia; default both)',
      url: 'fetch a source from another address (a mirror); repeatable; also $FESR_URL_INCENTIVI, $FESR_URL_LOMBARDIA',
      timeout: 'give up on a connection silent this long (default 60)',
      retries: 'tries after a 5xx answer or a network error, with backoff (default 3)',
      after: [
        'Conditional requests: an unchanged source costs one round trip and imports nothing.',
        'A source that fails (network, timeout, HTTP error, a cut-off or unexpected answer) changes nothing in the database; the others still update; the exit code is 5.',
        'Calls missing from a full download are marked withdrawn (kept; --status withdrawn).',
        'Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.',
      ],
    },
    news: {
      description:
        'Per saved profile, the matching calls new or changed since its last `fesr news`.',
      profile: 'only this saved profile; repeatable (default: every saved profile)',
      after: [
        'Prints nothing and exits 0 when there is nothing new, so a cron job mails only news: fesr update && fesr news',
      ],
    },
    stats: {
      description: 'Measures by status, aid form and programme, with the EUR totals.',
      asOf: 'the day statuses are computed for, YYYY-MM-DD',
    },
    sources: { description: 'Each source with its record count, last import time and file.' },
    wizard: {
      description:
        'Answer a few questions (size, sector, province) and see the calls the company may apply to.',
      asOf: 'the day statuses are computed for, YYYY-MM-DD (default today)',
      profile: "start from a saved profile: its answers are each step's default",
      after: [
        'Needs an interactive terminal; in scripts use `fesr search` with the flags the wizard prints.',
      ],
    },
    profile: {
      description: 'Saved company profiles, for `fesr search --profile NAME` and `fesr show`.',
      name: 'profile name',
      list: 'List the saved profiles.',
      show: 'Show one saved profile and its equivalent `fesr search` flags.',
      save: 'Save a profile from profile flags (validated like a search).',
      saveName: 'profile name: letters, digits, - and _',
      text: 'keywords to search for with this profile',
      aid: 'aid forms to keep, comma-separated',
      force: 'replace an existing profile of that name',
      delete: 'Delete a saved profile.',
    },
    rebuild: {
      description: 'Move a damaged database aside and create a fresh one from the bundled data.',
      force: 'move the file aside even if it does not look like a fesr database',
      after: [
        'The damaged file is renamed <db>.damaged-<time>, never deleted. The new store holds the bundled data; the sources the old one held beyond it are listed with the commands that bring them back (fesr update, fesr import), as far as its log reads.',
      ],
    },
    match: {
      description: 'Portfolio matching: every firm of a CSV against the measures it may apply to.',
      file: 'CSV of firms (- reads standard input)',
      firm: 'only this client: its name, or a part of it that names one firm',
      input: [
        'Input: a CSV (",", ";" or tab; UTF-8 or Windows-1252) with a header row.',
        'Columns, Italian or English; case, accents, punctuation and a trailing year or currency do not count ("Fatturato 2024 (€)" is fatturato). The main names:',
      ],
      columns: {
        name: 'the firm (required)',
        size: 'micro, small, medium, large (or piccola...)',
        employees: 'headcount in annual work units (e.g. 12.5)',
        turnover: 'EUR',
        'balance sheet': 'EUR',
        ateco:
          'codes split by ";", "," or spaces (20,42 with a decimal comma is 20.42; 2007:25.62 forces ATECO 2007, as does a header "Codice ATECO 2007" for its column)',
        province: 'sigla, name or a municipality (Crema: CR)',
        comune: 'leads to its province when none is given',
      },
      output: [
        'Every name is listed in README.md; other columns are named on stderr, not read.',
        'Cells holding n.d., -, / or nothing are "not given". A comune in another province than the province column is a warning naming both.',
        'Output: a summary per firm (province and size, ATECO, eligible, to verify, the summed max aid, the nearest deadline), the firms without a match with the criteria that ruled calls out, the rows not read with their reason, then each firm\'s calls under its name, and the totals. xlsx: a workbook with a Summary and a Detail sheet. CSV: a row per firm and call, one per firm without a match and per row not read (reason in "note"). JSON: {"firms": [{"name", "line", "province", "size", "ateco", "count", "eligible", "toVerify", "reachableEur", "nearestDeadline", "note", "matches": [...]}], "skipped": [...], "totals": {...}}.',
      ],
    },
    completion: {
      description: 'Print a shell completion script for bash, zsh or fish.',
      shell: 'the shell: bash, zsh or fish',
      after: [
        'The script completes commands, flags and the values with a closed set (sizes, statuses, aid forms, formats, provinces); saved profile names and measure ids come from the store as you type. Set it up once:',
      ],
      setup: {
        bash: 'bash: add to ~/.bashrc',
        zsh: 'zsh: add to ~/.zshrc',
        fish: 'fish: write it once to the completions directory',
      },
    },
    complete: {
      description: 'Values for the completion scripts: saved profile names or measure ids.',
      what: 'profiles or ids',
      prefix: 'only values starting with this',
    },
  },
};
