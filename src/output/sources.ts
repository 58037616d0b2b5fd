// `fesr sources` as a table that fits the terminal: long file paths keep their end.
import Table from 'cli-table3';
import { toRomeLocal } from '../core/dates.js';
import type { SourceSummary } from '../db/imports.js';
import type { Messages } from '../i18n/messages.js';
import { sanitizeText } from './text.js';

function keepEnd(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `…${chars.slice(chars.length - width + 1).join('')}`;
}

/**
 * `whole` (off a terminal: a pipe, a file): every value in full, the columns as wide as they
 * need; on a terminal the table fits `width` and a long file keeps its end.
 */
export function renderSources(
  sources: readonly SourceSummary[],
  t: Messages,
  width: number,
  whole = false,
): string {
  const a = t.admin;
  const fixed = { source: 10, measures: 8, lastImport: 16, counts: 11 };
  const fileWidth =
    Math.max(80, width) -
    1 -
    (1 + 3 * 5) -
    fixed.source -
    fixed.measures -
    fixed.lastImport -
    fixed.counts;
  const table = new Table({
    head: [
      a.headingSource(),
      a.headingMeasures(),
      a.headingLastImport(),
      a.headingFile(),
      a.headingCounts(),
    ],
    colWidths: whole
      ? []
      : [
          fixed.source + 2,
          fixed.measures + 2,
          fixed.lastImport + 2,
          fileWidth + 2,
          fixed.counts + 2,
        ],
    style: { head: [], border: [] },
    wordWrap: false,
  });
  for (const s of sources) {
    const last = s.imports[s.imports.length - 1];
    table.push([
      sanitizeText(s.source),
      s.measures,
      // Stored as UTC instants; shown in Europe/Rome like every other day and time of fesr.
      s.lastImportAt ? toRomeLocal(new Date(s.lastImportAt)).replace('T', ' ') : '–',
      s.lastFile
        ? whole
          ? sanitizeText(s.lastFile)
          : keepEnd(sanitizeText(s.lastFile), fileWidth)
        : '–',
      last ? `${last.inserted}/${last.updated}/${last.unchanged}/${last.skipped}` : '–',
    ]);
  }
  return `${table.toString()}\n`;
}
