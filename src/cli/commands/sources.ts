// fesr sources: each source with its record count, last import time and file.
import { listSources } from '../../db/imports.js';
import { renderSources } from '../../output/sources.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags } from '../options.js';
import { withStore } from '../store.js';

export async function runSources(flags: OutputFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags, ['table', 'json']);
  checkOutputTarget(flags);
  await withStore(ctx, (db) => {
    const sources = listSources(db);
    if (format === 'json') return emit(ctx, flags, `${JSON.stringify(sources, null, 2)}\n`);
    emit(ctx, flags, renderSources(sources, ctx.messages, ctx.stdout.columns ?? 80));
  });
}
