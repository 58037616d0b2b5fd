// Property tests: no input makes the readers or mappers throw anything but an InputError.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open.js';
import { InputError } from '../../../src/errors.js';
import { mapIncentiviRecord } from '../../../src/importers/incentivi.js';
import { mapLombardiaRecord } from '../../../src/importers/lombardia.js';
import { importFile } from '../../../src/importers/run-import.js';

const { db } = openDatabase(':memory:');
afterAll(() => db.close());

async function importBytes(bytes: Uint8Array | string): Promise<unknown> {
  try {
    return await importFile(db, {
      file: '-',
      stdin: Readable.from([Buffer.from(bytes)]),
      dryRun: true,
    });
  } catch (error) {
    return error;
  }
}

const expectReportOrInputError = (outcome: unknown) => {
  if (outcome instanceof Error) expect(outcome).toBeInstanceOf(InputError);
};

const header = 'ID_Incentivo,Titolo,Data_apertura,Data_chiusura,Codici_ATECO,Regioni\n';
const jsonValue = fc.jsonValue({ maxDepth: 3 });

describe('import readers', () => {
  it('turn arbitrary bytes into records or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expectReportOrInputError(await importBytes(bytes));
      }),
      { numRuns: 150 },
    );
  });
  it('turn arbitrary CSV bodies under an incentivi header into a report or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (body) => {
        expectReportOrInputError(await importBytes(header + body));
      }),
      { numRuns: 150 },
    );
  });
  it('turn arbitrary and cut JSON into a report or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(jsonValue, fc.nat(), async (value, cut) => {
        const text = JSON.stringify({ response: { docs: [value] } });
        expectReportOrInputError(await importBytes(text));
        expectReportOrInputError(await importBytes(text.slice(0, cut % (text.length + 1))));
      }),
      { numRuns: 150 },
    );
  });
});

describe('mappers', () => {
  const record = fc.dictionary(
    fc.constantFrom(
      'ID_Incentivo',
      'Titolo',
      'Data_apertura',
      'Data_chiusura',
      'Dimensioni',
      'Codici_ATECO',
      'Regioni',
      'Comuni',
      'Stanziamento_incentivo',
      'Forma_agevolazione',
      'codice_bando',
      'titolo_bando',
      'apertura_adesione',
      'chiusura_adesione',
      'socrata_row',
    ),
    jsonValue,
  );
  it('return an outcome for any record', () => {
    const context = { municipalitiesNamed: () => [] };
    fc.assert(
      fc.property(record, (raw) => {
        expect(typeof mapIncentiviRecord(raw, 1, 'incentivi', context).ok).toBe('boolean');
        expect(typeof mapLombardiaRecord(raw, 1, 'lombardia').ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
