// Dates as the real notes write them: worded, with a degree sign, dotted, dashed, two-digit years.
import { describe, expect, it } from 'vitest';
import { findItalianDates } from '../../../../src/core/rules/italian-dates.js';
import { searchable } from '../../../../src/core/rules/words.js';
import { field, sentence } from '../../../helpers/real-records.js';

const NOTES = 'Note_di_apertura_chiusura';
const datesIn = (text: string) => findItalianDates(searchable(text)).map((d) => d.date);

describe('findItalianDates', () => {
  it('reads a worded date «del 30 maggio 2025» and where it stands (1535)', () => {
    const text = sentence(1535, NOTES, 'entro le ore 12.00 del 30 maggio 2025');
    const [found] = findItalianDates(searchable(text));
    expect(found?.date).toBe('2025-05-30');
    expect(text.slice(found?.index, found?.end)).toBe('30 maggio 2025');
  });

  it('reads «1° ottobre 2025» with its degree sign, in order with the other dates (2893)', () => {
    const text = sentence(
      2893,
      NOTES,
      'per l’anno 2025, dalle ore 10.00 del 1° ottobre 2025 alle ore 17.00 del 31 ottobre 2025.',
    );
    expect(datesIn(text)).toEqual(['2025-10-01', '2025-10-31']);
  });

  it('reads dotted, dashed and slashed numeric dates (2781, 3890, 3424, 3705)', () => {
    expect(datesIn(sentence(2781, NOTES, 'sino alle ore 18:00 del 31.12.2026.'))).toEqual([
      '2026-12-31',
    ]);
    expect(datesIn(sentence(3890, NOTES, 'in data 27-02-2025'))).toEqual(['2025-02-27']);
    expect(
      datesIn(
        sentence(
          3705,
          NOTES,
          'a partire dalle ore 12:00 del 26.03.2025 e fino alle ore 16:00 del 31.12.2025',
        ),
      ),
    ).toEqual(['2025-03-26', '2025-12-31']);
  });

  it('reads two-digit years in a list of windows «01/07/24-30/09/24; …» (2692)', () => {
    const text = sentence(
      2692,
      NOTES,
      '01/07/24-30/09/24; 04/11/24-31/01/25; 03/03/25-03/06/25; 01/07/25-30/09/25; 03/11/25-02/02/26.',
    );
    expect(datesIn(text)).toEqual([
      '2024-07-01',
      '2024-09-30',
      '2024-11-04',
      '2025-01-31',
      '2025-03-03',
      '2025-06-03',
      '2025-07-01',
      '2025-09-30',
      '2025-11-03',
      '2026-02-02',
    ]);
  });

  it('reads no date where the year is missing: «dal 17/03 al 31/03/2025», «entro il 30 aprile di ogni anno» (3743, 1046)', () => {
    expect(datesIn(sentence(3743, NOTES, 'le domande pervenute dal 17/03 al 31/03/2025'))).toEqual([
      '2025-03-31',
    ]);
    expect(datesIn(sentence(1046, NOTES, 'entro il 30 aprile di ogni anno'))).toEqual([]);
    expect(datesIn(field(1173, NOTES))).toEqual([]);
  });

  it('reads no date in a yearly span «01/01-31/12» (1049)', () => {
    expect(field(1049, NOTES)).toBe('01/01-31/12');
    expect(datesIn(field(1049, NOTES))).toEqual([]);
  });

  it('reads no times as dates: «ore 12.00», «ore 10:00» (3937)', () => {
    expect(datesIn(field(3937, NOTES))).toEqual(['2025-04-07', '2026-01-30']);
  });
});
