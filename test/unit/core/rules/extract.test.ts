// From the words of a real record to a verdict, in pure code: extractRules reads the rules, the
// check functions of eligibility.ts turn them into reasons for the five firms of eval/firms.json,
// on 28 June 2025 (the day of the export). Each outcome is the one the reader judged by hand.
import { describe, expect, it } from 'vitest';
import { measureStatus } from '../../../../src/core/dates.js';
import {
  checkLegalForm,
  checkSector,
  checkSpecialStatus,
  checkStatus,
  checkTerritory,
  statusOf,
  type MatchContext,
} from '../../../../src/core/eligibility.js';
import { extractRules } from '../../../../src/core/rules/extract.js';
import type { CompanyProfile, Measure, Size } from '../../../../src/core/types.js';
import { activity, measure, profile } from '../../../helpers/measure.js';
import {
  field,
  judgedVerdict,
  judgedWords,
  listField,
  municipalityLookup,
} from '../../../helpers/real-records.js';

const AS_OF = '2025-06-28';
const match: MatchContext = { asOf: AS_OF };
const ctx = municipalityLookup();
const SME: Size[] = ['micro', 'small', 'medium'];
const ALL: Size[] = ['micro', 'small', 'medium', 'large'];

/** The five firms the records were judged for (eval/firms.json). */
const FIRMS: Record<string, CompanyProfile> = {
  'cosmetics-cr': profile({ size: 'small', province: 'CR', ateco: [activity('20.42')] }),
  'software-mi': profile({ size: 'micro', province: 'MI', ateco: [activity('62.01')] }),
  'metal-bs': profile({ size: 'medium', province: 'BS', ateco: [activity('25.62')] }),
  'machinery-bg': profile({ size: 'large', province: 'BG', ateco: [activity('28.99')] }),
  'hotel-so': profile({ size: 'small', province: 'SO', ateco: [activity('55.10')] }),
};
const firm = (key: string): CompanyProfile => {
  const found = FIRMS[key];
  if (!found) throw new Error(`no firm ${key}`);
  return found;
};

/**
 * A record's words as the importer keeps them, plus the facts its other fields give (territory
 * from `Regioni`, sizes from `Dimensioni`, ATECO and dates), with the rules read from them.
 */
function record(id: number, facts: Partial<Measure>): Measure {
  const text = (name: Parameters<typeof field>[1]) => field(id, name) || null;
  const base = measure({
    id: `incentivi-${id}`,
    title: field(id, 'Titolo'),
    description: text('Descrizione'),
    managingBody: text('Soggetto_Concedente'),
    datesNote: text('Note_di_apertura_chiusura'),
    applicantNote: text('Tipologia_Soggetto'),
    areaScope: text('Ambito_territoriale'),
    sectorsListed: text('Settore_Attivita') ? listField(id, 'Settore_Attivita') : [],
    ...facts,
  });
  return { ...base, rules: extractRules(base, ctx) };
}

const statusOn = (m: Measure) => statusOf(m, measureStatus(m.opensAt, m.closesAt, AS_OF), AS_OF);

describe('extractRules', () => {
  it('keeps one territory rule when the grantor and the text name the same area (1048)', () => {
    const m = record(1048, { territory: ['region:03'], sizes: SME, atecoIncluded: ['*'] });
    const territory = m.rules.filter((r) => r.kind === 'territory');
    expect(territory).toEqual([
      expect.objectContaining({
        tokens: ['province:BG'],
        from: expect.objectContaining({ source: 'grantor' }),
      }),
    ]);
  });

  it('makes a title’s sector phrase sure: «imprese turistiche» (3830)', () => {
    const m = record(3830, { territory: ['region:03'], sizes: SME, atecoIncluded: ['*'] });
    expect(m.rules).toContainEqual(
      expect.objectContaining({ kind: 'sector', labels: ['tourism'], sure: true }),
    );
  });
});

