// Shell completion scripts written from a description of the commands: pure, so a test can feed
// it any command tree. The description is made from the commander program in completion-spec.ts.

/** What a flag's value or a positional argument completes to. */
export type Values =
  | { kind: 'words'; words: readonly string[]; list: boolean }
  | { kind: 'files' }
  | { kind: 'dynamic'; what: 'profiles' | 'ids' }
  | { kind: 'free' };

export interface FlagSpec {
  /** Every spelling: `--size`, or `-h` and `--help`. */
  names: readonly string[];
  description: string;
  /** null: a switch that takes no value. */
  values: Values | null;
}

export interface CommandSpec {
  name: string;
  description: string;
  flags: readonly FlagSpec[];
  /** The positional arguments in order; a variadic last one completes every later word too. */
  args: readonly Values[];
  variadic: boolean;
  subcommands: readonly CommandSpec[];
}

export interface CompletionSpec {
  /** The command the user types, and the one the script asks for dynamic values. */
  program: string;
  root: CommandSpec;
}

export type Shell = 'bash' | 'zsh' | 'fish';
export const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];

interface Path {
  key: string;
  command: CommandSpec;
}

/** Every command with its path from the root ('' for the program, 'profile show'). */
function paths(spec: CompletionSpec): Path[] {
  const out: Path[] = [];
  const walk = (command: CommandSpec, key: string) => {
    out.push({ key, command });
    for (const sub of command.subcommands) walk(sub, key ? `${key} ${sub.name}` : sub.name);
  };
  walk(spec.root, '');
  return out;
}

/** A word quoted for sh-like shells (bash, zsh, fish all take '…' with '\'' inside). */
function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Bash and zsh names: the program name with anything but letters and digits as `_`. */
function ident(program: string): string {
  return `_${program.replace(/[^A-Za-z0-9]/g, '_')}`;
}

const flagNames = (command: CommandSpec) => command.flags.flatMap((f) => f.names);

/** The body of a bash case arm that fills COMPREPLY with `values`. */
function bashReply(fn: string, values: Values): string {
  switch (values.kind) {
    case 'words':
      return `${fn}_words ${sq(values.words.join(' '))} ${values.list ? 1 : 0}`;
    case 'files':
      return `${fn}_files`;
    case 'dynamic':
      return `${fn}_dynamic ${values.what}`;
    case 'free':
      return ':';
  }
}

function caseArms(arms: readonly (readonly [pattern: string, body: string])[]): string {
  return arms.map(([pattern, body]) => `    ${pattern}) ${body} ;;`).join('\n');
}

/**
 * The bash script: `complete -F` with a function that walks the words typed so far (skipping
 * flags and their values) to find the command path, then completes a subcommand, a flag, a flag's
 * value or a positional argument. Only bash 3 features, so macOS's bash runs it too.
 */
