// Closing the terminal during the wizard (issue 10, finding 13): the built binary in a real
// pseudo-terminal (a detached tmux session) is left quietly with exit 129, whether the terminal
// goes away (`tmux kill-session`: its input ends, writes fail) or only SIGHUP arrives. Before,
// Node wrote an unhandled EIO error and a native assertion to stderr.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runFesr, tempHome } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `fesr-hangup-${process.pid}`;
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

async function until<T>(probe: () => T | null | undefined, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The wizard in a new terminal, at its first question. The shell around it traps SIGHUP so it
 * outlives the terminal and records the wizard's exit code and stderr in files.
 */
async function wizardAtFirstQuestion(name: string, home: ReturnType<typeof tempHome>) {
  const env = Object.entries({ ...home.env, LANG: 'C.UTF-8', NO_COLOR: '1' })
    .map(([k, v]) => `${k}='${v}'`)
    .join(' ');
  const err = join(home.dir, `${name}.err`);
  const rc = join(home.dir, `${name}.rc`);
  const shell = `trap ':' HUP; env ${env} node ${BIN} --lang en wizard 2>'${err}'; echo $? > '${rc}'`;
  tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '40', '-c', ROOT, shell);
  await until(
    () => (tmux('capture-pane', '-p', '-t', name).includes('Company size') ? true : null),
    'the first question',
  );
  const shellPid = tmux('display-message', '-p', '-t', name, '#{pane_pid}').trim();
  const nodePid = spawnSync('pgrep', ['-P', shellPid], { encoding: 'utf8' }).stdout.trim();
  return { err, rc, nodePid: Number(nodePid.split('\n')[0]) };
}

const exitOf = (rc: string) => () =>
  existsSync(rc) && readFileSync(rc, 'utf8').trim() ? readFileSync(rc, 'utf8').trim() : null;

describe.runIf(hasTmux)('closing the terminal during the wizard', () => {
  const home = tempHome();
  beforeAll(() => {
    expect(runFesr(['sources'], home.env).status).toBe(0); // seeds the database
  });
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('the terminal goes away (tmux kill-session): exit 129, nothing on stderr', async () => {
    const run = await wizardAtFirstQuestion('closed', home);
    tmux('kill-session', '-t', 'closed');
    expect(await until(exitOf(run.rc), 'the exit code')).toBe('129');
    expect(readFileSync(run.err, 'utf8')).toBe('');
    expect(existsSync(join(home.env.FESR_CONFIG_DIR, 'profiles'))).toBe(false);
    expect(readdirSync(home.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  it('SIGHUP alone: exit 129, nothing on stderr', async () => {
    const run = await wizardAtFirstQuestion('hup', home);
    expect(run.nodePid).toBeGreaterThan(0);
    process.kill(run.nodePid, 'SIGHUP');
    expect(await until(exitOf(run.rc), 'the exit code')).toBe('129');
    expect(readFileSync(run.err, 'utf8')).toBe('');
  }, 30_000);
});
