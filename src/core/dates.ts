// Calendar days in Europe/Rome. Calls open and close at local times; statuses are per local day.
import { UsageError } from '../errors.js';
import type { MeasureStatus } from './types.js';

export const TIME_ZONE = 'Europe/Rome';

// Built on first use: an Intl formatter with a time zone costs tens of milliseconds at start-up,
// and only instants before the EU summer-time rule need it.
let romeFormat: Intl.DateTimeFormat | null = null;
function romeParts(): Intl.DateTimeFormat {
  romeFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return romeFormat;
}

/** From this year on Italy keeps the EU rule (Directive 2000/84/EC; the same dates since 1996). */
const EU_RULE_FROM = 1996;
const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (0-based): when EU summer time starts or ends. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * HOUR_MS;
}

/**
 * Rome's offset from UTC at an instant by the EU rule: +2 h from the last Sunday of March to the
 * last Sunday of October (01:00 UTC both), +1 h otherwise.
 */
function romeOffsetMs(instant: Date): number {
  const year = instant.getUTCFullYear();
  const t = instant.getTime();
  const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9);
  return (summer ? 2 : 1) * HOUR_MS;
}

/** The Europe/Rome local date-time of an instant, as `YYYY-MM-DDTHH:MM`. */
export function toRomeLocal(instant: Date): string {
  const year = instant.getUTCFullYear();
  if (year >= EU_RULE_FROM && year <= 9999) {
    // Arithmetic, not Intl: the same answer (tested against Intl) without its start-up cost.
    return new Date(instant.getTime() + romeOffsetMs(instant)).toISOString().slice(0, 16);
  }
  const parts = Object.fromEntries(
    romeParts()
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The Europe/Rome calendar day of an instant. */
export function romeDate(instant: Date): string {
  return toRomeLocal(instant).slice(0, 10);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A real calendar date `YYYY-MM-DD`, or null. */
export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` with real values. */
export function isValidLocalDateTime(text: string): boolean {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m || !isValidDate(text.slice(0, 10))) return false;
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  return hour < 24 && minute < 60;
}

export function parseAsOf(input: string): string {
  if (!isValidDate(input)) {
    throw new UsageError(`bad date "${input}" (expected YYYY-MM-DD)`, 'e.g. --as-of 2024-10-01', {
      detail: { code: 'bad-date', params: { input } },
    });
  }
  return input;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const day = (s: string) =>
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/**
 * Status on the `asOf` day: upcoming before the opening day, open from the opening day to the
 * closing day included, closed after. Opened with no closing date stays open (until funds run out).
 */
export function measureStatus(
  opensAt: string | null,
  closesAt: string | null,
  asOf: string,
): MeasureStatus {
  const opensOn = opensAt ? opensAt.slice(0, 10) : null;
  const closesOn = closesAt ? closesAt.slice(0, 10) : null;
  const base = { opensOn, closesOn };
  if (!opensOn && !closesOn) return { ...base, status: 'unknown', daysLeft: null };
  if (closesOn && asOf > closesOn) return { ...base, status: 'closed', daysLeft: null };
  if (opensOn && asOf < opensOn) {
    return { ...base, status: 'upcoming', daysLeft: closesOn ? daysBetween(asOf, closesOn) : null };
  }
  if (!opensOn && closesOn) {
    // Only a deadline is known: open until then is the reading the sources intend.
    return { ...base, status: 'open', daysLeft: daysBetween(asOf, closesOn) };
  }
  return { ...base, status: 'open', daysLeft: closesOn ? daysBetween(asOf, closesOn) : null };
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]00:?00)?$/;

/** `YYYY-MM-DDTHH:MM` at 00:00 is a whole day: keep the date only, as the sources mean it. */
export function dropMidnight(local: string): string {
  return local.endsWith('T00:00') ? local.slice(0, 10) : local;
}

/**
 * Reads `YYYY-MM-DDTHH:MM[:SS[.sss]][Z]` as a UTC instant and returns its Europe/Rome local
 * date-time (date only at local midnight), or null when the text is not such a timestamp.
 * Some exports store Rome's midnight as `T22:00:00` or `T23:00:00` of the day before, in UTC.
 */
export function utcInstantToRomeLocal(text: string): string | null {
  // Exports repeat the same few thousand timestamps; Intl formatting is the costly part.
  const cached = romeLocalCache.get(text);
  if (cached !== undefined) return cached;
  const local = convertUtcInstant(text);
  if (romeLocalCache.size > 10_000) romeLocalCache.clear();
  romeLocalCache.set(text, local);
  return local;
}

const romeLocalCache = new Map<string, string | null>();

function convertUtcInstant(text: string): string | null {
  const m = INSTANT.exec(text.trim());
  if (!m || !isValidDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const instant = new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour, minute, second),
  );
  return dropMidnight(toRomeLocal(instant));
}

/** Reads a timestamp without zone as a Europe/Rome local one (date only at midnight), or null. */
export function floatingToRomeLocal(text: string): string | null {
  const m = INSTANT.exec(text.trim());
  if (!m || m[7]) return null;
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  return isValidLocalDateTime(local) && Number(m[6] ?? 0) < 60 ? dropMidnight(local) : null;
}

/** How near a deadline has to be for the call to count as closing soon. */
export const CLOSING_SOON_DAYS = 30;

export function closesSoon(status: MeasureStatus): boolean {
  return (
    status.status === 'open' && status.daysLeft !== null && status.daysLeft <= CLOSING_SOON_DAYS
  );
}
