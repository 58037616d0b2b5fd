// The sector picker over the real ATECO tables: everyday Italian and English words, and one typo,
// lead to the official codes through the synonym table.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWizardServices } from '../../src/cli/commands/wizard.js';
import { createContext } from '../../src/cli/context.js';
import { openStore } from '../../src/cli/store.js';
import { SECTOR_SYNONYMS } from '../../src/core/sector-synonyms-data.js';
import type { Db } from '../../src/db/open.js';
import { searchAteco } from '../../src/db/reference.js';
import type { WizardServices } from '../../src/wizard/services.js';
import { tempHome } from './helpers.js';

const home = tempHome();
let db: Db;
let services: WizardServices;

beforeAll(async () => {
  const ctx = createContext(
    { lang: 'en', color: false },
    {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      env: home.env,
    },
  );
  db = await openStore(ctx);
  services = createWizardServices(db, ctx, '2024-10-01', true);
});
afterAll(() => db.close());

/** The codes offered, without version prefixes. */
const codes = (term: string) =>
  services.searchAteco(term).map((c) => c.code.replace(/^\d{4}:/, ''));

describe('sector search with everyday words', () => {
  it.each([
    ['creme', ['20.42']],
    ['cosmesi', ['20.42']],
    ['crema viso', ['20.42']],
    ['skin care', ['20.42']],
    ['software gestionale', ['62.01', '62.10']],
    ['albergo', ['55.10']],
    ['officina meccanica', ['25.62', '33.12', '45.20']],
    // One typo in a word of 5 letters or more: swapped, missing, extra, wrong letter.
    ['albrego', ['55.10']],
    ['cosmsi', ['20.42']],
    ['sofware gestionale', ['62.01', '62.10']],
    ['officina meccanicca', ['25.62', '33.12', '45.20']],
    ['hotle', ['55.10']],
    // A typo in an ATECO title word itself, mended against the titles.
    ['cosmetci', ['20.42']],
  ])('"%s" offers %j', (term, expected) => {
    const offered = codes(term);
    for (const code of expected) expect(offered).toContain(code);
  });

  it('offers the ATECO 2025 codes beside the 2007 ones', () => {
    expect(codes('officina meccanica')).toEqual(expect.arrayContaining(['25.53', '95.31']));
  });

  it('every search of the synonym table finds at least one ATECO title', () => {
    const empty = SECTOR_SYNONYMS.flatMap((s) => s.find).filter(
      (query) => searchAteco(db, query, 1, { titlesOnly: true }).length === 0,
    );
    expect(empty).toEqual([]);
  });

  it('still finds codes and title words typed as before', () => {
    expect(codes('20.42')[0]).toBe('20.42');
    expect(codes('cosmetici')).toContain('20.42');
  });
});
