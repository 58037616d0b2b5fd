// fesr rebuild: a damaged store is moved aside and a fresh one made from the bundled data.
import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { allMeasureIds } from '../../db/measures.js';
import { APPLICATION_ID, readRestoreList, storeLooksHealthy } from '../../db/open.js';
import { DatabaseError, UsageError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { withStore } from '../store.js';

export interface RebuildFlags {
  force?: boolean;
}

/** Whether the file's header says it is a fesr store (the SQLite magic and fesr's application id). */
function headerIsFesr(path: string): boolean {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return false;
  } finally {
    closeSync(fd);
  }
  return (
    header.toString('latin1', 0, 16) === 'SQLite format 3\0' &&
    header.readUInt32BE(68) === APPLICATION_ID
  );
}

/** `<db>.damaged-20261202T101500Z`, with a counter if that name is taken. */
function asideName(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  let name = `${path}.damaged-${stamp}`;
  for (let n = 2; existsSync(name); n++) name = `${path}.damaged-${stamp}-${n}`;
  return name;
}

export async function runRebuild(flags: RebuildFlags, ctx: CliContext): Promise<void> {
  const path = ctx.dbPath;
  const t = ctx.messages.rebuild;
  const lines: string[] = [];
  let restore: ReturnType<typeof readRestoreList> = { updated: [], imported: [] };
  if (existsSync(path) && statSync(path).size > 0) {
    if (!headerIsFesr(path) && !flags.force) {
      throw new DatabaseError(
        `${path} does not look like a fesr database: fesr rebuild leaves it alone`,
        'check --db and FESR_DB; add --force to move it aside anyway',
        { detail: { code: 'rebuild-not-fesr', params: { path } } },
      );
    }
    if (!flags.force && storeLooksHealthy(path)) {
      throw new UsageError(
        `${path} is a healthy fesr database: nothing to rebuild`,
        'fesr rebuild is for a damaged store; add --force to move this one aside anyway',
        { detail: { code: 'rebuild-healthy', params: { path } } },
      );
    }
    restore = readRestoreList(path);
    const aside = asideName(path, ctx.now());
    try {
      renameSync(path, aside);
      for (const suffix of ['-wal', '-shm'])
        if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${aside}${suffix}`);
    } catch (error) {
      throw new DatabaseError(
        `cannot move ${path} aside (${(error as { code?: string }).code ?? 'error'})`,
        'check that its folder is writable',
        { cause: error },
      );
    }
    lines.push(t.movedAside(path, aside));
  } else {
    lines.push(t.noStore(path));
  }
  const measures = await withStore(ctx, (db) => allMeasureIds(db).length);
  lines.push(t.created(path, measures));
  if (restore === null) lines.push(t.logUnreadable());
  else if (restore.updated.length || restore.imported.length) {
    lines.push(t.toRestore());
    if (restore.updated.length) lines.push(`  fesr update ${restore.updated.join(' ')}`);
    const listed = new Set<string>();
    for (const { file, source, format } of restore.imported) {
      // A file logged once per source it carried is imported again once.
      if (listed.has(file)) continue;
      listed.add(file);
      // A fesr CSV names its rows' sources itself; the other formats have a default source.
      const named = format !== 'fesr-csv' && source !== format ? ` --source ${quote(source)}` : '';
      const input = file === '(stdin)' ? '-' : quote(file);
      lines.push(`  fesr import ${input}${named}`);
    }
  }
  ctx.stdout.write(`${lines.join('\n')}\n`);
}

/** A word as a shell reads it. */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
