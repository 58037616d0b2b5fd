// The lines under a table that say how old the data is, and when to run `fesr update`.
import { daysBetween } from '../core/dates.js';
import { freshnessNotice, type SourceDate } from '../core/freshness.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import { sanitizeText, wrapText } from './text.js';

export function renderFreshness(
  dates: readonly SourceDate[],
  today: string,
  t: Messages,
  c: Colors,
  width = 80,
): string {
  if (dates.length === 0) return '';
  const line = t.update.dataLine(
    dates.map((d) => ({
      source: sanitizeText(d.source),
      asOf: d.asOf,
      days: Math.max(0, daysBetween(d.asOf, today)),
    })),
  );
  const notice = freshnessNotice(dates, today);
  const fit = (text: string) => wrapText(text, Math.max(80, width));
  return `${c.dim(fit(line))}\n${notice ? `${c.yellow(fit(t.update.freshness(notice)))}\n` : ''}`;
}
