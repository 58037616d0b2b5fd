// fesr stats: measures by status, aid form and programme, with EUR totals.
import Table from 'cli-table3';
import { measureStats, type Tally } from '../../core/stats.js';
import { queryMeasures } from '../../db/measures.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags } from '../options.js';
import { asOfDay } from '../matching.js';
import { withStore } from '../store.js';

export interface StatsFlags extends OutputFlags {
  asOf?: string;
}

export async function runStats(flags: StatsFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags);
  checkOutputTarget(flags);
  const asOf = asOfDay(flags.asOf, ctx);
  await withStore(ctx, (db) => {
    const stats = measureStats(queryMeasures(db, {}), asOf);
    if (format === 'json') return emit(ctx, flags, `${JSON.stringify(stats, null, 2)}\n`);
    const t = ctx.messages;
    const section = (title: string, rows: Tally[]) => {
      const table = new Table({ head: [title, '#', 'EUR'], style: { head: [], border: [] } });
      for (const row of rows) table.push([row.key, row.measures, t.euro(row.budgetEur)]);
      return table.toString();
    };
    emit(
      ctx,
      flags,
      [
        `${stats.total.measures} measures, ${t.euro(stats.total.budgetEur)} (as of ${asOf})`,
        section('status', stats.byStatus),
        section('aid form', stats.byAidForm),
        section('programme', stats.byProgramme),
      ].join('\n') + '\n',
    );
  });
}
