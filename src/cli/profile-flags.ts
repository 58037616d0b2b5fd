// Profile flags to a company profile, with the reference lookups the core needs.
import { atecoLookup } from '../db/reference.js';
import type { Db } from '../db/open.js';
import { buildProfile, type ProfileInput } from '../core/profile.js';
import type { CompanyProfile } from '../core/types.js';
import type { CliContext } from './context.js';
import type { ProfileFlags } from './options.js';

export function profileInputFromFlags(flags: ProfileFlags): ProfileInput {
  return {
    size: flags.size ?? null,
    employees: flags.employees ?? null,
    turnover: flags.turnover ?? null,
    balanceSheet: flags.balanceSheet ?? null,
    ateco: flags.ateco ?? [],
    province: flags.province ?? null,
  };
}

export function profileFromFlags(db: Db, flags: ProfileFlags): CompanyProfile {
  return buildProfile(profileInputFromFlags(flags), atecoLookup(db));
}

/** The profile of a command: a saved profile (--profile) under the explicit flags. */
export function resolveProfile(db: Db, flags: ProfileFlags, _ctx: CliContext): CompanyProfile {
  return profileFromFlags(db, flags);
}
