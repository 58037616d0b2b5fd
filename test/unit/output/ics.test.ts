import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { MatchResult, Reason } from '../../../src/core/types.js';
import { en } from '../../../src/i18n/en.js';
import { it as italian } from '../../../src/i18n/it.js';
import { escapeText, foldLine, renderIcs } from '../../../src/output/ics.js';
import { measure } from '../../helpers/measure.js';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const NOW = new Date('2024-10-01T08:30:00Z');

function result(overrides: Partial<MatchResult> & { id?: string; title?: string } = {}) {
  const { id = 'bando-1', title = 'Bando di prova', ...rest } = overrides;
  return {
    measure: measure({
      id,
      title,
      url: 'https://example.org/bandi?id=1,2;x',
      closesAt: '2024-11-12T12:00',
    }),
    status: { status: 'open', opensOn: '2024-09-01', closesOn: '2024-11-12', daysLeft: 42 },
    eligibility: 'eligible',
    reasons: [],
    alsoIn: [],
    sourceIds: [id],
    ...rest,
  } as MatchResult;
}

const unknownSector: Reason = {
  criterion: 'sector',
  verdict: 'unknown',
  code: 'sector-note',
  params: { note: 'solo manifattura; servizi esclusi' },
  source: null,
  field: null,
  quote: null,
};

describe('iCalendar lines', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('plain words: ok')).toBe('plain words: ok');
  });

  it('leaves a line of 75 octets whole and folds the 76th onto a continuation', () => {
    const line = `DESCRIPTION:${'x'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}y`)).toBe(`${line}\r\n y`);
  });

  it.each([
    ['accents (2 octets)', 'è'],
    ['euro sign (3 octets)', '€'],
    ['emoji (4 octets, a surrogate pair)', '🇮🇹'],
  ])('folds %s at 75 octets without splitting a character', (_name, char) => {
    for (let prefix = 0; prefix < 8; prefix++) {
      const line = `SUMMARY:${'a'.repeat(prefix)}${char.repeat(60)}`;
      const folded = foldLine(line);
      const physical = folded.split('\r\n');
      expect(physical.length).toBeGreaterThan(1);
      for (const part of physical) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(part).not.toContain('\uFFFD');
        // Re-encoding a part alone loses nothing: no character is cut in half.
        expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        expect(part).toMatch(/^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/u);
      }
      physical.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
      expect(unfold(folded)).toBe(line);
    }
  });
});

describe('renderIcs', () => {
  it('writes a conservative calendar: CRLF, folded, the calendar properties, one event per date', () => {
    const calendar = renderIcs(
      [
        result(),
        result({
          id: 'sportello',
          status: { status: 'open', opensOn: '2024-01-01', closesOn: null, daysLeft: null },
        }),
      ],
      { messages: en, now: NOW },
    );
    expect(calendar).toMatchObject({ events: 1, undated: 1 });
    const text = calendar.text;
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//fesr//fesr call deadlines//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:fesr: call deadlines',
    ]);
    expect(lines).toContain('UID:bando-1@fesr');
    expect(lines).toContain('DTSTAMP:20241001T083000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20241112');
    expect(lines).toContain('DTEND;VALUE=DATE:20241113');
    expect(lines).toContain('URL:https://example.org/bandi?id=1,2;x');
    expect(lines).toContain('TRIGGER:-P7D');
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(text).not.toContain('sportello');
  });

  it('says the verdict and the reasons to check, and parses back with ical.js', () => {
    const text = renderIcs([result({ eligibility: 'unverified', reasons: [unknownSector] })], {
      messages: en,
      now: NOW,
    }).text;
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') as ICAL.Component,
    );
    expect(event.summary).toBe('Bando di prova');
    expect(event.uid).toBe('bando-1@fesr');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-11-12');
    expect(event.endDate.toString()).toBe('2024-11-13');
    expect(event.description.split('\n')).toEqual([
      'To verify: no criterion fails, but the data does not settle some.',
      'To check before applying:',
      '- sector: sector rule in words: solo manifattura; servizi esclusi',
      'Deadline: 2024-11-12 at 12:00 (Italian time)',
      'Call page: https://example.org/bandi?id=1,2;x',
      'All the details: fesr show bando-1',
    ]);
  });

  it('strips control characters from the data and keeps newlines only where it puts them', () => {
    const text = renderIcs(
      [result({ title: 'Bando\u001b]52;c;cGF5bG9hZA==\u0007 rosso\r\nEND:VCALENDAR\u0000' })],
      { messages: en, now: NOW },
    ).text;
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    const parsed = new ICAL.Component(ICAL.parse(text));
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(1);
    // The whole OSC 52 sequence goes, its payload with it.
    expect(parsed.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(
      'Bando rosso END:VCALENDAR',
    );
  });

  it('speaks Italian in the descriptions and the calendar name', () => {
    const text = unfold(
      renderIcs([result({ eligibility: 'unverified', reasons: [unknownSector] })], {
        messages: italian,
        now: NOW,
      }).text,
    );
    expect(text).toContain('X-WR-CALNAME:fesr: scadenze dei bandi');
    expect(text).toContain('Punti da controllare prima della domanda:');
    expect(text).toContain('Scadenza: 2024-11-12 ore 12:00');
    expect(text).toContain('Chiude tra 7 giorni: Bando di prova');
  });

  it('writes an empty calendar when no result has a date', () => {
    const calendar = renderIcs([], { messages: en, now: NOW });
    expect(calendar).toMatchObject({ events: 0, undated: 0 });
    expect(new ICAL.Component(ICAL.parse(calendar.text)).name).toBe('vcalendar');
  });
});
