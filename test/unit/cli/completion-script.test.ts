// The completion scripts from a made-up command tree, and the tree read off the real program.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bashScript,
  completionScript,
  fishScript,
  zshScript,
  type CompletionSpec,
} from '../../../src/cli/completion-script.js';
import { completionSpec } from '../../../src/cli/completion-spec.js';
import { createProgram } from '../../../src/cli/program.js';

const SPEC: CompletionSpec = {
  program: 'tool',
  root: {
    name: 'tool',
    description: 'a tool',
    flags: [
      { names: ['-h', '--help'], description: 'help', values: null },
      {
        names: ['--lang'],
        description: 'language',
        values: { kind: 'words', words: ['en', 'it'], list: false },
      },
    ],
    args: [],
    variadic: false,
    subcommands: [
      {
        name: 'find',
        description: "what's there",
        flags: [
          {
            names: ['--size'],
            description: 'size',
            values: { kind: 'words', words: ['small', 'piccola'], list: false },
          },
          {
            names: ['--status'],
            description: 'statuses',
            values: { kind: 'words', words: ['open', 'upcoming', 'closed'], list: true },
          },
          {
            names: ['--profile'],
            description: 'profile',
            values: { kind: 'dynamic', what: 'profiles' },
          },
          { names: ['--text'], description: 'text', values: { kind: 'free' } },
          { names: ['--fast'], description: 'a switch', values: null },
        ],
        args: [],
        variadic: false,
        subcommands: [],
      },
      {
        name: 'saved',
        description: 'saved things',
        flags: [],
        args: [],
        variadic: false,
        subcommands: [
          {
            name: 'show',
            description: 'one',
            flags: [],
            args: [{ kind: 'dynamic', what: 'profiles' }],
            variadic: false,
            subcommands: [],
          },
        ],
      },
      {
        name: 'load',
        description: 'files',
        flags: [],
        args: [{ kind: 'words', words: ['a', 'b'], list: false }, { kind: 'files' }],
        variadic: true,
        subcommands: [],
      },
    ],
  },
};

// `tool __complete profiles PREFIX` answers from a stand-in program on the PATH (the script calls
// `command tool`, which skips shell functions).
const bin = mkdtempSync(join(tmpdir(), 'fesr-completion-'));
writeFileSync(
  join(bin, 'tool'),
  `#!/bin/sh\n[ "$1" = __complete ] && [ "$2" = profiles ] && printf '%s\\n' alpha alpine beta | grep "^$3"\nexit 0\n`,
);
chmodSync(join(bin, 'tool'), 0o755);

/** COMPREPLY after completing `words` (the last one is being typed) with the bash script. */
function complete(script: string, words: string[]): string[] {
  const quoted = words.map((w) => `'${w}'`).join(' ');
  const run = spawnSync(
    'bash',
    [
      '-c',
      `${script}\nCOMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _tool; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } },
  );
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean);
}

describe('bashScript', () => {
  const script = bashScript(SPEC);

  it('is valid bash', () => {
    const r = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('completes commands, subcommands and flags by path', () => {
    expect(complete(script, ['tool', ''])).toEqual(['find', 'saved', 'load']);
    expect(complete(script, ['tool', '--lang', 'it', 'f'])).toEqual(['find']);
    expect(complete(script, ['tool', 'saved', 's'])).toEqual(['show']);
    expect(complete(script, ['tool', 'find', '--s'])).toEqual(['--size', '--status']);
    // The program's flags are read after a command too; each listed once.
    expect(complete(script, ['tool', 'find', '--'])).toEqual([
      '--size',
      '--status',
      '--profile',
      '--text',
      '--fast',
      '--help',
      '--lang',
    ]);
  });

  it("completes a flag's values, a comma list's last item and --flag=value", () => {
    expect(complete(script, ['tool', 'find', '--size', 'p'])).toEqual(['piccola']);
    expect(complete(script, ['tool', 'find', '--status', 'open,'])).toEqual([
      'open,open',
      'open,upcoming',
      'open,closed',
    ]);
    expect(complete(script, ['tool', 'find', '--status', 'open,up'])).toEqual(['open,upcoming']);
    expect(complete(script, ['tool', '--lang', '=', ''])).toEqual(['en', 'it']);
    expect(complete(script, ['tool', 'find', '--text', ''])).toEqual([]);
    // A switch takes no value: the word after it is not one.
    expect(complete(script, ['tool', 'find', '--fast', '--si'])).toEqual(['--size']);
  });

  it('asks the program for dynamic values, for flags and arguments', () => {
    expect(complete(script, ['tool', 'find', '--profile', 'al'])).toEqual(['alpha', 'alpine']);
    expect(complete(script, ['tool', 'saved', 'show', 'b'])).toEqual(['beta']);
  });

  it('completes positional arguments in order, the variadic last one for every later word', () => {
    expect(complete(script, ['tool', 'load', ''])).toEqual(['a', 'b']);
    expect(complete(script, ['tool', 'load', 'a', 'package.j'])).toEqual(['package.json']);
    expect(complete(script, ['tool', 'load', 'a', 'x', 'package.j'])).toEqual(['package.json']);
  });
});

describe('zshScript and fishScript', () => {
  it('zsh runs the bash function through bashcompinit, with arrays from 0', () => {
    const script = zshScript(SPEC);
    expect(script).toMatch(/^#compdef tool\n/);
    expect(script).toContain('bashcompinit');
    expect(script).toContain('setopt localoptions ksharrays');
    expect(script).toContain('complete -F _tool_zsh tool');
    expect(script).not.toContain('complete -F _tool tool');
  });

  it('fish conditions each completion on the command path', () => {
    const script = fishScript(SPEC);
    expect(script).toContain(
      `complete -c tool -n '__tool_arg "" 0' -a 'find' -d 'what'\\''s there'`,
    );
    expect(script).toContain(`complete -c tool -n '__tool_arg "saved" 0' -a 'show' -d 'one'`);
    expect(script).toContain(
      `complete -c tool -n '__tool_at "find"' -l size -x -a 'small piccola' -d 'size'`,
    );
    expect(script).toContain(
      `complete -c tool -n '__tool_arg "saved show" 0' -x -a '(command tool __complete profiles (commandline -ct) 2>/dev/null)'`,
    );
    expect(script).toContain(`complete -c tool -n '__tool_arg "load" "*"' -r -F`);
    expect(script).toContain(`complete -c tool -s h -l help -d 'help'`);
    expect(completionScript('fish', SPEC)).toBe(script);
  });
});

