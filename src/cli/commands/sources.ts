// fesr sources: each source with its record count, last import time and file.
import Table from 'cli-table3';
import { listSources } from '../../db/imports.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags } from '../options.js';
import { withStore } from '../store.js';

export async function runSources(flags: OutputFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags);
  checkOutputTarget(flags);
  await withStore(ctx, (db) => {
    const sources = listSources(db);
    if (format === 'json') return emit(ctx, flags, `${JSON.stringify(sources, null, 2)}\n`);
    const table = new Table({
      head: ['source', 'measures', 'last import', 'file', 'new/upd/same/skip'],
      style: { head: [], border: [] },
    });
    for (const s of sources) {
      const last = s.imports[s.imports.length - 1];
      table.push([
        s.source,
        s.measures,
        s.lastImportAt?.replace('T', ' ').slice(0, 16) ?? '–',
        s.lastFile ?? '–',
        last ? `${last.inserted}/${last.updated}/${last.unchanged}/${last.skipped}` : '–',
      ]);
    }
    emit(ctx, flags, `${table.toString()}\n`);
  });
}
