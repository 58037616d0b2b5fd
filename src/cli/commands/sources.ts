// fesr sources: each source with its record count, last import time and file.
import { toJson } from '../../output/json.js';
import { listSources } from '../../db/imports.js';
import { renderSources } from '../../output/sources.js';
import { renderFreshness } from '../../output/freshness.js';
import { createColors } from '../../output/colors.js';
import { romeDate } from '../../core/dates.js';
import { latestSnapshots, sourceDates } from '../../db/snapshots.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags } from '../options.js';
import { withStore } from '../store.js';

export async function runSources(flags: OutputFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags, ['table', 'json']);
  checkOutputTarget(flags);
  await withStore(ctx, (db) => {
    const dated = sourceDates(db);
    const dates = new Map(dated.map((d) => [d.source, d.asOf]));
    const snapshots = latestSnapshots(db);
    const sources = listSources(db).map((s) => ({
      ...s,
      dataAsOf: dates.get(s.source) ?? null,
      lastUpdate: snapshots.find((u) => u.source === s.source) ?? null,
    }));
    if (format === 'json') return emit(ctx, flags, toJson(sources));
    // The table has no colours; neither have the lines under it.
    const colors = createColors(false);
    const width = Math.max(80, ctx.stdout.columns ?? 80);
    emit(
      ctx,
      flags,
      // Off a terminal (a pipe, --output) nothing is cut.
      renderSources(sources, ctx.messages, width, !ctx.stdout.isTTY || Boolean(flags.output)) +
        renderFreshness(dated, romeDate(ctx.now()), ctx.messages, colors, width),
    );
  });
}
