// Saved profiles on disk: one readable JSON file per profile in <config dir>/profiles/.
import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { writeWholeFile } from './write-file.js';
import { checkProfileName, parseSavedProfile, type SavedProfile } from '../core/saved-profile.js';
import { UsageError } from '../errors.js';

function textOf(profile: SavedProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

export class ProfilesStore {
  readonly dir: string;
  constructor(configDir: string) {
    this.dir = join(configDir, 'profiles');
  }

  pathOf(name: string): string {
    return join(this.dir, `${checkProfileName(name)}.json`);
  }

  names(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort();
  }

  exists(name: string): boolean {
    return existsSync(this.pathOf(name));
  }

  /** The profile, or a usage error that lists the saved names. */
  read(name: string): SavedProfile {
    const path = this.pathOf(name);
    if (!existsSync(path)) throw this.unknown(name);
    let parsed: SavedProfile | string;
    try {
      parsed = parseSavedProfile(JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      parsed = error instanceof Error ? error.message : String(error);
    }
    if (typeof parsed === 'string') {
      throw new UsageError(
        `saved profile "${name}" cannot be read: ${parsed}`,
        `fix or delete ${path}, or save it again with fesr profile save ${name} …`,
      );
    }
    return parsed;
  }

  /** Writes the whole file under a temporary name, then renames it over the old one. */
  write(name: string, profile: SavedProfile): string {
    const path = this.pathOf(name);
    this.makeDir();
    writeWholeFile(path, textOf(profile));
    return path;
  }

  /**
   * Saves a profile only if none of that name exists, atomically: of two processes saving the
   * same new name at once, one wins and the other is told the name exists.
   */
  create(name: string, profile: SavedProfile): string {
    const path = this.pathOf(name);
    this.makeDir();
    const temporary = `${path}.${process.pid}.tmp`;
    writeWholeFile(temporary, textOf(profile));
    try {
      // A hard link of the whole file under the final name: it fails if the name is taken.
      linkSync(temporary, path);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'error';
      if (code === 'EEXIST') throw this.taken(name);
      // A file system without hard links: an exclusive create, then the content.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV')
        this.createExclusive(name, path, textOf(profile));
      else throw new UsageError(`cannot write ${path} (${code})`, undefined, { cause: error });
    } finally {
      rmSync(temporary, { force: true });
    }
    return path;
  }

  private createExclusive(name: string, path: string, text: string): void {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') throw this.taken(name);
      throw error;
    }
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }

  private makeDir(): void {
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (error) {
      throw new UsageError(
        `cannot create the profiles folder ${this.dir} (${(error as { code?: string }).code ?? 'error'})`,
        'point FESR_CONFIG_DIR or XDG_CONFIG_HOME at a folder fesr may write to',
      );
    }
  }

  /** The usage error for a name already saved. */
  taken(name: string): UsageError {
    return new UsageError(
      `a profile named "${name}" exists`,
      'add --force to replace it, or choose another name',
      { detail: { code: 'profile-exists', params: { name } } },
    );
  }

  delete(name: string): void {
    if (!this.exists(name)) throw this.unknown(name);
    rmSync(this.pathOf(name));
  }

  private unknown(name: string): UsageError {
    const names = this.names();
    return new UsageError(
      `no saved profile named "${name}"`,
      names.length
        ? `saved profiles: ${names.join(', ')}`
        : 'no profiles are saved yet; create one with fesr profile save NAME [profile flags]',
    );
  }
}
