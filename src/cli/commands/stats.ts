// fesr stats: measures by status, aid form and programme, with EUR totals.
import { toJson } from '../../output/json.js';
import Table from 'cli-table3';
import { uniqueCalls } from '../../core/dedupe.js';
import { measureStats, NOT_STATED, type Tally } from '../../core/stats.js';
import { AID_FORMS, type AidForm, type Status } from '../../core/types.js';
import { allMeasures } from '../../db/measures.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags } from '../options.js';
import { asOfDay } from '../matching.js';
import { withStore } from '../store.js';
import { sanitizeText } from '../../output/text.js';

export interface StatsFlags extends OutputFlags {
  asOf?: string;
}

export async function runStats(flags: StatsFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags, ['table', 'json']);
  checkOutputTarget(flags);
  const asOf = asOfDay(flags.asOf, ctx);
  await withStore(ctx, (db) => {
    // A call that came from two sources counts once, as in search.
    const stats = measureStats(uniqueCalls(allMeasures(db)), asOf);
    if (format === 'json') return emit(ctx, flags, toJson(stats));
    const t = ctx.messages;
    const a = t.admin;
    const section = (title: string, rows: Tally[], name: (key: string) => string) => {
      const table = new Table({
        head: [title, a.headingMeasures(), 'EUR'],
        style: { head: [], border: [] },
      });
      for (const row of rows)
        table.push([sanitizeText(name(row.key)), row.measures, t.euro(row.budgetEur)]);
      return table.toString();
    };
    const statusName = (key: string) => a.statusName(key as Status);
    const aidName = (key: string) =>
      (AID_FORMS as readonly string[]).includes(key)
        ? t.aidFormName(key as AidForm)
        : a.notStated();
    const programmeName = (key: string) => (key === NOT_STATED ? a.notStated() : key);
    emit(
      ctx,
      flags,
      [
        a.statsTitle(stats.total.measures, t.euro(stats.total.budgetEur), asOf),
        section(a.headingStatus(), stats.byStatus, statusName),
        section(a.headingAidForm(), stats.byAidForm, aidName),
        section(a.headingProgramme(), stats.byProgramme, programmeName),
      ].join('\n') + '\n',
    );
  });
}
