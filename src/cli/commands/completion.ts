// fesr completion SHELL: the completion script; fesr __complete WHAT PREFIX: the values only the
// store knows (saved profiles, measure ids), which the scripts ask for as the user types.
import { existsSync } from 'node:fs';
import { configDir, defaultDbPath } from '../../paths.js';
import { measureIdsStartingWith } from '../../db/complete.js';
import { completionScript, type Shell } from '../completion-script.js';
import { completionSpec } from '../completion-spec.js';
import type { CliContext, GlobalFlags } from '../context.js';
import { ProfilesStore } from '../profiles-store.js';
import { createProgram } from '../program.js';

export async function runCompletion(shell: Shell, _flags: unknown, ctx: CliContext): Promise<void> {
  // The program as the user's language describes it (fish shows the descriptions).
  const program = createProgram(
    () => {
      throw new Error('the completion program is not run');
    },
    '',
    ctx.lang,
  );
  ctx.stdout.write(completionScript(shell, completionSpec(program)));
  return Promise.resolve();
}

function values(what: string, prefix: string, flags: GlobalFlags): string[] {
  const env = process.env;
  if (what === 'profiles')
    return new ProfilesStore(configDir(env)).names().filter((n) => n.startsWith(prefix));
  if (what === 'ids') {
    const path = flags.db ?? defaultDbPath(env);
    return existsSync(path) ? measureIdsStartingWith(path, prefix) : [];
  }
  return [];
}

/**
 * Prints one value a line. It runs inside the user's prompt: any failure (no store yet, a locked
 * or damaged one, an unreadable profiles folder) prints nothing and exits 0.
 */
export function runComplete(what: string, prefix: string, flags: GlobalFlags): void {
  let found: string[] = [];
  try {
    found = values(what, prefix, flags);
  } catch {
    found = [];
  }
  if (found.length) process.stdout.write(`${found.join('\n')}\n`);
}
