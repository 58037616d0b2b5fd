// fesr show ID: every stored field of one measure; with profile flags, the verdict per criterion.
import { resultDataAsOf } from '../../core/freshness.js';
import { sourceDates } from '../../db/snapshots.js';
import { otherSourcesOf } from '../../core/dedupe.js';
import { evaluateMeasure } from '../../core/match.js';
import { isEmptyProfile } from '../../core/profile.js';
import { nearest } from '../../core/text.js';
import {
  allMeasureIds,
  getMeasure,
  getMeasureInfo,
  sameCallCandidates,
} from '../../db/measures.js';
import { municipalityName } from '../../db/reference.js';
import { UsageError } from '../../errors.js';
import { messagesFor } from '../../i18n/index.js';
import { createColors } from '../../output/colors.js';
import { renderFullJson } from '../../output/json.js';
import { renderMeasure } from '../../output/show.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags, ProfileFlags } from '../options.js';
import { resolveProfile } from '../profile-flags.js';
import { asOfDay } from '../matching.js';
import { withStore } from '../store.js';

export interface ShowFlags extends ProfileFlags, OutputFlags {
  asOf?: string;
}

export async function runShow(id: string, flags: ShowFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags, ['table', 'json']);
  checkOutputTarget(flags);
  const asOf = asOfDay(flags.asOf, ctx);
  const messages = format === 'json' ? messagesFor('en') : ctx.messages;
  await withStore(ctx, (db) => {
    const measure = getMeasure(db, id);
    if (!measure) {
      const suggestions = nearest(id, allMeasureIds(db), 3);
      throw new UsageError(
        `no measure with id "${id}"`,
        suggestions.length
          ? `did you mean ${suggestions.join(', ')}?`
          : 'list ids with `fesr search --status all`',
        {
          detail: { code: 'unknown-measure', params: { id, suggestions: suggestions.join(', ') } },
        },
      );
    }
    const profile = resolveProfile(db, flags, ctx);
    const places = municipalityName(db);
    const evaluated = evaluateMeasure(measure, profile, {
      asOf,
      municipalityName: places,
    });
    // Like search, name every source that carries this call.
    const alsoIn = otherSourcesOf(measure, sameCallCandidates(db, measure));
    const dates = new Map(sourceDates(db).map((d) => [d.source, d.asOf]));
    const result = {
      ...evaluated,
      alsoIn,
      dataAsOf: resultDataAsOf({ measure, alsoIn }, dates),
    };
    if (format === 'json') {
      return emit(ctx, flags, renderFullJson(result, { stored: getMeasureInfo(db, id) ?? null }));
    }
    const colors = flags.output ? createColors(false) : ctx.colors;
    emit(ctx, flags, renderMeasure(result, messages, colors, !isEmptyProfile(profile), places));
  });
}
