// Saved profiles: the raw inputs of a profile plus optional search filters, as stored on disk.
import { UsageError } from '../errors.js';
import type { ProfileInput } from './profile.js';
import { AID_FORMS, SPECIAL_STATUSES, type AidForm, type SpecialStatus } from './types.js';

export interface SavedProfile {
  size: string | null;
  employees: number | null;
  turnover: number | null;
  balanceSheet: number | null;
  ateco: string[];
  province: string | null;
  founded: string | null;
  legalForm: string | null;
  statuses: Partial<Record<SpecialStatus, boolean>>;
  text: string | null;
  aid: AidForm[];
}

export const PROFILE_NAME_RULE = /^[A-Za-z0-9_-]{1,64}$/;

export function checkProfileName(name: string): string {
  if (!PROFILE_NAME_RULE.test(name)) {
    throw new UsageError(
      `"${name}" is not a valid profile name`,
      'use letters, digits, - and _ (at most 64), e.g. crema-cosmetics',
    );
  }
  return name;
}

export function toSavedProfile(
  input: ProfileInput,
  filters: { text?: string | null; aid?: readonly AidForm[] | null } = {},
): SavedProfile {
  return {
    size: input.size ?? null,
    employees: input.employees ?? null,
    turnover: input.turnover ?? null,
    balanceSheet: input.balanceSheet ?? null,
    ateco: [...(input.ateco ?? [])],
    province: input.province ?? null,
    founded: input.founded ?? null,
    legalForm: input.legalForm ?? null,
    statuses: { ...input.statuses },
    text: filters.text ?? null,
    aid: [...(filters.aid ?? [])],
  };
}

/** Reads a stored profile defensively: it is a file people may edit by hand. */
export function parseSavedProfile(value: unknown): SavedProfile | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'is not a JSON object';
  const v = value as Record<string, unknown>;
  const text = (key: string) =>
    v[key] === undefined || v[key] === null || typeof v[key] === 'string';
  const number = (key: string) =>
    v[key] === undefined || v[key] === null || (typeof v[key] === 'number' && v[key] >= 0);
  const strings = (key: string) =>
    v[key] === undefined || (Array.isArray(v[key]) && v[key].every((x) => typeof x === 'string'));
  for (const key of ['size', 'province', 'text', 'founded', 'legalForm'])
    if (!text(key)) return `"${key}" is not text`;
  const statuses = v.statuses ?? {};
  if (typeof statuses !== 'object' || statuses === null || Array.isArray(statuses))
    return '"statuses" is not an object';
  const statusEntries = Object.entries(statuses as Record<string, unknown>);
  const badStatus = statusEntries.find(
    ([key, value]) =>
      !(SPECIAL_STATUSES as readonly string[]).includes(key) || typeof value !== 'boolean',
  );
  if (badStatus)
    return `"statuses" holds "${badStatus[0]}", not a known status set to true or false`;
  for (const key of ['employees', 'turnover', 'balanceSheet'])
    if (!number(key)) return `"${key}" is not a number`;
  for (const key of ['ateco', 'aid']) if (!strings(key)) return `"${key}" is not a list of text`;
  const aid = (v.aid as string[] | undefined) ?? [];
  const badAid = aid.find((a) => !(AID_FORMS as readonly string[]).includes(a));
  if (badAid) return `"aid" holds an unknown aid form "${badAid}"`;
  return {
    size: (v.size as string | null | undefined) ?? null,
    employees: (v.employees as number | null | undefined) ?? null,
    turnover: (v.turnover as number | null | undefined) ?? null,
    balanceSheet: (v.balanceSheet as number | null | undefined) ?? null,
    ateco: (v.ateco as string[] | undefined) ?? [],
    province: (v.province as string | null | undefined) ?? null,
    founded: (v.founded as string | null | undefined) ?? null,
    legalForm: (v.legalForm as string | null | undefined) ?? null,
    statuses: Object.fromEntries(statusEntries) as Partial<Record<SpecialStatus, boolean>>,
    text: (v.text as string | null | undefined) ?? null,
    aid: aid as AidForm[],
  };
}

/**
 * Explicit flags over a saved profile. The size fields travel together: any of --size,
 * --employees, --turnover or --balance-sheet replaces all four, so a stored headcount cannot
 * contradict a --size given now. --ateco replaces the stored list.
 */
export function mergeProfileInput(saved: SavedProfile, flags: ProfileInput): ProfileInput {
  const given = (x: unknown) => x !== null && x !== undefined;
  const sizeGiven = [flags.size, flags.employees, flags.turnover, flags.balanceSheet].some(given);
  const size = sizeGiven ? flags : saved;
  return {
    size: size.size ?? null,
    employees: size.employees ?? null,
    turnover: size.turnover ?? null,
    balanceSheet: size.balanceSheet ?? null,
    ateco: flags.ateco?.length ? flags.ateco : saved.ateco,
    province: flags.province ?? saved.province,
    founded: flags.founded ?? saved.founded,
    legalForm: flags.legalForm ?? saved.legalForm,
    // A status given now overrides the stored answer for that status only.
    statuses: { ...saved.statuses, ...flags.statuses },
  };
}
