// The help screens in the user's language and within 80 columns: commander's own words (headings,
// "display help for command", the choices and defaults after an option) come from the help
// catalogue, and the text under the options (examples, notes) is wrapped here.
import { Help, type Command, type Option, type Argument } from 'commander';
import type { HelpMessages } from '../i18n/index.js';

/** No help line is wider than this, whatever the terminal (a narrower one narrows it). */
export const HELP_WIDTH = 80;

/** A command line shown as an example, with an optional note in words. */
export type Example = string | readonly [command: string, note: string];

const catalogues = new WeakMap<Command, HelpMessages>();

/** The help catalogue of the program a command belongs to. */
export function helpOf(cmd: Command): HelpMessages {
  let root = cmd;
  while (root.parent) root = root.parent;
  const h = catalogues.get(root);
  if (!h) throw new Error('the program has no help catalogue: call installHelp first');
  return h;
}

/** The extras commander adds after a description, in the catalogue's words. */
function withExtras(
  h: HelpMessages,
  description: string,
  choices: readonly string[] | undefined,
  defaultValue: string | undefined,
): string {
  const extras = [
    ...(choices ? [`${h.choices}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`] : []),
    ...(defaultValue === undefined ? [] : [`${h.defaultValue}: ${defaultValue}`]),
  ];
  return extras.length ? `${description} (${extras.join(', ')})`.trim() : description;
}

/** commander's `[options]` and `[command]` in the catalogue's words. */
function placeholders(h: HelpMessages, usage: string): string {
  return usage
    .split(' ')
    .map((w) => (w === '[options]' ? h.usageOptions : w === '[command]' ? h.usageCommand : w))
    .join(' ');
}

/**
 * Makes `program` speak the catalogue's language. Call it before any command is declared:
 * commander copies the help configuration, help flag and help command into each new command.
 */
export function installHelp(program: Command, h: HelpMessages): Command {
  catalogues.set(program, h);
  const startBlock = (cmd: Command) => (cmd.parent ? '' : startHere(cmd));
  program
    .configureHelp({
      prepareContext(this: Help, context: { helpWidth?: number }) {
        this.helpWidth = Math.min(context.helpWidth ?? HELP_WIDTH, HELP_WIDTH);
      },
      styleTitle: (title: string) => h.titles[title] ?? title,
      commandUsage(this: Help, cmd: Command) {
        return placeholders(h, Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd: Command) {
        return placeholders(h, Help.prototype.subcommandTerm.call(this, cmd));
      },
      optionDescription(this: Help, option: Option) {
        const shown =
          option.defaultValue !== undefined && (option.required || option.optional)
            ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue))
            : undefined;
        return withExtras(h, option.description, option.argChoices, shown);
      },
      argumentDescription(this: Help, argument: Argument) {
        const shown =
          argument.defaultValue === undefined
            ? undefined
            : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue));
        return withExtras(h, argument.description, argument.argChoices, shown);
      },
      formatHelp(this: Help, cmd: Command, helper: Help) {
        const text = Help.prototype.formatHelp.call(this, cmd, helper);
        const block = startBlock(cmd);
        if (!block) return text;
        // The commands to start with come right after the description, before the flags.
        const at = text.indexOf(`\n${helper.styleTitle('Options:')}\n`);
        return at === -1 ? text + block : `${text.slice(0, at + 1)}${block}\n${text.slice(at + 1)}`;
      },
    })
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.help)
    .showHelpAfterError(h.addHelp);
  return program;
}

const startCommands = new WeakMap<Command, string>();

/** The top-level help's first block: the commands people start with, an example each. */
export function setStartHere(
  program: Command,
  h: HelpMessages,
  entries: readonly (readonly [name: keyof HelpMessages['program']['start'], example: string])[],
): void {
  const lines = entries.flatMap(([name, example]) => [
    ...wrap(h.program.start[name], HELP_WIDTH - 10).map(
      (l, i) => `  ${(i ? '' : name).padEnd(8)}${l}`,
    ),
    ...exampleLines(example, 6),
  ]);
  startCommands.set(
    program,
    [h.program.startHere, ...lines, '', h.program.moreHelp, ''].join('\n'),
  );
}

function startHere(program: Command): string {
  return startCommands.get(program) ?? '';
}

/** Words wrapped to `width`; lines after the first are indented by `hang` spaces. */
export function wrap(text: string, width: number, hang = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const indent = lines.length ? ' '.repeat(hang) : '';
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || !lines.length) lines.push((lines.length ? ' '.repeat(hang) : '') + line);
  return lines;
}

/** Paragraphs of text under the options, each wrapped to the help width. */
export function paragraphs(texts: readonly string[], indent = 0): string {
  const pad = ' '.repeat(indent);
  return texts
    .flatMap((t) => wrap(t, HELP_WIDTH - indent))
    .map((l) => pad + l)
    .join('\n');
}

/**
 * One example as shell lines: `$ fesr …`, a long one split at spaces with ` \` so it can still be
 * pasted, and its note on the line before as a shell comment.
 */
function exampleLines(example: Example, indent = 2): string[] {
  const [command, note] = typeof example === 'string' ? [example, null] : example;
  const pad = ' '.repeat(indent);
  // A flag and its value stay on one line: `--ateco \\n 20.42` would read as two things.
  const words: string[] = [];
  for (const word of command.split(' ')) {
    const last = words.at(-1);
    if (last && /^-[^ ]*$/.test(last) && !word.startsWith('-'))
      words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  const lines: string[] = [];
  let line = `${pad}$`;
  for (const word of words) {
    if (line.length + 1 + word.length > HELP_WIDTH - 2 && line.trim() !== '$') {
      lines.push(`${line} \\`);
      line = `${pad}   `;
    }
    line = line.endsWith(' ') ? line + word : `${line} ${word}`;
  }
  lines.push(line);
  return [...(note ? [`${pad}# ${note}`] : []), ...lines];
}

/** The "Examples:" block under a command's options. */
export function examples(h: HelpMessages, list: readonly Example[]): string {
  return `\n${h.examples}\n${list.flatMap((e) => exampleLines(e)).join('\n')}\n`;
}
