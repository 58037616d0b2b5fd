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
