// Deadlines and halts in `Note_di_apertura_chiusura`, pinned on the notes of real records.
import { describe, expect, it } from 'vitest';
import { deadlineRule, haltRule } from '../../../../src/core/rules/status-words.js';
import type { ExtractedRule } from '../../../../src/core/types.js';
import { field, judgedWords, sentence } from '../../../helpers/real-records.js';

const NOTES = 'Note_di_apertura_chiusura';
const deadline = (text: string, fieldClosesOn: string | null) =>
  deadlineRule(text, 'dates note', 'notes', fieldClosesOn);
const halt = (text: string) => haltRule(text, 'dates note', 'notes');

function deadlineOf(rule: ExtractedRule | null): Extract<ExtractedRule, { kind: 'deadline' }> {
  if (rule?.kind !== 'deadline')
    throw new Error(`expected a deadline, got ${JSON.stringify(rule)}`);
  return rule;
}

describe('deadlineRule: an explicit deadline earlier than the closing-date field', () => {
  it('reads «entro le ore 12.00 del 30 maggio 2025» as a sure deadline before the field (1535)', () => {
    const note = sentence(
      1535,
      NOTES,
      'L’invio è fissato a partire da lunedì 15 aprile, dalle ore 11.00 ed entro le ore 12.00 del 30 maggio 2025 (salvo esaurimento anticipato dei fondi).',
    );
    expect(judgedWords(1535)).toContain('entro le ore 12.00 del 30 maggio 2025');
    const rule = deadlineOf(deadline(note, '2025-12-31'));
    expect(rule).toMatchObject({ closesOn: '2025-05-30', sure: true });
    expect(rule.from).toMatchObject({ source: 'notes', field: 'dates note' });
    expect(rule.from.quote).toContain('30 maggio 2025');
  });

  it('reads «entro e non oltre le ore 23.59 del 15 marzo 2024» two years before the field (3424)', () => {
    const note = sentence(
      3424,
      NOTES,
      'Le domande di contributo, pena la non ammissibilità, dovranno pervenire entro e non oltre le ore 23.59 del 15 marzo 2024.',
    );
    expect(judgedWords(3424)).toContain('entro e non oltre le ore 23.59 del 15 marzo 2024');
    const rule = deadlineOf(deadline(note, '2026-03-15'));
    expect(rule).toMatchObject({ closesOn: '2024-03-15', sure: true });
    expect(rule.from.quote).toContain('15 marzo 2024');
  });

  it('takes the «fino al giorno» date, not the opening «a partire dal giorno» one (3279)', () => {
    const note = sentence(
      3279,
      NOTES,
      'a partire dal giorno 27 novembre 2024, fino al giorno 11 dicembre 2024, ore 13.00, termine perentorio',
    );
    const rule = deadlineOf(deadline(note, '2028-09-30'));
    expect(rule).toMatchObject({ closesOn: '2024-12-11', sure: true });
    expect(rule.from.quote).toContain('11 dicembre 2024');
  });

  it('reads a numeric «sino alle ore 18:00 del 31.12.2026» as the only deadline there is (2781)', () => {
    const note = field(2781, NOTES);
    expect(judgedWords(2781)).toContain('sino alle ore 18:00 del 31.12.2026');
    expect(deadlineOf(deadline(note, null))).toMatchObject({ closesOn: '2026-12-31', sure: true });
  });

  it('is no rule when the notes close on the field day itself (2781, 3937)', () => {
    expect(deadline(field(2781, NOTES), '2026-12-31')).toBeNull();
    const note = sentence(
      3937,
      NOTES,
      'La richiesta di contributo deve essere presentata a partire dalle ore 10.00 del 7 aprile 2025 ed entro le ore 10.00 del 30 gennaio 2026.',
    );
    expect(judgedWords(3937)).toContain('entro le ore 10.00 del 30 gennaio 2026');
    expect(deadline(note, '2026-01-30')).toBeNull();
  });

  it('keeps a window among several unsure: «Chiusura della prima finestra» (2651)', () => {
    const note = sentence(
      2651,
      NOTES,
      'Bando a sportello: Apertura della prima finestra: ore 12.00 del 16 settembre 2024 Chiusura della prima finestra: ore 12.00 del 30 ottobre 2024',
    );
    expect(judgedWords(2651)).toContain(
      'Chiusura della prima finestra: ore 12.00 del 30 ottobre 2024',
    );
    const rule = deadlineOf(deadline(note, '2026-04-30'));
    expect(rule).toMatchObject({ closesOn: '2024-10-30', sure: false });
  });

  it('keeps two different deadlines unsure: «entro il 09.08.2024» then «Prorogata al 6 settembre 2024» (3133)', () => {
    const note = sentence(
      3133,
      NOTES,
      "Le domande di contribuzione saranno accolte entro il 09.08.2024 termine di chiusura della validità dell'Avviso pubblico. - Prorogata al 6 settembre 2024 la scadenza",
    );
    expect(deadlineOf(deadline(note, '2025-09-06'))).toMatchObject({
      closesOn: '2024-09-06',
      sure: false,
    });
  });

  it('keeps a date «In prima applicazione» unsure: the yearly term is the call’s own (2990)', () => {
    const note = field(2990, NOTES);
    expect(note).toContain('Termine di presentazione: 30 settembre, ore 12.00, dell’anno di avvio');
    sentence(2990, NOTES, 'In prima applicazione');
    const rule = deadlineOf(deadline(note, '2026-12-31'));
    expect(rule).toMatchObject({ closesOn: '2024-12-31', sure: false });
  });

  it('is no rule for a first day’s hours «dalle ore 12.00 alle ore 18.00 del giorno 10 dicembre 2024, e … fino a esaurimento» (3265)', () => {
    const note = sentence(
      3265,
      NOTES,
      'Le domande dovranno essere presentate dalle ore 12.00 alle ore 18.00 del giorno 10 dicembre 2024, e dalle ore 9.00 alle ore 18.00 dei giorni lavorativi successivi, fino a esaurimento delle risorse disponibili.',
    );
    expect(judgedWords(3265)).toContain('fino a esaurimento delle risorse disponibili');
    expect(deadline(note, '2027-12-31')).toBeNull();
    expect(deadline(note, null)).toBeNull();
  });

  it('is no rule for an opening date that runs «fino al totale impegno» or «fino a esaurimento fondi» (3575, 3924)', () => {
    const note3575 = sentence(
      3575,
      NOTES,
      'a partire dalle ore 10 del 24 ottobre 2024 fino al totale impegno delle risorse disponibili e comunque non oltre il 31 dicembre 2029.',
    );
    expect(deadline(note3575, '2029-12-31')).toBeNull();
    const note3924 = sentence(
      3924,
      NOTES,
      'a partire dalle ore 10:00 del 5 maggio 2025 fino a esaurimento fondi, e comunque non oltre le ore 12:00 del 13 novembre 2026.',
    );
    expect(deadline(note3924, '2026-11-13')).toBeNull();
  });

  it('is no rule for a yearly term without a year: «entro il 30 aprile di ogni anno» (1046)', () => {
    const note = sentence(
      1046,
      NOTES,
      "Le imprese di vicianto possono presentare la domanda per il mantenimento dell'esercizio entro il 30 aprile di ogni anno",
    );
    expect(deadline(note, '2026-12-31')).toBeNull();
  });

  it('is no rule for windows opened «dalle ore 10.00 del …» and closed «alle ore 17.00 del …» (2893)', () => {
    const note = field(2893, NOTES);
    expect(note).toContain(
      'dalle ore 10.00 del 1° ottobre 2025 alle ore 17.00 del 31 ottobre 2025',
    );
    expect(deadline(note, '2025-10-31')).toBeNull();
  });
});