describe('territory outcomes', () => {
  // Regioni «Lombardia»; Dimensioni micro, small, medium; Codici_ATECO «Tutti i settori».
  const brescia = () =>
    record(1924, { territory: ['region:03'], sizes: SME, atecoIncluded: ['*'] });

  it('fails a CR firm on a Brescia chamber’s call, quoting the grantor (1924)', () => {
    expect(judgedVerdict(1924, 'cosmetics-cr')).toBe('ineligible');
    const r = checkTerritory(brescia(), firm('cosmetics-cr'), match);
    expect(r).toMatchObject({
      verdict: 'fail',
      code: 'territory-words-outside',
      source: 'grantor',
      field: 'grantor',
      quote: 'Camera di Commercio, Industria, Artigianato e Agricoltura di Brescia',
    });
  });

  it('passes the BS firm on it (1924)', () => {
    expect(judgedVerdict(1924, 'metal-bs')).toBe('eligible');
    expect(checkTerritory(brescia(), firm('metal-bs'), match)).toMatchObject({
      verdict: 'pass',
      code: 'territory-words-inside',
    });
  });

  it('reads a municipality fund «Comune di Dongo» as that municipality: a CR firm fails, a CO firm is to verify (1373)', () => {
    const m = record(1373, { territory: ['region:03'], sizes: SME, atecoIncluded: ['*'] });
    expect(m.rules).toContainEqual(
      expect.objectContaining({ kind: 'territory', tokens: ['municipality:013090'], sure: true }),
    );
    expect(judgedVerdict(1373, 'cosmetics-cr')).toBe('ineligible');
    expect(checkTerritory(m, firm('cosmetics-cr'), match)).toMatchObject({
      verdict: 'fail',
      quote: 'Comune di Dongo',
    });
    const comoFirm = profile({ size: 'small', province: 'CO', ateco: [activity('47.11')] });
    expect(checkTerritory(m, comoFirm, match)).toMatchObject({
      verdict: 'unknown',
      code: 'territory-words-municipalities',
    });
  });

  it('only asks to verify a Turin fund for firms that may open a site there (3901)', () => {
    expect(judgedVerdict(3901, 'cosmetics-cr')).toBe('verify');
    const m = record(3901, { territory: ['IT'], sizes: SME });
    expect(checkTerritory(m, firm('cosmetics-cr'), match)).toMatchObject({
      verdict: 'unknown',
      code: 'territory-words-outside',
    });
  });
});

describe('special-status outcomes', () => {
  // Tipologia_Soggetto «Impresa - prevalenza femminile» only.
  const women = () => record(226, { territory: ['region:03'], sizes: ['micro', 'small'] });

  it('is to verify for a women-led-only call without the fact (226)', () => {
    expect(judgedVerdict(226, 'hotel-so')).toBe('verify');
    expect(checkSpecialStatus(women(), firm('hotel-so'))).toMatchObject({
      verdict: 'unknown',
      code: 'special-status-required',
    });
  });

  it('passes a women-led firm and fails one that is not, quoting the applicant types (226)', () => {
    const led = profile({ ...firm('hotel-so'), statuses: { 'women-led': true } });
    expect(checkSpecialStatus(women(), led)).toMatchObject({
      verdict: 'pass',
      code: 'special-status-met',
    });
    const notLed = profile({ ...firm('hotel-so'), statuses: { 'women-led': false } });
    expect(checkSpecialStatus(women(), notLed)).toMatchObject({
      verdict: 'fail',
      code: 'special-status-not-met',
      source: 'field',
      quote: '["Impresa - prevalenza femminile"]',
    });
  });

  it('asks nothing of a firm for an amount innovative SMEs get: «€ 2.500.000 per le PMI e PMI innovative» (506)', () => {
    expect(judgedVerdict(506, 'software-mi')).toBe('eligible');
    const m = record(506, { territory: ['IT'], sizes: ALL, atecoIncluded: ['*'] });
    expect(m.rules.filter((r) => r.kind === 'special-status')).toEqual([]);
    expect(checkSpecialStatus(m, firm('software-mi'))).toBeNull();
  });

  it('asks nothing of a firm for social enterprises a call also admits: «MPMI, incluse le imprese sociali» (3106)', () => {
    expect(judgedVerdict(3106, 'software-mi')).toBe('eligible');
    const m = record(3106, { territory: ['municipality:015146'], sizes: SME });
    expect(checkSpecialStatus(m, firm('software-mi'))).toBeNull();
  });
});

