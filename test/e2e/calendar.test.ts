// `fesr search --format ics` through the built binary: the file a calendar application imports,
// read back with a real iCalendar parser and compared with the same search in JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { COSMETICS_CR, runFesr, seedTemplate, seededDir } from '../helpers/run-fesr.js';

let template: string;
beforeAll(() => {
  template = seedTemplate();
});

const NOW = { FESR_NOW: '2024-10-01T07:00:00Z' };
const search = ['search', ...COSMETICS_CR, '--as-of', '2024-10-01', '--status', 'all'];

interface Row {
  id: string;
  title: string;
  url: string | null;
  closesOn: string | null;
  eligibility: string;
}

function events(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('fesr search --format ics', () => {
  it('writes one all-day event per dated result, with its title, link and a reminder a week before', () => {
    const dir = seededDir(template);
    const rows = JSON.parse(
      runFesr([...search, '--format', 'json'], dir, { env: NOW }).stdout,
    ) as Row[];
    const dated = rows.filter((r) => r.closesOn);
    expect(dated.length).toBeGreaterThan(3);
    const undated = rows.length - dated.length;
    expect(undated).toBeGreaterThan(0);

    const file = join(dir, 'deadlines.ics');
    const r = runFesr([...search, '--output', file], dir, { env: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `fesr: ${undated} results have no closing date: left out of the calendar\n`,
    );

    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // long descriptions are folded
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//fesr//fesr call deadlines//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('fesr: call deadlines');
    const found = events(text);
    expect(found).toHaveLength(dated.length);
    found.forEach((vevent, i) => {
      const row = dated[i] as Row;
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`${row.id}@fesr`);
      expect(event.summary).toBe(row.title);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(row.closesOn);
      const next = event.startDate.clone();
      next.adjust(1, 0, 0, 0);
      expect(event.endDate.toString()).toBe(next.toString());
      expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-10-01T07:00:00Z');
      if (row.url) {
        expect(vevent.getFirstPropertyValue('url')).toBe(row.url);
        expect(event.description).toContain(row.url);
      }
      expect(event.description).toContain(`fesr show ${row.id}`);
      const alarm = vevent.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D');
      expect(alarm?.getFirstPropertyValue('description')).toBe(`Closes in 7 days: ${row.title}`);
    });

    const digital = found
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid === 'transizione-digitale-2024@fesr');
    expect(digital?.description.split('\n')[0]).toBe('Eligible: every criterion passes.');
    expect(digital?.startDate.toString()).toBe('2024-11-12');
    const toVerify = found
      .map((v) => new ICAL.Event(v))
      .find((e) => e.description.startsWith('To verify'));
    expect(toVerify?.description).toContain('To check before applying:\n- ');
  });

  it('writes the calendar to stdout with --format ics, in Italian for an Italian locale', () => {
    const dir = seededDir(template);
    const r = runFesr([...search, '--format', 'ics'], dir, {
      env: { ...NOW, LANG: 'it_IT.UTF-8' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^fesr: \d+ risultati non hanno data di chiusura: esclusi dal calendario\n$/,
    );
    const calendar = new ICAL.Component(ICAL.parse(r.stdout));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('fesr: scadenze dei bandi');
    const descriptions = events(r.stdout).map((v) => new ICAL.Event(v).description);
    expect(descriptions.some((d) => d.startsWith('Ammissibile'))).toBe(true);
    expect(descriptions.every((d) => d.includes('Scadenza: '))).toBe(true);
  });
});

describe('--output names a format by its extension', () => {
  it('refuses an unknown extension (exit 2) and names the formats; --format settles it', () => {
    const dir = seededDir(template);
    for (const name of ['out.txt', 'report.xls', 'results']) {
      const r = runFesr([...search, '--output', join(dir, name)], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('the formats are table, json, csv, xlsx, ics');
      expect(r.stderr).toContain('name the file .json, .csv, .xlsx or .ics, or give --format');
    }
    const txt = join(dir, 'out.txt');
    expect(runFesr([...search, '--format', 'table', '--output', txt], dir).code).toBe(0);
    expect(readFileSync(txt, 'utf8')).toContain('┌');
  });

  it('keeps ics to search: match and stats refuse it', () => {
    const dir = seededDir(template);
    const firms = join(dir, 'firms.csv');
    writeFileSync(firms, 'name,size,ateco,province\nAlfa,small,20.42,CR\n');
    const flag = runFesr(['match', firms, '--format', 'ics'], dir);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Allowed choices are table, json, csv, xlsx');
    const byName = runFesr(['match', firms, '--output', join(dir, 'm.ics')], dir);
    expect(byName.code).toBe(2);
    expect(byName.stderr).toContain('this command writes table, json, csv or xlsx, not ICS');
    const stats = runFesr(['stats', '--output', join(dir, 's.ics')], dir);
    expect(stats.code).toBe(2);
    expect(stats.stderr).toContain('this command writes table or json, not ICS');
  });

  it('lists ics in `fesr search --help`', () => {
    const help = runFesr(['search', '--help'], seededDir(template)).stdout;
    expect(help).toMatch(/--format <format> +output format \(ics: the deadlines as a calendar\)/);
    expect(help).toContain('"ics"');
    expect(help).toContain('.json, .csv, .xlsx, .ics give the');
  });
});
