// The command registry: every command, flag and example in one place. Command bodies are loaded
// only when their command runs, so `fesr search` does not pay for the importers or the wizard.
import { Argument, Command, CommanderError, Option } from 'commander';
import { helpFor, type Lang } from '../i18n/index.js';
import type { CliContext, GlobalFlags } from './context.js';
import { examples, installHelp, paragraphs, setStartHere, wrap, HELP_WIDTH } from './help.js';
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

/**
 * The columns of the firms CSV shown in `fesr match --help`, each with its main header names (the
 * full list is in README.md and src/cli/input-reading.ts).
 */
const MATCH_COLUMNS = [
  ['name', 'name | ragione sociale | denominazione'],
  ['size', 'size | dimensione'],
  ['employees', 'employees | dipendenti | n. dipendenti | addetti | ula'],
  ['turnover', 'turnover | fatturato | fatturato annuo | ricavi | ricavi delle vendite'],
  ['balance sheet', 'balance sheet | totale attivo | attivo | totale di bilancio'],
  ['ateco', 'ateco | codice ateco | cod. ateco'],
  ['province', 'province | provincia | prov. | sigla provincia'],
  ['comune', 'comune | municipality'],
] as const;

/** The shells `fesr completion` writes a script for, and the line that sets each up. */
export const COMPLETION_SETUP = {
  bash: 'eval "$(fesr completion bash)"',
  zsh: 'eval "$(fesr completion zsh)"',
  fish: 'fesr completion fish > ~/.config/fish/completions/fesr.fish',
} as const;