describe('completionSpec', () => {
  const program = createProgram(() => {
    throw new Error('not run');
  }, '0.0.0');
  const spec = completionSpec(program);

  it('has every visible command and every flag commander knows, hidden ones out', () => {
    const names = spec.root.subcommands.map((c) => c.name);
    expect(names).toEqual([
      ...program.commands.filter((c) => c.name() !== '__complete').map((c) => c.name()),
      'help',
    ]);
    for (const command of program.commands.filter((c) => c.name() !== '__complete')) {
      const flags = spec.root.subcommands
        .find((c) => c.name === command.name())!
        .flags.flatMap((f) => f.names);
      for (const option of command.options) expect(flags).toContain(option.long);
    }
    expect(spec.root.flags.flatMap((f) => f.names)).toEqual(
      expect.arrayContaining(['-v', '--version', '--db', '--lang', '-h', '--help']),
    );
    expect(spec.root.flags.flatMap((f) => f.names)).not.toContain('-V');
  });

  it('gives the closed sets their values', () => {
    const search = spec.root.subcommands.find((c) => c.name === 'search')!;
    const values = (flag: string) => search.flags.find((f) => f.names.includes(flag))!.values;
    expect(values('--size')).toMatchObject({
      kind: 'words',
      words: expect.arrayContaining(['small', 'piccola', 'grande']),
    });
    expect(values('--status')).toMatchObject({
      kind: 'words',
      list: true,
      words: expect.arrayContaining(['open', 'withdrawn', 'all']),
    });
    expect(values('--aid')).toMatchObject({
      words: ['grant', 'loan', 'guarantee', 'equity', 'other'],
    });
    expect(values('--format')).toMatchObject({
      words: expect.arrayContaining(['table', 'json', 'csv']),
    });
    expect(values('--sort')).toMatchObject({ words: ['deadline', 'amount', 'budget', 'title'] });
    expect(values('--province')).toMatchObject({
      words: expect.arrayContaining(['CR', 'MI', 'RM']),
    });
    expect(values('--profile')).toEqual({ kind: 'dynamic', what: 'profiles' });
    expect(values('--text')).toEqual({ kind: 'free' });
    expect(values('--explain')).toBeNull();
    const show = spec.root.subcommands.find((c) => c.name === 'show')!;
    expect(show.args).toEqual([{ kind: 'dynamic', what: 'ids' }]);
    const profile = spec.root.subcommands.find((c) => c.name === 'profile')!;
    const sub = (name: string) => profile.subcommands.find((c) => c.name === name)!;
    expect(sub('show').args).toEqual([{ kind: 'dynamic', what: 'profiles' }]);
    expect(sub('delete').args).toEqual([{ kind: 'dynamic', what: 'profiles' }]);
    expect(sub('save').args).toEqual([{ kind: 'free' }]);
    const lang = spec.root.flags.find((f) => f.names.includes('--lang'))!.values;
    expect(lang).toMatchObject({ words: ['en', 'it'] });
  });
});
