// Results as an iCalendar file (RFC 5545): one all-day event on each call's closing day, with a
// reminder a week before. Kept to what Outlook, Google Calendar and Apple Calendar all import:
// CRLF lines folded at 75 octets, TEXT values escaped, dates only (so no time zone is needed).
import type { Eligibility, MatchResult, Reason, Verdict } from '../core/types.js';
import { describeReason } from '../i18n/index.js';
import type { Messages } from '../i18n/messages.js';
import { sanitizeText } from './text.js';

export interface IcsOptions {
  /** The language of the calendar's name and of the events' descriptions. */
  messages: Messages;
  /** When the file is written: every event's DTSTAMP. */
  now: Date;
}

export interface IcsCalendar {
  text: string;
  /** Events written: the results with a closing date. */
  events: number;
  /** Results left out because they have no closing date. */
  undated: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * One content line folded (RFC 5545 3.1): at most 75 octets a line, the leading space of a
 * continuation counting, and never inside a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let room = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Data-borne text on one line, without control characters. */
function clean(text: string | null | undefined): string {
  return sanitizeText(text ?? '').trim();
}

function basicDate(day: string): string {
  return day.replace(/-/g, '');
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A URL that may stand as a URI value: http(s), no spaces or characters a URI cannot hold. */
function uri(url: string): string | null {
  return /^https?:\/\/[^\s"<>\\^`{|}]+$/i.test(url) ? url : null;
}

/** The hour of the deadline when the source gives one for that day (not a bare midnight). */
function deadlineTime(closesAt: string | null, day: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(closesAt ?? '');
  return match && match[1] === day && match[2] !== '00:00' ? (match[2] as string) : null;
}

/** The reasons worth a line: what to check for a call to verify, what fails for one ruled out. */
function reasonsToShow(eligibility: Eligibility, reasons: readonly Reason[]): Reason[] {
  const wanted: Verdict | null =
    eligibility === 'unverified' ? 'unknown' : eligibility === 'ineligible' ? 'fail' : null;
  return wanted ? reasons.filter((r) => r.verdict === wanted) : [];
}

function description(result: MatchResult, day: string, url: string, t: Messages): string {
  const c = t.calendar;
  const lines = [clean(c.verdict(result.eligibility))];
  const shown = reasonsToShow(result.eligibility, result.reasons);
  if (shown.length) {
    lines.push(clean(c.reasonsHeading(result.eligibility)));
    for (const r of shown)
      lines.push(`- ${clean(t.criterionName(r.criterion))}: ${clean(describeReason(r, t))}`);
  }
  lines.push(clean(c.deadline(day, deadlineTime(result.measure.closesAt, day))));
  if (url) lines.push(`${clean(c.link())}: ${url}`);
  lines.push(clean(c.details(`fesr show ${clean(result.measure.id)}`)));
  return lines.join('\n');
}

function event(result: MatchResult, day: string, options: IcsOptions): string[] {
  const t = options.messages;
  const m = result.measure;
  const title = clean(m.title) || clean(m.id);
  const url = clean(m.url) || clean(m.sourceUrls[0]);
  const link = uri(url);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${clean(m.id)}@fesr`)}`,
    `DTSTAMP:${stamp(options.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(day)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(day))}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(description(result, day, url, t))}`,
    ...(link ? [`URL:${link}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(clean(t.calendar.reminder(title)))}`,
    'TRIGGER:-P7D',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The calendar of the results' deadlines; results without a closing date are counted, not shown. */
export function renderIcs(results: readonly MatchResult[], options: IcsOptions): IcsCalendar {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//fesr//fesr call deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(clean(options.messages.calendar.name()))}`,
  ];
  let events = 0;
  for (const result of results) {
    const day = result.status.closesOn;
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    lines.push(...event(result, day, options));
    events++;
  }
  lines.push('END:VCALENDAR');
  return {
    text: lines.map(foldLine).join(CRLF) + CRLF,
    events,
    undated: results.length - events,
  };
}
