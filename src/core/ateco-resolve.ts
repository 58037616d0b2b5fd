// Turns the codes a user types into the activities the matcher compares, in both ATECO versions.
import { UsageError } from '../errors.js';
import { formatAtecoDigits, parseAtecoCode } from './ateco.js';
import type { AtecoActivity, AtecoVersion } from './types.js';

/** What the resolver needs to know about the classifications; the database provides it. */
export interface AtecoLookup {
  exists(code: string, version: AtecoVersion): boolean;
  /** Representative ATECO 2025 code(s) of an ATECO 2007 code (ISTAT crosswalk). */
  to2025(code2007: string): string[];
  /** ATECO 2007 codes whose representative 2025 code is this one. */
  to2007(code2025: string): string[];
  /** Every code of a version, for suggestions. */
  codes(version: AtecoVersion): readonly string[];
}

/**
 * A code valid in ATECO 2007 is read as 2007 (the version most calls still cite); a code that only
 * exists in ATECO 2025 is read as 2025. Either way the other version's equivalents come along.
 */
export function resolveAtecoCode(input: string, lookup: AtecoLookup): AtecoActivity {
  const code = parseAtecoCode(input);
  if (code && lookup.exists(code, '2007')) {
    const as2025 = lookup.to2025(code);
    return {
      code,
      version: '2007',
      as2007: [code],
      as2025: as2025.length ? as2025 : lookup.exists(code, '2025') ? [code] : [],
    };
  }
  if (code && lookup.exists(code, '2025')) {
    return { code, version: '2025', as2007: lookup.to2007(code), as2025: [code] };
  }
  const suggestions = suggestAtecoCodes(code ?? input, lookup);
  throw new UsageError(
    `unknown ATECO code "${input}"`,
    suggestions.length
      ? `did you mean ${suggestions.join(', ')}? Codes look like 20.42 or 20.42.00`
      : 'codes look like 20.42 or 20.42.00 (ATECO 2007 or 2025)',
    { detail: { code: 'unknown-ateco', params: { input, suggestions: suggestions.join(', ') } } },
  );
}

/** Valid codes under the longest known prefix of what was typed. */
export function suggestAtecoCodes(input: string, lookup: AtecoLookup, count = 5): string[] {
  const digits = input.replace(/\D/g, '');
  const all = [...new Set([...lookup.codes('2007'), ...lookup.codes('2025')])];
  for (let length = Math.min(digits.length, 6); length >= 2; length--) {
    const prefix = formatAtecoDigits(digits.slice(0, length));
    const under = all.filter((c) => c.startsWith(prefix)).sort();
    if (under.length) {
      const wanted = formatAtecoDigits(digits).length;
      const sameDepth = under.filter((c) => c.length === wanted);
      return (sameDepth.length ? sameDepth : under).slice(0, count);
    }
  }
  return [];
}

/** A code written with the Italian decimal comma (`20,42`) and read as the code it stands for. */
export interface DecimalComma {
  typed: string;
  code: string;
  /**
   * The codes the text reads as with the comma as a separator (`20`, `42`), when each of them
   * exists; null when one does not (`62,01,00`: there is no division 00).
   */
  separate: string[] | null;
}

function existsInEither(text: string, lookup: AtecoLookup): boolean {
  const code = parseAtecoCode(text);
  return code !== null && (lookup.exists(code, '2007') || lookup.exists(code, '2025'));
}

/**
 * The codes of a list as people type it: `20.42,62.01`, `20.42; 62.01`, `62.01 62.02`. A comma
 * right between a bare division and one or two digits (`20,42`, `62,01,00`) is read as the
 * Italian decimal comma when the code it makes exists (20.42), and reported in `decimalCommas`,
 * since 20 and 42 are codes too; otherwise it separates codes, as do `;`, `|` and spaces.
 */
export function splitAtecoList(
  text: string,
  lookup: AtecoLookup,
): { codes: string[]; decimalCommas: DecimalComma[] } {
  // Tokens at the even places, the separators between them at the odd ones.
  const pieces = text.trim().split(/([,;|\s]+)/);
  const codes: string[] = [];
  const decimalCommas: DecimalComma[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const first = pieces[i] ?? '';
    if (!first) continue;
    let code = first;
    const parts = [first];
    if (/^\d{2}$/.test(first)) {
      // At most two more pieces: the group and class digits (20,42), then the national ones
      // (62,01,00).
      while (parts.length < 3 && pieces[i + 1] === ',' && /^\d{1,2}$/.test(pieces[i + 2] ?? '')) {
        const joined = `${code}.${pieces[i + 2]}`;
        if (!existsInEither(joined, lookup)) break;
        code = joined;
        parts.push(pieces[i + 2] ?? '');
        i += 2;
      }
    }
    codes.push(code);
    if (parts.length > 1) {
      const separate = parts.every((p) => existsInEither(p, lookup)) ? parts : null;
      decimalCommas.push({ typed: parts.join(','), code, separate });
    }
  }
  return { codes, decimalCommas };
}