export function bashScript(spec: CompletionSpec): string {
  const fn = ident(spec.program);
  const all = paths(spec);
  const valueFlags = (command: CommandSpec) => command.flags.filter((f) => f.values !== null);
  const subcommands = caseArms(
    all
      .filter((p) => p.command.subcommands.length)
      .map((p) => [sq(p.key), `echo ${sq(p.command.subcommands.map((s) => s.name).join(' '))}`]),
  );
  const flags = caseArms(
    all.map((p) => [
      sq(p.key),
      `echo ${sq([...new Set([...flagNames(p.command), ...(p.key ? flagNames(spec.root) : [])])].join(' '))}`,
    ]),
  );
  // Global flags are read after a subcommand too: they match on any path.
  const takesValue = [
    ...all.flatMap((p) =>
      p.key ? valueFlags(p.command).flatMap((f) => f.names.map((n) => sq(`${p.key}|${n}`))) : [],
    ),
    ...valueFlags(spec.root).flatMap((f) => f.names.map((n) => `*${sq(`|${n}`)}`)),
  ];
  const flagValues = caseArms([
    ...all.flatMap((p) =>
      p.key
        ? valueFlags(p.command).map(
            (f) =>
              [
                f.names.map((n) => sq(`${p.key}|${n}`)).join('|'),
                bashReply(fn, f.values!),
              ] as const,
          )
        : [],
    ),
    ...valueFlags(spec.root).map(
      (f) => [f.names.map((n) => `*${sq(`|${n}`)}`).join('|'), bashReply(fn, f.values!)] as const,
    ),
  ]);
  const args = caseArms(
    all.flatMap((p) =>
      p.command.args.map((values, i) => {
        const last = i === p.command.args.length - 1 && p.command.variadic;
        return [last ? `${sq(`${p.key}|`)}*` : sq(`${p.key}|${i}`), bashReply(fn, values)] as const;
      }),
    ),
  );
  return `# ${spec.program} completion for bash: eval "$(${spec.program} completion bash)"
${fn}_subcommands() {
  case "$1" in
${subcommands}
  esac
}
${fn}_flags() {
  case "$1" in
${flags}
  esac
}
${fn}_takes_value() {
  case "$1|$2" in
    ${takesValue.join('|') || "''"}) return 0 ;;
  esac
  return 1
}
# Words that start with what is typed; in a comma list, the item after the last comma.
${fn}_words() {
  local before='' word
  if [[ $2 == 1 && $cur == *,* ]]; then before=\${cur%,*},; fi
  for word in $1; do
    [[ $before$word == "$cur"* ]] && COMPREPLY+=("$before$word")
  done
}
${fn}_files() {
  local IFS=$'\\n'
  COMPREPLY+=($(compgen -f -- "$cur"))
  compopt -o filenames 2>/dev/null
}
# Values only the store knows; the command prints nothing on any failure.
${fn}_dynamic() {
  local IFS=$'\\n'
  COMPREPLY+=($(command ${spec.program} __complete "$1" "$cur" 2>/dev/null))
}
${fn}_flag_values() {
  case "$1|$2" in
${flagValues}
  esac
}
${fn}_args() {
  case "$1|$2" in
${args}
  esac
}
${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmdpath='' npos=0 skip=0 flag='' i word
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    # bash splits --flag=value at '=': the value still belongs to the flag.
    if ((skip)); then [[ $word == = ]] || skip=0; continue; fi
    case "$word" in
      -*=*) continue ;;
      -*) if ${fn}_takes_value "$cmdpath" "$word"; then skip=1; flag=$word; fi; continue ;;
    esac
    if ((npos == 0)) && [[ " $(${fn}_subcommands "$cmdpath") " == *" $word "* ]]; then
      cmdpath=\${cmdpath:+$cmdpath }$word
    else
      ((npos++))
    fi
  done
  [[ $cur == = ]] && cur=''
  if ((skip)); then
    ${fn}_flag_values "$cmdpath" "$flag"
    return 0
  fi
  if [[ $cur == -* ]]; then
    ${fn}_words "$(${fn}_flags "$cmdpath")" 0
    return 0
  fi
  local subs
  subs=$(${fn}_subcommands "$cmdpath")
  if [[ -n $subs ]] && ((npos == 0)); then
    ${fn}_words "$subs" 0
    return 0
  fi
  ${fn}_args "$cmdpath" "$npos"
  return 0
}
complete -F ${fn} ${spec.program}
`;
}

/**
 * The zsh script: zsh runs bash completion functions through its bashcompinit layer. The bash
 * function indexes COMP_WORDS from 0 and splits word lists on spaces, so it runs with ksharrays
 * and shwordsplit (and names no variable `path`, which zsh ties to PATH).
 */
