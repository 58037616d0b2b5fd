// The files and stores the parts of the bench share, made once per run and on demand: a part run
// alone (`node bench/run.mjs search`) builds what it needs, untimed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFesrCsv, writeFirmsCsv, writeIncentiviJson } from './generate.mjs';
import { fesr, tempDir } from './lib.mjs';

export function createFixtures(dir = tempDir()) {
  const made = new Map();
  const memo = (key, make) => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key);
  };
  const file = (name, write) =>
    memo(name, async () => {
      const path = join(dir, name);
      const started = Date.now();
      await write(path);
      const mb = statSync(path).size / 1024 / 1024;
      console.error(
        `  generated ${name}: ${mb.toFixed(0)} MB in ${(Date.now() - started) / 1000} s`,
      );
      return path;
    });
  let storeCount = 0;
  const fixtures = {
    dir,
    fesrCsv: (rows) => file(`measures-${rows}.csv`, (p) => writeFesrCsv(p, rows)),
    incentiviJson: (rows) => file(`incentivi-${rows}.json`, (p) => writeIncentiviJson(p, rows)),
    firmsCsv: (firms) => file(`firms-${firms}.csv`, (p) => writeFirmsCsv(p, firms)),
    /** A fresh store, created and seeded with the bundled data by a first run. */
    async freshStore() {
      const db = join(dir, `store-${++storeCount}.sqlite`);
      await fesr(['sources'], { env: { FESR_DB: db }, timeoutS: 600 });
      return db;
    },
    /**
     * The store of `rows` fesr CSV rows: the one the import part built, or one imported now
     * (untimed). Null when its import timed out.
     */
    stores: new Map(),
    async csvStore(rows) {
      if (!this.stores.has(rows)) {
        const db = await this.freshStore();
        const r = await fesr(['import', await this.fesrCsv(rows)], {
          env: { FESR_DB: db },
          timeoutS: 1800,
        });
        this.stores.set(rows, r.timedOut ? null : db);
      }
      return this.stores.get(rows);
    },
    /** The store of 6,000 incentivi calls `fesr match` runs against. */
    matchStore: () =>
      memo('match-store', async () => {
        const db = await fixtures.freshStore();
        await fesr(['import', await fixtures.incentiviJson(6000)], {
          env: { FESR_DB: db },
          timeoutS: 600,
        });
        return db;
      }),
  };
  return fixtures;
}
