// A status a source showed on a day, for a call whose dates no source gives ("Aperto" on the
// managing body's product page, the status chip of a Bandi Online page). Stored as text,
// `open 2025-12-11`, so that the bundled CSV and every export carry it as one readable cell.
import { daysBetween, isValidDate } from './dates.js';
import type { Status } from './types.js';

export type SeenStatus = Extract<Status, 'open' | 'upcoming' | 'closed'>;

export interface StatusSeen {
  status: SeenStatus;
  /** The day the source showed it (`YYYY-MM-DD`). */
  on: string;
}

/**
 * How long a seen "open" stands in for dates: a sportello open until funds run out can close any
 * day, so after this many days without a newer look the status is unknown again.
 */
export const SEEN_OPEN_VALID_DAYS = 365;

/** The words a source shows for a status, in the stored form's first word. */
const STATUS_WORDS: Readonly<Record<string, SeenStatus>> = {
  open: 'open',
  aperto: 'open',
  upcoming: 'upcoming',
  'in apertura': 'upcoming',
  closed: 'closed',
  chiuso: 'closed',
};

/** The status a page chip or label says, or null for words that are not one. */
export function statusWord(text: string): SeenStatus | null {
  return STATUS_WORDS[text.trim().toLowerCase()] ?? null;
}

/** `open 2025-12-11` (also `aperto`, `chiuso`, `in apertura`), or null when it is not that. */
export function parseStatusSeen(text: string | null | undefined): StatusSeen | null {
  const match = /^\s*(.+?)\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(text ?? '');
  if (!match) return null;
  const status = statusWord(match[1] as string);
  const on = match[2] as string;
  return status && isValidDate(on) ? { status, on } : null;
}

export function formatStatusSeen(seen: StatusSeen): string {
  return `${seen.status} ${seen.on}`;
}

/**
 * The status a seen status gives on `asOf`, or null when it says nothing for that day: seen
 * after it, or an "open" or "upcoming" seen too long ago.
 */
export function seenStatusOn(seen: StatusSeen | null, asOf: string): SeenStatus | null {
  if (!seen || seen.on > asOf) return null;
  if (seen.status === 'closed') return 'closed';
  return daysBetween(seen.on, asOf) <= SEEN_OPEN_VALID_DAYS ? seen.status : null;
}