export function createProgram(
  makeContext: ContextFactory,
  version: string,
  lang: Lang = 'en',
): Command {
  const h = helpFor(lang);
  const c = h.commands;
  const program = installHelp(new Command('fesr'), h)
    .description(h.program.description)
    .version(version, '-v, --version', h.version)
    // -V was the version flag before -v: kept, unlisted.
    .addOption(new Option('-V').hideHelp())
    .option('--db <path>', h.program.db)
    .option('--no-color', h.program.noColor)
    .addOption(new Option('--lang <lang>', h.program.lang).choices(['en', 'it']))
    .option('--debug', h.program.debug)
    .exitOverride();
  program.on('option:V', () => {
    process.stdout.write(`${version}\n`);
    throw new CommanderError(0, 'commander.version', version);
  });
  setStartHere(program, h, [
    ['search', 'fesr search --province CR --size small --ateco 20.42'],
    ['wizard', 'fesr wizard'],
    ['match', 'fesr match clienti.csv --output clienti.xlsx'],
    ['show', 'fesr show transizione-digitale-2024 --profile crema-cosmetics'],
    ['update', 'fesr update'],
  ]);

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
    .option('--new', c.search.new)
    .option('--changed', c.search.changed)
    .description(c.search.description)
    .addHelpText(
      'after',
      examples(h, [
        'fesr search --province CR --size small --ateco 20.42',
        'fesr search --employees 20 --turnover 3M --province Cremona --ateco 20.42 --explain',
        'fesr search --province MI --fesr --status all --format json',
        [
          'fesr search --province BS --size small --ateco 2007:25.62.00 --explain',
          c.search.ateco2007,
        ],
        'fesr search --province CR --size piccola --output risultati.csv --excel',
        'fesr search --new --changed --profile crema-cosmetics',
        ['fesr search --profile crema-cosmetics --output scadenze.ics', c.search.calendar],
      ]),
    );

  addOutputOptions(
    addProfileOptions(command('show', 'show', 'runShow').argument('<id>', c.show.id)),
    ['table', 'json'],
  )
    .option('--as-of <date>', c.show.asOf)
    .description(c.show.description)
    .addHelpText(
      'after',
      examples(h, [
        'fesr show transizione-digitale-2024',
        'fesr show brevetti-2023 --size small --ateco 20.42 --province CR',
      ]),
    );

  command('import', 'import', 'runImport')
    .argument('<files...>', c.import.files)
    .description(c.import.description)
    .option('--format <format>', c.import.format)
    .option('--source <name>', c.import.source)
    .option('--strict', c.import.strict)
    .option('--dry-run', c.import.dryRun)
    .option('--rejects <file>', c.import.rejects)
    .option('--force', c.import.force)
    .addHelpText(
      'after',
      examples(h, [
        'fesr import opendata-incentivi.csv',
        'fesr import bandi.json --source lombardia --strict',
        'cat bandi.csv | fesr import -',
      ]),
    );

  command('update', 'update', 'runUpdateCommand')
    .argument('[sources...]', c.update.sources)
    .description(c.update.description)
    .option('--url <source=url>', c.update.url, (value: string, previous: string[] = []) => [
      ...previous,
      value,
    ])
    .option('--timeout <seconds>', c.update.timeout)
    .option('--retries <n>', c.update.retries)
    .addHelpText(
      'after',
      `\n${paragraphs(c.update.after)}\n${examples(h, [
        'fesr update',
        'fesr update lombardia',
        'fesr update --url incentivi=https://mirror.example/incentivi.json',
        'fesr search --new --province CR',
      ])}`,
    );

  addOutputOptions(command('news', 'news', 'runNews'), ['table', 'json'])
    .description(c.news.description)
    .option('--profile <name>', c.news.profile, (value: string, previous: string[] = []) => [
      ...previous,
      value,
    ])
    .addHelpText(
      'after',
      `\n${paragraphs(c.news.after)}\n${examples(h, [
        'fesr update && fesr news',
        'fesr news --profile crema-cosmetics --format json',
      ])}`,
    );

  addOutputOptions(command('stats', 'stats', 'runStats'), ['table', 'json'])
    .option('--as-of <date>', c.stats.asOf)
    .description(c.stats.description)
    .addHelpText('after', examples(h, ['fesr stats', 'fesr stats --format json']));

  addOutputOptions(command('sources', 'sources', 'runSources'), ['table', 'json'])
    .description(c.sources.description)
    .addHelpText('after', examples(h, ['fesr sources']));

  command('wizard', 'wizard', 'runWizardCommand')
    .description(c.wizard.description)
    .option('--as-of <date>', c.wizard.asOf)
    .option('--profile <name>', c.wizard.profile)
    .addHelpText(
      'after',
      `\n${paragraphs(c.wizard.after)}\n${examples(h, [
        'fesr wizard',
        'fesr --lang it wizard',
        'fesr wizard --profile crema-cosmetics',
      ])}`,
    );

  const profile = program
    .command('profile')
    .description(c.profile.description)
    .addHelpText(
      'after',
      examples(h, [
        'fesr profile save crema-cosmetics --employees 20 --turnover 3M --ateco 20.42 --province CR',
        'fesr profile list',
        'fesr search --profile crema-cosmetics --status all',
      ]),
    );
  addOutputOptions(command('list', 'profile', 'runProfileList', profile), ['table', 'json'])
    .description(c.profile.list)
    .addHelpText('after', examples(h, ['fesr profile list', 'fesr profile list --format json']));
  addOutputOptions(command('show', 'profile', 'runProfileShow', profile), ['table', 'json'])
    .argument('<name>', c.profile.name)
    .description(c.profile.show)
    .addHelpText('after', examples(h, ['fesr profile show crema-cosmetics']));
  addProfileOptions(command('save', 'profile', 'runProfileSave', profile), { withProfile: false })
    .argument('<name>', c.profile.saveName)
    .option('--text <query>', c.profile.text)
    .option('--aid <list>', c.profile.aid, parseAidForms)
    .option('--force', c.profile.force)
    .description(c.profile.save)
    .addHelpText(
      'after',
      examples(h, [
        'fesr profile save crema-cosmetics --employees 20 --turnover 3M --ateco 20.42 --province CR',
        'fesr profile save cliente-rossi --size piccola --ateco 62.01 --province MI --force',
      ]),
    );
  command('delete', 'profile', 'runProfileDelete', profile)
    .argument('<name>', c.profile.name)
    .description(c.profile.delete)
    .addHelpText('after', examples(h, ['fesr profile delete crema-cosmetics']));

  command('rebuild', 'rebuild', 'runRebuild')
    .description(c.rebuild.description)
    .option('--force', c.rebuild.force)
    .addHelpText(
      'after',
      `\n${paragraphs(c.rebuild.after)}\n${examples(h, [
        'fesr rebuild',
        'fesr rebuild && fesr update',
        'fesr --db ./clienti.sqlite rebuild',
      ])}`,
    );

  const columns = MATCH_COLUMNS.flatMap(([key, names]) => [
    ...wrap(names, HELP_WIDTH - 2, 2).map((l) => `  ${l}`),
    ...wrap(c.match.columns[key], HELP_WIDTH - 6).map((l) => `      ${l}`),
  ]).join('\n');
  addMeasureFilters(addOutputOptions(command('match', 'match', 'runMatch'), MATCH_FORMATS))
    .argument('<file>', c.match.file)
    .option('--firm <name>', c.match.firm)
    .description(c.match.description)
    .addHelpText(
      'after',
      `\n${paragraphs(c.match.input)}\n${columns}\n${paragraphs(c.match.output)}\n${examples(h, [
        'fesr match clienti.csv',
        'fesr match clienti.csv --fesr --output matches.csv',
        'fesr match clienti.csv --output clienti.xlsx',
        'fesr match clienti.csv --firm "Cosmetica Cremasca"',
      ])}`,
    );

  command('completion', 'completion', 'runCompletion')
    .addArgument(new Argument('<shell>', c.completion.shell).choices(Object.keys(COMPLETION_SETUP)))
    .description(c.completion.description)
    .addHelpText(
      'after',
      `\n${paragraphs(c.completion.after)}\n${Object.entries(COMPLETION_SETUP)
        .map(
          ([shell, line]) =>
            `  ${c.completion.setup[shell as keyof typeof COMPLETION_SETUP]}\n    ${line}`,
        )
        .join('\n')}\n${examples(h, ['fesr completion bash', 'fesr completion fish'])}`,
    );

  // What the completion scripts ask for as the user types; not for people, so not listed. It
  // has no context (whose making can fail aloud): it must print nothing but values.
  program
    .command('__complete', { hidden: true })
    .argument('[what]', c.complete.what)
    .argument('[prefix]', c.complete.prefix)
    .description(c.complete.description)
    .addHelpText('after', examples(h, ['fesr __complete profiles cr', 'fesr __complete ids bre']))
    .action(async (what = '', prefix = '', _flags: unknown, self: Command) => {
      const { runComplete } = await import('./commands/completion.js');
      runComplete(what, prefix, self.optsWithGlobals<GlobalFlags>());
    });

  return program;
}