describe('status outcomes', () => {
  it('closes a call on an earlier deadline in the notes: «entro le ore 12.00 del 30 maggio 2025» (1535)', () => {
    expect(judgedVerdict(1535, 'metal-bs')).toBe('ineligible');
    // Data_apertura 2024-04-15, Data_chiusura 2025-12-31.
    const m = record(1535, {
      territory: ['region:03'],
      sizes: ALL,
      atecoIncluded: ['*'],
      opensAt: '2024-04-15',
      closesAt: '2025-12-31',
    });
    const status = statusOn(m);
    expect(status).toMatchObject({ status: 'closed', closesOn: '2025-05-30' });
    const r = checkStatus(m, status, AS_OF);
    expect(r).toMatchObject({ verdict: 'fail', code: 'status-closed-in-words', source: 'notes' });
    expect(r.quote).toContain('30 maggio 2025');
    expect(checkStatus(m, status, AS_OF, true).verdict).toBe('pass');
  });

  it('closes a call on «entro e non oltre le ore 23.59 del 15 marzo 2024» (3424)', () => {
    const m = record(3424, {
      territory: ['region:03'],
      sizes: ['micro'],
      opensAt: '2024-01-25',
      closesAt: '2026-03-15',
    });
    expect(statusOn(m)).toMatchObject({ status: 'closed', closesOn: '2024-03-15' });
  });

  it('keeps open a sportello whose notes give a first day’s hours «… fino a esaurimento» (3265)', () => {
    expect(judgedVerdict(3265, 'software-mi')).toBe('eligible');
    const m = record(3265, {
      territory: ['IT'],
      sizes: ['micro'],
      atecoIncluded: ['*'],
      opensAt: '2024-12-10',
      closesAt: '2027-12-31',
    });
    expect(m.rules.filter((r) => r.kind === 'deadline' || r.kind === 'halt')).toEqual([]);
    const status = statusOn(m);
    expect(status.status).toBe('open');
    expect(checkStatus(m, status, AS_OF)).toMatchObject({ verdict: 'pass', code: 'status-open' });
  });

  it('only asks to verify a call whose notes close a first window (2651)', () => {
    expect(judgedVerdict(2651, 'metal-bs')).toBe('verify');
    const m = record(2651, {
      territory: ['IT'],
      sizes: ALL,
      atecoIncluded: ['*'],
      opensAt: '2024-09-16',
      closesAt: '2026-04-30',
    });
    const status = statusOn(m);
    expect(status.status).toBe('open');
    expect(checkStatus(m, status, AS_OF)).toMatchObject({
      verdict: 'unknown',
      code: 'status-windows-in-words',
    });
  });
});

describe('sector outcomes', () => {
  it('fails a hotel on a 3-value sector list, quoting it (2677)', () => {
    expect(judgedVerdict(2677, 'hotel-so')).toBe('ineligible');
    const m = record(2677, { territory: ['region:03'], sizes: ALL, atecoIncluded: ['*'] });
    const r = checkSector(m, firm('hotel-so'));
    expect(r).toMatchObject({
      verdict: 'fail',
      code: 'sector-words-outside',
      source: 'field',
      quote: 'Agricoltura, silvicoltura e pesca; Agroalimentare; Altri servizi',
    });
  });

  it('fails a metalworker and admits a hotel on «commercio, turismo, servizi, artigianato e agricoltura» (2126)', () => {
    expect(judgedWords(2126)).toContain('commercio, turismo, servizi, artigianato e agricoltura');
    expect(judgedVerdict(2126, 'metal-bs')).toBe('ineligible');
    const m = record(2126, { territory: ['region:03'], sizes: SME, atecoIncluded: ['*'] });
    expect(checkSector(m, firm('metal-bs'))).toMatchObject({
      verdict: 'fail',
      code: 'sector-words-outside',
    });
    expect(checkSector(m, firm('hotel-so')).verdict).toBe('pass');
  });
});

describe('legal-form outcomes', () => {
  it('admits capital companies and cooperatives «in forma di società di capitali, società cooperative …» (2393)', () => {
    expect(judgedVerdict(2393, 'metal-bs')).toBe('verify');
    const m = record(2393, { territory: ['region:03'], sizes: ['small', 'medium'] });
    expect(checkLegalForm(m, firm('metal-bs'))).toMatchObject({
      verdict: 'unknown',
      code: 'legal-form-unknown',
    });
    for (const legalForm of ['srl', 'spa', 'cooperative'] as const)
      expect(
        checkLegalForm(m, profile({ ...firm('metal-bs'), legalForm }))?.verdict,
        legalForm,
      ).toBe('pass');
    expect(checkLegalForm(m, profile({ ...firm('metal-bs'), legalForm: 'snc' }))?.verdict).toBe(
      'fail',
    );
  });
});
