// fesr news [--profile NAME…]: per saved profile, the matching calls that are new or changed
// since that profile's last `fesr news`. Nothing new: nothing printed, exit 0 (cron mails only news).
import { toJson } from '../../output/json.js';
import { withChanges } from '../../core/changes.js';
import { romeDate } from '../../core/dates.js';
import type { MatchResult, Status } from '../../core/types.js';
import { UsageError } from '../../errors.js';
import { changesAfter, lastChangeId, newsSeen, setNewsSeen } from '../../db/snapshots.js';
import { renderNews } from '../../output/changes.js';
import { toResultRecord } from '../../output/record.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import { DEFAULT_STATUSES, findMatches } from '../matching.js';
import type { OutputFlags } from '../options.js';
import { resolveProfile } from '../profile-flags.js';
import { ProfilesStore } from '../profiles-store.js';
import { withStore } from '../store.js';

export interface NewsFlags extends OutputFlags {
  profile?: string[];
}

/** A call that vanished from its source is news to whoever was following it. */
const NEWS_STATUSES: readonly Status[] = [...DEFAULT_STATUSES, 'withdrawn'];

export async function runNews(flags: NewsFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags, ['table', 'json']);
  checkOutputTarget(flags);
  const store = new ProfilesStore(ctx.configDir);
  const names = flags.profile?.length ? [...new Set(flags.profile)] : store.names();
  if (names.length === 0)
    throw new UsageError(
      'no saved profiles to report news for',
      'save one with `fesr profile save NAME …`, or give --profile NAME',
      { detail: { code: 'no-profiles', params: {} } },
    );
  await withStore(ctx, (db) => {
    const asOf = romeDate(ctx.now());
    const newest = lastChangeId(db);
    const sections: { profile: string; results: MatchResult[] }[] = [];
    for (const name of names) {
      const saved = store.read(name);
      const changes = changesAfter(db, newsSeen(db, name) ?? 0);
      if (changes.length === 0) continue;
      const profile = resolveProfile(db, { profile: name }, ctx);
      const found = findMatches(db, profile, {
        asOf,
        statuses: NEWS_STATUSES,
        text: saved.text,
        aid: saved.aid.length ? saved.aid : null,
        ids: changes.map((c) => c.id),
      });
      const results = withChanges(found, changes);
      if (results.length) sections.push({ profile: name, results });
    }
    // Reported or not, what is recorded now is no longer news for these profiles.
    db.transaction(() => {
      for (const name of names) setNewsSeen(db, name, newest, ctx.now().toISOString());
    }).immediate();
    if (sections.length === 0) return;
    if (format === 'json')
      return emit(
        ctx,
        flags,
        toJson(
          sections.map((s) => ({
            profile: s.profile,
            results: s.results.map((r) => toResultRecord(r)),
          })),
        ),
      );
    emit(ctx, flags, renderNews(sections, ctx.messages));
  });
}
