// Reference tables: ATECO 2007 and 2025, the ISTAT crosswalk, municipalities.
import type { AtecoLookup } from '../core/ateco-resolve.js';
import { formatAtecoDigits } from '../core/ateco.js';
import type { AtecoHit } from '../core/ateco-search.js';
import type { AtecoVersion } from '../core/types.js';
import { toPrefixFtsQuery } from './fts.js';
import type { Db } from './open.js';

export interface AtecoEntry {
  version: AtecoVersion;
  code: string;
  level: number;
  titleIt: string;
  titleEn: string | null;
  description: string | null;
}

export interface Municipality {
  istatCode: string;
  name: string;
  province: string;
  regionCode: string;
}

export function writeReference(
  db: Db,
  ateco: Iterable<AtecoEntry>,
  crosswalk: Iterable<[string, string]>,
  municipalities: Iterable<Municipality>,
): void {
  db.transaction(() => {
    db.exec(
      'DELETE FROM ateco; DELETE FROM ateco_fts; DELETE FROM ateco_crosswalk; DELETE FROM municipalities;',
    );
    const a = db.prepare('INSERT OR REPLACE INTO ateco VALUES (?, ?, ?, ?, ?, ?)');
    const f = db.prepare('INSERT INTO ateco_fts VALUES (?, ?, ?, ?, ?)');
    for (const e of ateco) {
      a.run(e.version, e.code, e.level, e.titleIt, e.titleEn, e.description);
      f.run(e.version, e.code, e.titleIt, e.titleEn, e.description);
    }
    const c = db.prepare('INSERT OR IGNORE INTO ateco_crosswalk VALUES (?, ?)');
    for (const [from, to] of crosswalk) c.run(from, to);
    const m = db.prepare('INSERT OR REPLACE INTO municipalities VALUES (?, ?, ?, ?)');
    for (const x of municipalities) m.run(x.istatCode, x.name, x.province, x.regionCode);
  })();
}

/** The ATECO facts the profile resolver needs, answered from the reference tables. */
export function atecoLookup(db: Db): AtecoLookup {
  const exists = db.prepare<[string, string], { n: number }>(
    'SELECT 1 AS n FROM ateco WHERE version = ? AND code = ?',
  );
  const to2025 = db.prepare<[string], { code: string }>(
    'SELECT code_2025 AS code FROM ateco_crosswalk WHERE code_2007 = ?',
  );
  const to2007 = db.prepare<[string], { code: string }>(
    'SELECT code_2007 AS code FROM ateco_crosswalk WHERE code_2025 = ? ORDER BY code_2007',
  );
  const codes = db.prepare<[string], { code: string }>(
    'SELECT code FROM ateco WHERE version = ? ORDER BY code',
  );
  const title = db.prepare<[string, string], { title: string }>(
    'SELECT title_it AS title FROM ateco WHERE version = ? AND code = ?',
  );
  const cache = new Map<AtecoVersion, string[]>();
  return {
    title: (code, version) => title.get(version, code)?.title ?? null,
    exists: (code, version) => exists.get(version, code) !== undefined,
    to2025: (code) => to2025.all(code).map((r) => r.code),
    to2007: (code) => to2007.all(code).map((r) => r.code),
    codes: (version) => {
      if (!cache.has(version))
        cache.set(
          version,
          codes.all(version).map((r) => r.code),
        );
      return cache.get(version) ?? [];
    },
  };
}

export function municipalityName(db: Db): (code: string) => string | undefined {
  const stmt = db.prepare<[string], { name: string }>(
    'SELECT name FROM municipalities WHERE istat_code = ?',
  );
  return (code) => stmt.get(code)?.name;
}

export function findMunicipalities(db: Db, name: string): Municipality[] {
  return db
    .prepare<[string], Municipality>(
      `SELECT istat_code AS istatCode, name, province, region_code AS regionCode
       FROM municipalities WHERE lower(name) = lower(?)`,
    )
    .all(name);
}

export function allMunicipalities(db: Db): Municipality[] {
  return db
    .prepare<[], Municipality>(
      'SELECT istat_code AS istatCode, name, province, region_code AS regionCode FROM municipalities',
    )
    .all();
}

/**
 * ATECO entries (classes and below) matching what a person typed: a code prefix ("20.4", "2042")
 * or words of the Italian or English title or description, accent-insensitive, best first. Titles
 * weigh ten times the description, so "cosmetici" puts the manufacturers before passing mentions.
 * `titlesOnly` leaves the descriptions out: for words taken from the titles themselves (the
 * sector synonym table's), a passing mention in a description is noise.
 */
export function searchAteco(
  db: Db,
  input: string,
  limit: number,
  { titlesOnly = false }: { titlesOnly?: boolean } = {},
): AtecoHit[] {
  const digits = input.replace(/[\s.]/g, '');
  if (/^\d{2,6}$/.test(digits)) {
    return db
      .prepare<[string, number], AtecoHit>(
        `SELECT version, code, title_it AS titleIt, title_en AS titleEn FROM ateco
         WHERE level >= 4 AND code LIKE ? ORDER BY code, version LIMIT ?`,
      )
      .all(`${formatAtecoDigits(digits)}%`, limit);
  }
  const words = toPrefixFtsQuery(input);
  if (!words) return [];
  const query = titlesOnly ? `{title_it title_en} : (${words})` : words;
  return db
    .prepare<[string, number], AtecoHit>(
      `SELECT f.version, f.code, f.title_it AS titleIt, f.title_en AS titleEn
       FROM ateco_fts f JOIN ateco a ON a.version = f.version AND a.code = f.code
       WHERE ateco_fts MATCH ? AND a.level >= 4
       ORDER BY bm25(ateco_fts, 0, 0, 10.0, 10.0, 1.0), a.level, f.code, f.version LIMIT ?`,
    )
    .all(query, limit);
}

/** Every ATECO title, Italian and English, both versions: the words the sector search knows. */
export function atecoTitles(db: Db): string[] {
  return db
    .prepare<[], { it: string; en: string | null }>(
      'SELECT title_it AS it, title_en AS en FROM ateco',
    )
    .all()
    .flatMap((r) => (r.en ? [r.it, r.en] : [r.it]));
}
