// The command registry: every command, flag and example in one place. Command bodies are loaded
// only when their command runs, so `fesr search` does not pay for the importers or the wizard.
import { Command, Option } from 'commander';
import type { CliContext, GlobalFlags } from './context.js';
import { addOutputOptions, addProfileOptions, addSearchFilters } from './options.js';

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
  const command = (name: string, file: string, exported: string) => {
    const cmd = program.command(name);
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

  addSearchFilters(addOutputOptions(addProfileOptions(command('search', 'search', 'runSearch'))))
    .description('List the measures a company profile may apply to, soonest deadline first.')
    .addHelpText(
      'after',
      examples([
        'fesr search --province CR --size small --ateco 20.42',
        'fesr search --employees 20 --turnover 3M --province Cremona --ateco 20.42 --explain',
        'fesr search --province MI --fesr --status all --format json',
        'fesr search --province CR --size piccola --output risultati.csv --excel',
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
    .option('--rejects <file>', 'write every skipped row (line, field, reason) to this CSV')
    .addHelpText(
      'after',
      examples([
        'fesr import opendata-incentivi.csv',
        'fesr import bandi.json --source lombardia --strict',
        'cat bandi.csv | fesr import -',
      ]),
    );

  addOutputOptions(command('stats', 'stats', 'runStats'), ['table', 'json'])
    .option('--as-of <date>', 'the day statuses are computed for, YYYY-MM-DD')
    .description('Measures by status, aid form and programme, with the EUR totals.')
    .addHelpText('after', examples(['fesr stats', 'fesr stats --format json']));

  addOutputOptions(command('sources', 'sources', 'runSources'), ['table', 'json'])
    .description('Each source with its record count, last import time and file.')
    .addHelpText('after', examples(['fesr sources']));

  return program;
}
