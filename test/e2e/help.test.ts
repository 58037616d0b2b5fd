// Help screens through the built binary: every command in English and Italian, within 80
// columns; bare `fesr`; the version flags.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runFesr, tempDir } from '../helpers/run-fesr.js';

const COMMANDS = [
  [],
  ['search'],
  ['show'],
  ['import'],
  ['update'],
  ['news'],
  ['stats'],
  ['sources'],
  ['wizard'],
  ['profile'],
  ['profile', 'list'],
  ['profile', 'show'],
  ['profile', 'save'],
  ['profile', 'delete'],
  ['rebuild'],
  ['match'],
  ['completion'],
  ['help'],
] as const;

const version = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('fesr COMMAND --help', () => {
  const dir = tempDir();
  // An Italian locale, as the user's environment says it, and --lang it.
  const langs = [
    ['en', {}, []],
    ['it (LANG)', { LANG: 'it_IT.UTF-8' }, []],
    ['it (--lang)', {}, ['--lang', 'it']],
  ] as const;

  it.each(
    langs.flatMap(([name, env, flags]) => COMMANDS.map((c) => [name, env, flags, c] as const)),
  )('%s: fesr %j --help fits 80 columns and exits 0', (_name, env, flags, command) => {
    const r = runFesr([...flags, ...command, '--help'], dir, { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('is Italian under an Italian locale, commander words included', () => {
    const env = { LANG: 'it_IT.UTF-8' };
    const search = runFesr(['search', '--help'], dir, { env }).stdout;
    expect(search).toMatch(/^Uso: fesr search \[opzioni\]/);
    expect(search).toContain('Opzioni:');
    expect(search).toContain('Esempi:');
    expect(search).toContain('mostra la guida del comando');
    expect(search).toContain('fatturato annuo in EUR');
    expect(search).toMatch(
      /\(valori: "deadline", "amount", "budget",\s+"title", predefinito: "deadline"\)/,
    );
    expect(search).not.toMatch(/Usage:|Options:|Examples:|display help/);
    const match = runFesr(['match', '--help'], dir, { env }).stdout;
    expect(match).toContain('Argomenti:');
    expect(match).toContain('CSV delle imprese');
    const save = runFesr(['profile', 'save', '--help'], dir, { env }).stdout;
    expect(save).toContain('nome del profilo: lettere, cifre, - e _');
    const top = runFesr(['--help'], dir, { env: { LC_ALL: 'it_IT.UTF-8' } }).stdout;
    expect(top).toContain('Comandi:');
    expect(top).toContain('Per iniziare:');
    expect(top).toContain('mostra il numero di versione');
  });

  it('keeps English for English, flags and choices unchanged', () => {
    const search = runFesr(['search', '--help'], dir).stdout;
    expect(search).toMatch(/^Usage: fesr search \[options\]/);
    expect(search).toContain('Examples:');
    expect(search).toContain('display help for command');
    expect(search).toMatch(/--sort <key> +sort order \(choices: "deadline", "amount", "budget",/);
    const it = runFesr(['--lang', 'it', 'search', '--help'], dir).stdout;
    const flags = (text: string) =>
      [...text.matchAll(/^ {2}(-[-\w]+(?:, --[-\w]+)?(?: <\w+>)?)/gm)].map((m) => m[1]);
    expect(flags(it)).toEqual(flags(search));
  });

  it('wraps a long example with a backslash so it can still be pasted', () => {
    const text = runFesr(['search', '--help'], dir).stdout;
    expect(text).toContain(
      '  $ fesr search --employees 20 --turnover 3M --province Cremona --ateco 20.42 \\\n     --explain',
    );
  });
});

describe('bare fesr and the version', () => {
  const dir = tempDir();

  it('prints the top-level help with the commands to start with, exit 0', () => {
    const r = runFesr([], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: fesr \[options\] \[command\]/);
    const start = r.stdout.slice(r.stdout.indexOf('Start here:'), r.stdout.indexOf('Options:'));
    for (const name of ['search', 'wizard', 'match', 'show', 'update'])
      expect(start).toMatch(new RegExp(`^  ${name} .+\\n(?:.+\\n)*? {6}\\$ fesr ${name}`, 'm'));
    // Then the full list.
    expect(r.stdout).toMatch(/Commands:\n(?:.*\n)* {2}rebuild/);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    // Bare fesr is the same help as fesr --help.
    expect(runFesr(['--help'], dir).stdout).toBe(r.stdout);
  });

  it('prints it in Italian for an Italian locale', () => {
    const r = runFesr([], dir, { env: { LANG: 'it_IT.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: fesr \[opzioni\] \[comando\]/);
  });

  it.each([['-v'], ['--version'], ['-V'], ['--lang', 'it', '-v'], ['--lang', 'it', '-V']])(
    'fesr %s prints the version',
    (...args) => {
      const r = runFesr(args, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.stderr).toBe('');
    },
  );

  it('fesr -v answers without opening or creating a database', () => {
    const fresh = tempDir();
    expect(runFesr(['-v'], fresh).stdout).toBe(`${version}\n`);
    expect(existsSync(join(fresh, 'data'))).toBe(false);
  });

  it('lists -v, --version in the help, not -V', () => {
    const help = runFesr(['--help'], dir).stdout;
    expect(help).toMatch(/^ {2}-v, --version +output the version number$/m);
    expect(help).not.toMatch(/-V\b/);
  });
});