export function zshScript(spec: CompletionSpec): string {
  const fn = ident(spec.program);
  const bash = bashScript(spec)
    .replace(/^# .*\n/, '')
    .replace(`complete -F ${fn} ${spec.program}\n`, '');
  return `#compdef ${spec.program}
# ${spec.program} completion for zsh: eval "$(${spec.program} completion zsh)" in ~/.zshrc
autoload -U +X compinit && { (( \${+functions[compdef]} )) || compinit; }
autoload -U +X bashcompinit && bashcompinit
${bash}${fn}_zsh() {
  setopt localoptions ksharrays shwordsplit
  ${fn} "$@"
}
complete -F ${fn}_zsh ${spec.program}
`;
}

/** The fish completions of a value set, as the arguments of `complete`. */
function fishValues(program: string, values: Values): string {
  switch (values.kind) {
    case 'words':
      return `-x -a ${sq(values.words.join(' '))}`;
    case 'files':
      return '-r -F';
    case 'dynamic':
      return `-x -a ${sq(`(command ${program} __complete ${values.what} (commandline -ct) 2>/dev/null)`)}`;
    case 'free':
      return '-x';
  }
}

/** One line of a description, as fish shows it beside a completion. */
function fishDescription(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line ? ` -d ${sq(line.length > 70 ? `${line.slice(0, 69)}…` : line)}` : '';
}

function fishFlag(program: string, condition: string, flag: FlagSpec): string {
  const names = flag.names
    .map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`))
    .join(' ');
  const values = flag.values ? ` ${fishValues(program, flag.values)}` : '';
  return `complete -c ${program}${condition} ${names}${values}${fishDescription(flag.description)}`;
}

/**
 * The fish script: a function finds the command path the way the bash one does, and each
 * completion is conditioned on it (`show` alone and `profile show` are different commands).
 */
export function fishScript(spec: CompletionSpec): string {
  const p = spec.program;
  const fn = `__${p.replace(/[^A-Za-z0-9]/g, '_')}`;
  const all = paths(spec);
  const valueFlags = all.flatMap((x) =>
    x.command.flags
      .filter((f) => f.values !== null)
      .flatMap((f) => f.names.map((n) => (x.key ? `${x.key}|${n}` : `*|${n}`))),
  );
  const subKeys = all.flatMap((x) =>
    x.command.subcommands.map((s) => (x.key ? `${x.key}|${s.name}` : `|${s.name}`)),
  );
  const lines = [
    `# ${p} completion for fish: ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `set -g ${fn}_value_flags ${valueFlags.map(sq).join(' ')}`,
    `set -g ${fn}_subcommands ${subKeys.map(sq).join(' ')}`,
    `# The command path typed so far and how many arguments follow it: "profile show|1".`,
    `function ${fn}_where`,
    `    set -l words (commandline -opc)`,
    `    set -e words[1]`,
    `    set -l path ''`,
    `    set -l npos 0`,
    `    set -l skip 0`,
    `    for word in $words`,
    `        if test $skip = 1`,
    `            set skip 0`,
    `            continue`,
    `        end`,
    `        switch $word`,
    `            case '-*=*'`,
    `                continue`,
    `            case '-*'`,
    `                if contains -- "$path|$word" $${fn}_value_flags; or contains -- "*|$word" $${fn}_value_flags`,
    `                    set skip 1`,
    `                end`,
    `                continue`,
    `        end`,
    `        if test $npos = 0; and contains -- "$path|$word" $${fn}_subcommands`,
    `            set path (string trim -- "$path $word")`,
    `        else`,
    `            set npos (math $npos + 1)`,
    `        end`,
    `    end`,
    `    echo "$path|$npos"`,
    `end`,
    `function ${fn}_at`,
    `    string match -q -- "$argv[1]|*" (${fn}_where)`,
    `end`,
    `function ${fn}_arg`,
    `    string match -q -- "$argv[1]|$argv[2]" (${fn}_where)`,
    `end`,
    `complete -c ${p} -f`,
  ];
  for (const { key, command } of all) {
    // Paths are command names (letters, digits, '-', ' '): double quotes inside the condition.
    const at = ` -n ${sq(`${fn}_at "${key}"`)}`;
    for (const sub of command.subcommands)
      lines.push(
        `complete -c ${p} -n ${sq(`${fn}_arg "${key}" 0`)} -a ${sq(sub.name)}${fishDescription(sub.description)}`,
      );
    for (const flag of command.flags) lines.push(fishFlag(p, key ? at : '', flag));
    command.args.forEach((values, i) => {
      const last = i === command.args.length - 1 && command.variadic;
      const cond = ` -n ${sq(`${fn}_arg "${key}" ${last ? '"*"' : i}`)}`;
      if (values.kind !== 'free') lines.push(`complete -c ${p}${cond} ${fishValues(p, values)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return shell === 'bash' ? bashScript(spec) : shell === 'zsh' ? zshScript(spec) : fishScript(spec);
}
