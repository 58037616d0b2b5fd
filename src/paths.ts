// Where fesr keeps its files (contract: --db > FESR_DB > XDG_DATA_HOME; FESR_CONFIG_DIR > XDG_CONFIG_HOME).
import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

export function defaultDbPath(env: Env): string {
  if (env.FESR_DB) return env.FESR_DB;
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'fesr', 'fesr.sqlite');
}

export function configDir(env: Env): string {
  if (env.FESR_CONFIG_DIR) return env.FESR_CONFIG_DIR;
  const configHome = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(configHome, 'fesr');
}
