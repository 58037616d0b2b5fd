// Shell completion through the built binary: the bash script sourced in a real bash, its
// completion function called as bash calls it, the values from the real store and profiles.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, BIN, runFesr, seedTemplate, seededDir, tempDir } from '../helpers/run-fesr.js';

/** The shell a test can check a script with, or null when it is not installed. */
function shell(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

let dir: string;
let env: Record<string, string>;
let script: string;

beforeAll(() => {
  dir = seededDir(seedTemplate());
  // `fesr` on the PATH, as the script calls it.
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'fesr'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'fesr'), 0o755);
  env = { ...baseEnv(dir), PATH: `${bin}:${process.env.PATH ?? ''}` };
  const saved = runFesr(
    ['profile', 'save', 'crema-cosmetics', '--size', 'small', '--province', 'CR'],
    dir,
    { env },
  );
  expect(saved.code).toBe(0);
  const r = runFesr(['completion', 'bash'], dir, { env });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  script = r.stdout;
});

/** COMPREPLY after typing `line` (the last word is the one being completed) and TAB. */
function complete(...words: string[]): string[] {
  writeFileSync(join(dir, 'fesr.bash'), script);
  const quoted = words.map((w) => `'${w}'`).join(' ');
  const run = spawnSync(
    'bash',
    [
      '--norc',
      '-c',
      `source "${join(dir, 'fesr.bash')}"; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _fesr; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { encoding: 'utf8', env, cwd: dir },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\n').filter(Boolean);
}

describe('fesr completion bash in a real bash', () => {
  it('is valid bash and registers the function', () => {
    const r = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(script).toContain('complete -F _fesr fesr');
  });

  it('completes a command, a subcommand and a flag', () => {
    expect(complete('fesr', 'se')).toEqual(['search']);
    expect(complete('fesr', 'w')).toEqual(['wizard']);
    expect(complete('fesr', 'profile', 'de')).toEqual(['delete']);
    expect(complete('fesr', 'search', '--exp')).toEqual(['--explain']);
    expect(complete('fesr', 'match', 'x.csv', '--fe')).toEqual(['--fesr']);
  });

  it('completes the values of a closed set', () => {
    expect(complete('fesr', 'search', '--size', 'p')).toEqual(['piccola', 'piccolo']);
    expect(complete('fesr', 'search', '--status', 'open,wi')).toEqual(['open,withdrawn']);
    expect(complete('fesr', 'search', '--aid', 'g')).toEqual(['grant', 'guarantee']);
    expect(complete('fesr', 'search', '--format', '')).toEqual([
      'table',
      'json',
      'csv',
      'xlsx',
      'ics',
    ]);
    expect(complete('fesr', 'search', '--sort', 'b')).toEqual(['budget']);
    expect(complete('fesr', '--lang', '')).toEqual(['en', 'it']);
    expect(complete('fesr', 'search', '--province', 'CR')).toEqual(['CR']);
    expect(complete('fesr', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('completes saved profile names and measure ids from the store', () => {
    expect(complete('fesr', 'search', '--profile', 'cr')).toEqual(['crema-cosmetics']);
    expect(complete('fesr', 'profile', 'show', '')).toEqual(['crema-cosmetics']);
    expect(complete('fesr', 'show', 'brevetti-')).toContain('brevetti-2023');
    expect(complete('fesr', '--lang', 'it', 'show', 'brevetti-20')).toContain('brevetti-2023');
  });
});

describe('fesr __complete', () => {
  it('prints nothing and exits 0 when there is no store, and does not create one', () => {
    const empty = tempDir();
    for (const what of ['ids', 'profiles', 'nonsense', '']) {
      const r = runFesr(['__complete', what, 'b'], empty);
      expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    }
    expect(existsSync(join(empty, 'data'))).toBe(false);
    expect(existsSync(join(empty, 'config'))).toBe(false);
  });

  it('prints nothing on a damaged store', () => {
    const bad = tempDir();
    writeFileSync(join(bad, 'junk.sqlite'), 'not a database at all');
    const r = runFesr(['__complete', 'ids', ''], bad, {
      env: { FESR_DB: join(bad, 'junk.sqlite') },
    });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('is not listed in the help', () => {
    expect(runFesr(['--help'], tempDir()).stdout).not.toContain('__complete');
  });
});

describe('fesr completion SHELL', () => {
  it('names the valid shells for another one, exit 2', () => {
    const r = runFesr(['completion', 'tcsh'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bash, zsh, fish/);
  });

  it('writes a zsh script zsh reads (when zsh is installed)', () => {
    const r = runFesr(['completion', 'zsh'], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#compdef fesr/);
    const zsh = shell('zsh');
    if (zsh) expect(spawnSync(zsh, ['-n'], { input: r.stdout }).status).toBe(0);
    // Its body is the bash function, which bash checks here in any case.
    expect(
      spawnSync('bash', ['-n'], { input: r.stdout.replace(/^autoload.*$/gm, '') }).status,
    ).toBe(0);
  });

  it('writes a fish script fish reads (when fish is installed)', () => {
    const r = runFesr(['completion', 'fish'], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("complete -c fesr -n '__fesr_arg \"\" 0' -a 'search'");
    const fish = shell('fish');
    // From a file: Node's stdin for a child is a socket, which fish does not read a script from.
    const file = join(tempDir(), 'fesr.fish');
    writeFileSync(file, r.stdout);
    if (fish) expect(spawnSync(fish, ['--no-execute', file]).status).toBe(0);
  });

  it('describes the commands in the user language for fish', () => {
    const r = runFesr(['--lang', 'it', 'completion', 'fish'], tempDir());
    expect(r.stdout).toContain("-a 'search' -d 'Elenca le misure");
  });
});

describe('the zsh and fish scripts complete in their shells (where installed)', () => {
  it.runIf(shell('zsh'))('zsh: through bashcompinit, values and saved profiles', () => {
    const file = join(dir, '_fesr');
    writeFileSync(file, runFesr(['completion', 'zsh'], dir, { env }).stdout);
    const ask = (words: string[]) => {
      const quoted = words.map((w) => `'${w}'`).join(' ');
      const run = spawnSync(
        'zsh',
        [
          '-f',
          '-c',
          `source "${file}"; setopt ksharrays; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _fesr_zsh; print -l -- "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8', env, cwd: dir },
      );
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.split('\n').filter(Boolean);
    };
    expect(ask(['fesr', 'mat'])).toEqual(['match']);
    expect(ask(['fesr', 'match', 'x.csv', '--format', ''])).toEqual([
      'table',
      'json',
      'csv',
      'xlsx',
    ]);
    expect(ask(['fesr', 'search', '--profile', 'cre'])).toEqual(['crema-cosmetics']);
  });

  it.runIf(shell('fish'))('fish: complete -C gives commands, values and saved profiles', () => {
    const file = join(dir, 'fesr.fish');
    writeFileSync(file, runFesr(['completion', 'fish'], dir, { env }).stdout);
    const ask = (line: string) => {
      const run = spawnSync(
        'fish',
        ['--no-config', '-c', `source "${file}"; complete -C '${line}'`],
        {
          encoding: 'utf8',
          env,
          cwd: dir,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      return run.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    };
    expect(ask('fesr sea')).toEqual(['search']);
    expect(ask('fesr search --size pic')).toEqual(['piccola', 'piccolo']);
    expect(ask('fesr search --profile cre')).toEqual(['crema-cosmetics']);
  });
});
