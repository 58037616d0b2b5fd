// The command registry: every command, flag and example in one place. Command bodies are loaded
// only when their command runs, so `fesr search` does not pay for the importers or the wizard.
import { Command, Option } from 'commander';
import type { CliContext, GlobalFlags } from './context.js';
import {
  addMeasureFilters,
  addOutputOptions,
  addProfileOptions,
  addSearchFilters,
  MATCH_FORMATS,
  parseAidForms,
  SEARCH_FORMATS,
} from './options.js';

export type ContextFactory = (flags: GlobalFlags) => CliContext;

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function createProgram(makeContext: ContextFactory, version: string): Command {
  const program = new Command('fesr')
    .description(
      'Find the PR FESR Lombardia 2021-2027 and national funding calls a company can apply to.',
    )
    .version(version, '-V, --version')
    .option(
      '--db <path>',
      'database file (default: $FESR_DB, else $XDG_DATA_HOME/fesr/fesr.sqlite)',
    )
    .option('--no-color', 'no colours, even on a terminal')
    .addOption(
      new Option(
        '--lang <lang>',
        'interface language (default from LC_ALL/LC_MESSAGES/LANG)',
      ).choices(['en', 'it']),
    )
    .option('--debug', 'print the stack trace of internal errors')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();

  /** Declares a command whose body lives in ./commands/<file>.js, loaded on first use. */
  const command = (name: string, file: string, exported: string, parent: Command = program) => {
    const cmd = parent.command(name);
    cmd.action(async (...args: unknown[]) => {
      const self = args[args.length - 1] as Command;
      const flags = self.opts();
      const ctx = makeContext(self.optsWithGlobals<GlobalFlags>());
      const module = (await import(`./commands/${file}.js`)) as Record<
        string,
        (...a: unknown[]) => Promise<void>
      >;
      const run = module[exported] as (...a: unknown[]) => Promise<void>;
      await run(...args.slice(0, -2), flags, ctx);
    });
    return cmd;
  };

  addSearchFilters(
    addOutputOptions(addProfileOptions(command('search', 'search', 'runSearch')), SEARCH_FORMATS),
  )
    .option('--new', 'only calls the last `fesr update` brought in')
    .option('--changed', 'only calls the last `fesr update` changed or withdrew, with the fields')
    .description('List the measures a company profile may apply to, soonest deadline first.')
    .addHelpText(
      'after',
      examples([
        'fesr search --province CR --size small --ateco 20.42',
        'fesr search --employees 20 --turnover 3M --province Cremona --ateco 20.42 --explain',
        'fesr search --province MI --fesr --status all --format json',
        'fesr search --province BS --size small --ateco 2007:25.62.00 --explain  # the ATECO 2007 meaning',
        'fesr search --province CR --size piccola --output risultati.csv --excel',
        'fesr search --new --changed --profile crema-cosmetics',
        'fesr search --profile crema-cosmetics --output scadenze.ics   # deadlines as a calendar',
      ]),
    );

  addOutputOptions(
    addProfileOptions(
      command('show', 'show', 'runShow').argument('<id>', 'measure id (see `fesr search`)'),
    ),
    ['table', 'json'],
  )
    .option('--as-of <date>', 'the day the status is computed for, YYYY-MM-DD')
    .description(
      'Show every stored field of one measure; with profile flags, the verdict on each criterion.',
    )
    .addHelpText(
      'after',
      examples([
        'fesr show transizione-digitale-2024',
        'fesr show brevetti-2023 --size small --ateco 20.42 --province CR',
      ]),
    );

  command('import', 'import', 'runImport')
    .argument('<files...>', 'files to import (- reads standard input)')
    .description(
      'Import calls from a fesr CSV, an incentivi.gov.it export or the Lombardy call registry.',
    )
    .option(
      '--format <format>',
      'force a format instead of detecting it (fesr-csv, incentivi, lombardia)',
    )
    .option('--source <name>', 'the source name of the imported records')
    .option('--strict', 'any bad row fails the whole import (database unchanged)')
    .option('--dry-run', 'validate and report, write nothing')
    .option(
      '--rejects <file>',
      'write every skipped row (line, field, reason) to this CSV (default beyond ten bad rows: FILE.rejects.csv beside the input)',
    )
    .option('--force', 'replace an existing --rejects file')
    .addHelpText(
      'after',
      examples([
        'fesr import opendata-incentivi.csv',
        'fesr import bandi.json --source lombardia --strict',
        'cat bandi.csv | fesr import -',
      ]),
    );

  command('update', 'update', 'runUpdateCommand')
    .argument('[sources...]', 'only these sources (incentivi, lombardia; default both)')
    .description(
      'Fetch the official open datasets (incentivi.gov.it, dati.lombardia.it) and import what changed.',
    )
    .option(
      '--url <source=url>',
      'fetch a source from another address (a mirror); repeatable; also $FESR_URL_INCENTIVI, $FESR_URL_LOMBARDIA',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--timeout <seconds>', 'give up on a connection silent this long (default 60)')
    .option(
      '--retries <n>',
      'tries after a 5xx answer or a network error, with backoff (default 3)',
    )
    .addHelpText(
      'after',
      `
Conditional requests: an unchanged source costs one round trip and imports nothing.
A source that fails (network, timeout, HTTP error, a cut-off or unexpected answer)
changes nothing in the database; the others still update; the exit code is 5.
Calls missing from a full download are marked withdrawn (kept; --status withdrawn).
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.
${examples([
  'fesr update',
  'fesr update lombardia',
  'fesr update --url incentivi=https://mirror.example/incentivi.json',
  'fesr search --new --province CR',
])}`,
    );

  addOutputOptions(command('news', 'news', 'runNews'), ['table', 'json'])
    .description('Per saved profile, the matching calls new or changed since its last `fesr news`.')
    .option(
      '--profile <name>',
      'only this saved profile; repeatable (default: every saved profile)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .addHelpText(
      'after',
      `
Prints nothing and exits 0 when there is nothing new, so a cron job mails only news:
  fesr update && fesr news
${examples(['fesr update && fesr news', 'fesr news --profile crema-cosmetics --format json'])}`,
    );

  addOutputOptions(command('stats', 'stats', 'runStats'), ['table', 'json'])
    .option('--as-of <date>', 'the day statuses are computed for, YYYY-MM-DD')
    .description('Measures by status, aid form and programme, with the EUR totals.')
    .addHelpText('after', examples(['fesr stats', 'fesr stats --format json']));

  addOutputOptions(command('sources', 'sources', 'runSources'), ['table', 'json'])
    .description('Each source with its record count, last import time and file.')
    .addHelpText('after', examples(['fesr sources']));

  command('wizard', 'wizard', 'runWizardCommand')
    .description(
      'Answer a few questions (size, sector, province) and see the calls the company may apply to.',
    )
    .option('--as-of <date>', 'the day statuses are computed for, YYYY-MM-DD (default today)')
    .option('--profile <name>', "start from a saved profile: its answers are each step's default")
    .addHelpText(
      'after',
      '\nNeeds an interactive terminal; in scripts use `fesr search` with the flags the wizard prints.\n' +
        examples(['fesr wizard', 'fesr --lang it wizard', 'fesr wizard --profile crema-cosmetics']),
    );

  const profile = program
    .command('profile')
    .description('Saved company profiles, for `fesr search --profile NAME` and `fesr show`.')
    .addHelpText(
      'after',
      examples([
        'fesr profile save crema-cosmetics --employees 20 --turnover 3M --ateco 20.42 --province CR',
        'fesr profile list',
        'fesr search --profile crema-cosmetics --status all',
      ]),
    );
  addOutputOptions(command('list', 'profile', 'runProfileList', profile), ['table', 'json'])
    .description('List the saved profiles.')
    .addHelpText('after', examples(['fesr profile list', 'fesr profile list --format json']));
  addOutputOptions(command('show', 'profile', 'runProfileShow', profile), ['table', 'json'])
    .argument('<name>', 'profile name')
    .description('Show one saved profile and its equivalent `fesr search` flags.')
    .addHelpText('after', examples(['fesr profile show crema-cosmetics']));
  addProfileOptions(command('save', 'profile', 'runProfileSave', profile), { withProfile: false })
    .argument('<name>', 'profile name: letters, digits, - and _')
    .option('--text <query>', 'keywords to search for with this profile')
    .option('--aid <list>', 'aid forms to keep, comma-separated', parseAidForms)
    .option('--force', 'replace an existing profile of that name')
    .description('Save a profile from profile flags (validated like a search).')
    .addHelpText(
      'after',
      examples([
        'fesr profile save crema-cosmetics --employees 20 --turnover 3M --ateco 20.42 --province CR',
        'fesr profile save cliente-rossi --size piccola --ateco 62.01 --province MI --force',
      ]),
    );
  command('delete', 'profile', 'runProfileDelete', profile)
    .argument('<name>', 'profile name')
    .description('Delete a saved profile.')
    .addHelpText('after', examples(['fesr profile delete crema-cosmetics']));

  command('rebuild', 'rebuild', 'runRebuild')
    .description('Move a damaged database aside and create a fresh one from the bundled data.')
    .option('--force', 'move the file aside even if it does not look like a fesr database')
    .addHelpText(
      'after',
      `
The damaged file is renamed <db>.damaged-<time>, never deleted. The new store holds
the bundled data; the sources the old one held beyond it are listed with the
commands that bring them back (fesr update, fesr import), as far as its log reads.
${examples(['fesr rebuild', 'fesr rebuild && fesr update', 'fesr --db ./clienti.sqlite rebuild'])}`,
    );

  addMeasureFilters(addOutputOptions(command('match', 'match', 'runMatch'), MATCH_FORMATS))
    .argument('<file>', 'CSV of firms (- reads standard input)')
    .option('--firm <name>', 'only this client: its name, or a part of it that names one firm')
    .description('Portfolio matching: every firm of a CSV against the measures it may apply to.')
    .addHelpText(
      'after',
      `
Input: a CSV (",", ";" or tab; UTF-8 or Windows-1252) with a header row.
Columns, Italian or English; case, accents, punctuation and a trailing year or
currency do not count ("Fatturato 2024 (€)" is fatturato). The main names:
  name | ragione sociale | denominazione
                                    the firm (required)
  size | dimensione                 micro, small, medium, large (or piccola...)
  employees | dipendenti | n. dipendenti | addetti | ula
                                    headcount in annual work units (e.g. 12.5)
  turnover | fatturato | fatturato annuo | ricavi | ricavi delle vendite
                                    EUR
  balance sheet | totale attivo | attivo | totale di bilancio
                                    EUR
  ateco | codice ateco | cod. ateco
                                    codes split by ";", "," or spaces (20,42
                                    with a decimal comma is 20.42; 2007:25.62
                                    forces ATECO 2007, as does a header
                                    "Codice ATECO 2007" for its column)
  province | provincia | prov. | sigla provincia
                                    sigla, name or a municipality (Crema: CR)
  comune | municipality             leads to its province when none is given
Every name is listed in README.md; other columns are named on stderr, not read.
Output: one row per firm and measure (firm, measure, status, deadline, max aid,
reasons), then the count per firm. JSON: {"firms": [{"name", "line", "count",
"matches": [...]}], "skipped": [...]}. Rows that cannot be read are reported on
stderr with their line and skipped.
${examples(['fesr match clienti.csv', 'fesr match clienti.csv --fesr --output matches.csv'])}`,
    );

  return program;
}