describe('haltRule: words that close or stop a call', () => {
  it('reads «Lo sportello è stato sospeso … in data 27-02-2025» as a suspension from that day (3890)', () => {
    const note = sentence(
      3890,
      NOTES,
      'Lo sportello è stato sospeso per tutte e tre le aree interne in data 27-02-2025',
    );
    const rule = halt(note);
    expect(rule).toMatchObject({ kind: 'halt', closed: false, since: '2025-02-27' });
    expect(rule?.from.quote).toContain('sospeso');
    expect(rule?.from.quote).toContain('27-02-2025');
  });

  it('is no halt for «salvo chiusura anticipata per esaurimento risorse» (782, 3891, 3858)', () => {
    expect(
      halt(
        sentence(
          782,
          NOTES,
          'Bando per contributi a sportello aperto fino al 31 dicembre 2025, salvo chiusura anticipata per esaurimento risorse.',
        ),
      ),
    ).toBeNull();
    expect(halt(field(3891, NOTES))).toBeNull();
    expect(field(3891, NOTES)).toContain(
      'salvo chiusura anticipata per esaurimento risorse, ai sensi dell’art. 9 del presente Bando (il bando sarà chiuso al superamento del 120% dello stanziamento)',
    );
    expect(judgedWords(3858)).toContain('salvo chiusura anticipata per esaurimento');
    expect(halt(field(3858, NOTES))).toBeNull();
  });

  it('is no halt for a closing that «può»/«potrà»/«potrebbe» come early (1468, 3386, 3419, 3712)', () => {
    expect(judgedWords(1468)).toContain(
      'La chiusura può essere anticipata per esaurimento delle risorse',
    );
    expect(
      halt(
        sentence(
          1468,
          NOTES,
          'La chiusura può essere anticipata per esaurimento delle risorse disponibili',
        ),
      ),
    ).toBeNull();
    expect(
      halt(
        sentence(
          3386,
          NOTES,
          'L’Iniziativa potrà essere chiusa anticipatamente all’esaurimento della dotazione messa a disposizione per la Garanzia.',
        ),
      ),
    ).toBeNull();
    expect(
      halt(
        sentence(
          3419,
          NOTES,
          'La chiusura potrebbe essere anticipata in caso di intervenuto esaurimento delle risorse.',
        ),
      ),
    ).toBeNull();
    expect(
      halt(
        sentence(
          3712,
          NOTES,
          'In caso di esaurimento delle risorse, la chiusura del bando può essere anticipata rispetto alla data indicata',
        ),
      ),
    ).toBeNull();
  });

  it('is no halt for a sportello that closes when the funds run out, as a rule of the call (461, 2350, 1268, 1578, 2957)', () => {
    expect(judgedWords(461)).toContain(
      'sportello valutativo con chiusura ad esaurimento della dotazione',
    );
    expect(halt(field(461, NOTES))).toBeNull();
    expect(halt(sentence(2350, NOTES, 'Chiusura ad esaurimento domande.'))).toBeNull();
    expect(
      halt(
        sentence(1268, NOTES, 'chiusura del bando in caso di esaurimento anticipato delle risorse'),
      ),
    ).toBeNull();
    expect(halt(field(1578, NOTES))).toBeNull();
    expect(
      halt(
        sentence(
          2957,
          NOTES,
          'Dell’eventuale chiusura anticipata dello sportello verrà data comunicazione sul sito di Unioncamere Piemonte',
        ),
      ),
    ).toBeNull();
  });

  it('is no halt for «si riserva la facoltà di riaprire i termini di scadenza» (1834)', () => {
    expect(judgedWords(1834)).toContain('si riserva la facoltà di riaprire i termini di scadenza');
    expect(halt(field(1834, NOTES))).toBeNull();
  });
});
