// The wizard's province step over the places changed since 2020: an old comune's name leads to its
// successor's province, said in the choice; Olbia to Gallura Nord-Est Sardegna.
import { describe, expect, it } from 'vitest';
import { createPlaceSearch } from '../../src/core/province-search.js';
import { en } from '../../src/i18n/en.js';
import { emptyAnswers } from '../../src/wizard/answers.js';
import type { WizardServices } from '../../src/wizard/services.js';
import { askProvince } from '../../src/wizard/steps.js';
import { scriptedAsker, searchFor } from './scripted-asker.js';

const services = {
  messages: en,
  searchPlaces: createPlaceSearch([
    { name: 'Uggiate con Ronago', province: 'CO', regionCode: '03' },
    { name: 'Olbia', province: 'OT', regionCode: '20' },
  ]),
} as unknown as WizardServices;

async function province(term: string, choice: string): Promise<string | null> {
  const answers = emptyAnswers();
  const { ask } = scriptedAsker([['Province', searchFor(term, choice)]]);
  expect(await askProvince({ ask, answers, services, entering: 'forward' })).toBe('next');
  return answers.province;
}

describe('wizard province step, places changed since 2020', () => {
  it('offers Ronago as the comune it merged into, in Como', async () => {
    expect(
      await province(
        'Ronago',
        'CO  Como  (Ronago, now Uggiate con Ronago, is in the province of Como)',
      ),
    ).toBe('CO');
  });

  it('offers the new comune under its own name', async () => {
    expect(await province('Uggiate', 'Uggiate con Ronago is in the province of Como')).toBe('CO');
  });

  it('puts Olbia in Gallura Nord-Est Sardegna, and lists the new province', async () => {
    expect(await province('Olbia', 'OT  Gallura Nord-Est Sardegna  (Olbia')).toBe('OT');
    expect(await province('Gallura', 'OT  Gallura Nord-Est Sardegna')).toBe('OT');
  });
});
