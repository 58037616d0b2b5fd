// The description of the commands that the completion scripts are written from, read off the
// commander program itself (so a new command or flag completes without anyone listing it), plus
// the values of the flags and arguments whose set is closed.
import { Help, type Argument, type Command, type Option } from 'commander';
import { SIZE_WORDS } from '../core/size.js';
import { AID_FORMS, LEGAL_FORMS, STATUSES } from '../core/types.js';
import { PROVINCES } from '../core/provinces-data.js';
import { UPDATE_SOURCES } from '../update/endpoints.js';
import type { CommandSpec, CompletionSpec, FlagSpec, Values } from './completion-script.js';

const words = (list: readonly string[], list_ = false): Values => ({
  kind: 'words',
  words: list,
  list: list_,
});

/**
 * The values of each value flag whose commander option has no `choices` of its own. A flag means
 * the same on every command (see options.ts); a flag not here completes to nothing (free text).
 */
const FLAG_VALUES: Record<string, Values> = {
  '--size': words(SIZE_WORDS),
  '--status': words([...STATUSES, 'all'], true),
  '--aid': words(AID_FORMS, true),
  '--province': words(
    PROVINCES.map((p) => p.sigla),
    true,
  ),
  '--legal-form': words(LEGAL_FORMS),
  '--profile': { kind: 'dynamic', what: 'profiles' },
  '--db': { kind: 'files' },
  '--output': { kind: 'files' },
  '--rejects': { kind: 'files' },
};

/** The values of positional arguments, by the argument's name (as in `<id>`, `[sources...]`). */
const ARGUMENT_VALUES: Record<string, Values> = {
  id: { kind: 'dynamic', what: 'ids' },
  file: { kind: 'files' },
  files: { kind: 'files' },
  sources: words(UPDATE_SOURCES),
};

/** `fesr profile show NAME`, `fesr profile delete NAME`: a saved profile's name. */
const PROFILE_NAME: Values = { kind: 'dynamic', what: 'profiles' };

function optionValues(option: Option): Values | null {
  if (!option.required && !option.optional) return null;
  if (option.argChoices) return words(option.argChoices);
  return FLAG_VALUES[option.long ?? ''] ?? { kind: 'free' };
}

function argumentValues(argument: Argument, command: Command): Values {
  if (argument.argChoices) return words(argument.argChoices);
  const name = argument.name();
  // `profile save <name>` names a new profile; show and delete take a saved one.
  if (name === 'name' && command.parent?.name() === 'profile' && command.name() !== 'save')
    return PROFILE_NAME;
  return ARGUMENT_VALUES[name] ?? { kind: 'free' };
}

/**
 * A command's flags: what its help lists (with -h/--help and -v/--version) and the hidden
 * `--no-…` spellings, which are real flags; a hidden short alias (-V) is left out.
 */
function flagsOf(command: Command, helper: Help): FlagSpec[] {
  const listed = new Set(helper.visibleOptions(command));
  const options = [
    ...helper.visibleOptions(command),
    ...command.options.filter((o) => !listed.has(o) && o.long),
  ];
  return options.map((o) => ({
    names: [o.short, o.long].filter((n): n is string => Boolean(n)),
    description: o.description,
    values: optionValues(o),
  }));
}

function commandSpec(command: Command, helper: Help, parent: Command | null): CommandSpec {
  const subcommands = helper.visibleCommands(command);
  const args = command.registeredArguments;
  // commander's own `help [command]` (made on the fly, with no parent) takes a sibling's name.
  const helpArgs =
    parent && command.name() === 'help' && !command.parent
      ? [words(helper.visibleCommands(parent).map((c) => c.name()))]
      : null;
  return {
    name: command.name(),
    description: helper.subcommandDescription(command),
    flags: flagsOf(command, helper),
    args: helpArgs ?? args.map((a) => argumentValues(a, command)),
    variadic: args.at(-1)?.variadic ?? false,
    subcommands: subcommands.map((c) => commandSpec(c, helper, command)),
  };
}

/** The description of `program` for the completion scripts. */
export function completionSpec(program: Command): CompletionSpec {
  return { program: program.name(), root: commandSpec(program, new Help(), null) };
}
