import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../src/db/fts.js';

describe('toFtsQuery', () => {
  it.each([
    ['digitale', '"digitale"'],
    ['transizione digitale', '"transizione" AND "digitale"'],
    ['"filiere produttive"', '"filiere produttive"'],
    ['brevetti OR marchi', '("brevetti" OR "marchi")'],
    ['innov*', '"innov"*'],
    ['a"b', '"a""b"'],
  ])('%s → %s', (input, query) => expect(toFtsQuery(input)).toBe(query));

  it('returns null when nothing searchable is left', () => {
    expect(toFtsQuery('  ')).toBeNull();
    expect(toFtsQuery('"" OR ***')).toBeNull();
  });

  it('never makes FTS5 fail, whatever the input', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t VALUES (?)').run(
      'Transizione digitale delle imprese lombarde: città e perché',
    );
    const nasty = [
      '"',
      "'",
      'NEAR(',
      ')',
      'OR',
      'AND NOT',
      '-x',
      'x:y',
      '^x',
      '{a b}',
      '*',
      'città',
      'CITTA',
      "'; DROP TABLE t; --",
      '"unterminated',
    ];
    for (const input of nasty) {
      const q = toFtsQuery(input);
      if (q) expect(() => db.prepare('SELECT * FROM t WHERE t MATCH ?').all(q)).not.toThrow();
    }
    expect(
      db.prepare('SELECT * FROM t WHERE t MATCH ?').all(toFtsQuery('citta perche')),
    ).toHaveLength(1);
  });
});
