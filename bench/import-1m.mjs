// Import benchmark: a generated incentivi-style CSV of 100,000 and 1,000,000 rows, imported by
// the built binary into a fresh database. Prints rows/s and peak RSS, to show memory stays flat
// as the file grows. Run with `npm run bench` (it builds first) or `node bench/import-1m.mjs`.
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fesr, tempDir } from './lib.mjs';

const SIZES = (process.env.FESR_BENCH_ROWS ?? '100000,1000000').split(',').map(Number);
const REGIONS = ['Lombardia', 'Lazio', 'Veneto', 'Piemonte'];
const DIMENSIONI = 'Microimpresa,Piccola Impresa,Media Impresa';

async function writeCsv(path, rows) {
  const out = createWriteStream(path);
  const write = (text) =>
    out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve));
  await write(
    '\uFEFFID_Incentivo,Titolo,Descrizione,Data_apertura,Data_chiusura,Dimensioni,' +
      'Forma_agevolazione,Regioni,Codici_ATECO,Stanziamento_incentivo,Link_istituzionale\r\n',
  );
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    await write(
      `${i},"Bando per l'innovazione n. ${i}","Contributi a fondo perduto per progetti di ` +
        `innovazione delle PMI, edizione ${i}",2024-01-${day}T00:00:00,2026-06-${day}T22:00:00,` +
        `"${DIMENSIONI}",Contributo/Fondo perduto,${REGIONS[i % 4]},"62.01; 62.02;",` +
        `"${(i * 1000) % 9_000_000},50",https://example.org/bandi/${i}\r\n`,
    );
  }
  await new Promise((resolve) => out.end(resolve));
}

const dir = tempDir();
try {
  for (const rows of SIZES) {
    const file = join(dir, `incentivi-${rows}.csv`);
    await writeCsv(file, rows);
    const db = join(dir, `bench-${rows}.sqlite`);
    // The first run creates and seeds the database, so the timed run measures the import only.
    fesr(['sources'], { FESR_DB: db });
    const { seconds, peakMb, stdout } = fesr(['import', file], { FESR_DB: db });
    const summary = stdout.trim();
    const mb = statSync(file).size / 1024 / 1024;
    console.log(
      `${rows.toLocaleString('en-US')} rows (${mb.toFixed(0)} MB): ${seconds.toFixed(1)} s, ` +
        `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s, peak RSS ` +
        `${peakMb === null ? 'n/a' : `${peakMb.toFixed(0)} MB`}`,
    );
    console.log(`  ${summary}`);
    rmSync(file);
    rmSync(db, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
