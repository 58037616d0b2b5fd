// Profile flags to a company profile, with the reference lookups the core needs.
import { atecoLookup } from '../db/reference.js';
import type { Db } from '../db/open.js';
import { buildProfile, type ProfileInput } from '../core/profile.js';
import { mergeProfileInput } from '../core/saved-profile.js';
import {
  SPECIAL_STATUSES,
  type AidForm,
  type CompanyProfile,
  type SpecialStatus,
} from '../core/types.js';
import type { CliContext } from './context.js';
import { createInputReader, readProfileInput } from './input-reading.js';
import { STATUS_FLAGS, type ProfileFlags } from './options.js';
import { ProfilesStore } from './profiles-store.js';

export function profileInputFromFlags(flags: ProfileFlags): ProfileInput {
  return {
    size: flags.size ?? null,
    employees: flags.employees ?? null,
    turnover: flags.turnover ?? null,
    balanceSheet: flags.balanceSheet ?? null,
    ateco: flags.ateco ?? [],
    province: flags.province ?? null,
    founded: flags.founded ?? null,
    legalForm: flags.legalForm ?? null,
    statuses: statusesFromFlags(flags),
  };
}

/** The special statuses the flags affirm or deny; a status not mentioned stays unknown. */
export function statusesFromFlags(flags: ProfileFlags): Partial<Record<SpecialStatus, boolean>> {
  const statuses: Partial<Record<SpecialStatus, boolean>> = {};
  for (const status of SPECIAL_STATUSES) {
    const value = flags[STATUS_FLAGS[status]];
    if (typeof value === 'boolean') statuses[status] = value;
  }
  return statuses;
}

/**
 * Profile fields as typed, read with the reference data (a municipality for its province, a
 * decimal comma in an ATECO code); each such reading is said on stderr.
 */
export function readTypedProfile(db: Db, input: ProfileInput, ctx: CliContext): ProfileInput {
  return readProfileInput(createInputReader(db, ctx.messages), input, (note) =>
    ctx.stderr.write(`fesr: ${note}\n`),
  );
}

/** The profile of a command: a saved profile (--profile) under the explicit flags. */
export function resolveProfile(db: Db, flags: ProfileFlags, ctx: CliContext): CompanyProfile {
  const given = profileInputFromFlags(flags);
  const input = flags.profile
    ? mergeProfileInput(new ProfilesStore(ctx.configDir).read(flags.profile), given)
    : given;
  return buildProfile(readTypedProfile(db, input, ctx), atecoLookup(db));
}

/** The search filters a saved profile carries (--text, --aid), unless given as flags. */
export function applySavedFilters<T extends ProfileFlags & { text?: string; aid?: AidForm[] }>(
  flags: T,
  ctx: CliContext,
): T {
  if (!flags.profile) return flags;
  const saved = new ProfilesStore(ctx.configDir).read(flags.profile);
  return {
    ...flags,
    text: flags.text ?? saved.text ?? undefined,
    aid: flags.aid ?? (saved.aid.length ? saved.aid : undefined),
  };
}
