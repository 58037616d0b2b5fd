// Turns the codes a user types into the activities the matcher compares, in both ATECO versions.
import { UsageError } from '../errors.js';
import { atecoLevel, formatAtecoDigits, isSection, parseAtecoCode } from './ateco.js';
import type { AtecoActivity, AtecoVersion } from './types.js';

/** The versions a code may be prefixed with: `2007:25.62.00`, `2025:25.62.00`. */
export const ATECO_VERSIONS: readonly AtecoVersion[] = ['2007', '2025'];

/** What the resolver needs to know about the classifications; the database provides it. */
export interface AtecoLookup {
  exists(code: string, version: AtecoVersion): boolean;
  /** Representative ATECO 2025 code(s) of an ATECO 2007 code (ISTAT crosswalk). */
  to2025(code2007: string): string[];
  /** ATECO 2007 codes whose representative 2025 code is this one. */
  to2007(code2025: string): string[];
  /** Every code of a version, for suggestions. */
  codes(version: AtecoVersion): readonly string[];
  /** The Italian title of a code, null when the version has no such code. */
  title(code: string, version: AtecoVersion): string | null;
}

/**
 * A code as typed, split from its version prefix (`2007:25.62.00` → 2007, `25.62.00`); the version
 * is null without a prefix. A prefix that is not a version is a usage error naming the valid ones.
 */
export function splitVersionPrefix(input: string): { version: AtecoVersion | null; text: string } {
  const match = /^\s*([^:]*?)\s*:\s*(.*)$/.exec(input);
  if (!match) return { version: null, text: input };
  const prefix = match[1] ?? '';
  const version = ATECO_VERSIONS.find((v) => v === prefix);
  if (!version) {
    throw new UsageError(
      `unknown ATECO version "${prefix}" in "${input.trim()}"`,
      `write ${ATECO_VERSIONS.map((v) => `${v}:CODE`).join(' or ')}, e.g. 2007:25.62.00`,
      {
        detail: {
          code: 'unknown-ateco-version',
          params: { input: input.trim(), prefix, versions: ATECO_VERSIONS.join(', ') },
        },
      },
    );
  }
  return { version, text: match[2] ?? '' };
}

/**
 * Whether a code of both versions means something else in each: its ATECO 2007 meaning moved to
 * another ATECO 2025 code in ISTAT's representative crosswalk (25.62.00: "lavori di meccanica
 * generale" went to 25.53.00, and 25.62.00 is now "serrature e cerniere"). Such a code, written
 * without a version, is read as ATECO 2025, the version of today's register extracts.
 */
export function meansOtherIn2025(code: string, lookup: AtecoLookup): boolean {
  return (
    lookup.exists(code, '2007') &&
    lookup.exists(code, '2025') &&
    !lookup.to2025(code).includes(code)
  );
}

/** `25.62.00` → `25.62.0`, `25.62`, `25.6`, `25`: the levels above a code, nearest first. */
function ancestorsOf(code: string): string[] {
  if (isSection(code)) return [];
  const digits = code.replace(/\./g, '');
  const chain: string[] = [];
  for (let length = digits.length - 1; length >= 2; length--)
    chain.push(formatAtecoDigits(digits.slice(0, length)));
  return chain;
}

/**
 * The ATECO 2007 codes an ATECO 2025 code is compared as: its own crosswalk equivalents, else
 * those of the nearest level above it (category, class, group, division) that has equivalents
 * at that same level. A code none of whose 2007 predecessors was mapped to it (283 of the 2025
 * subcategories) is placed by its class or group that way; `via` says which level. Only codes of
 * the level itself are taken (class → classes), never finer ones, so that a rule finer than that
 * level stays to verify.
 */
export function as2007Of(
  code2025: string,
  lookup: AtecoLookup,
): { codes: string[]; via: AtecoActivity['via'] } {
  const own = lookup.to2007(code2025);
  if (own.length || isSection(code2025)) return { codes: own, via: null };
  for (const ancestor of ancestorsOf(code2025)) {
    const level = atecoLevel(ancestor) as NonNullable<AtecoActivity['via']>['level'];
    const sameLevel = lookup.to2007(ancestor).filter((c) => atecoLevel(c) === level);
    if (sameLevel.length) return { codes: sameLevel, via: { level, code: ancestor } };
  }
  return { codes: [], via: null };
}

function activityIn(
  code: string,
  version: AtecoVersion,
  lookup: AtecoLookup,
  other: AtecoVersion | null,
): AtecoActivity {
  const otherMeaning =
    other !== null && lookup.exists(code, other)
      ? { version: other, title: lookup.title(code, other) }
      : null;
  if (version === '2007') {
    const as2025 = lookup.to2025(code);
    return {
      code,
      version,
      as2007: [code],
      as2025: as2025.length ? as2025 : lookup.exists(code, '2025') ? [code] : [],
      title: lookup.title(code, version),
      otherMeaning,
      via: null,
    };
  }
  const { codes, via } = as2007Of(code, lookup);
  return {
    code,
    version,
    as2007: codes,
    as2025: [code],
    title: lookup.title(code, version),
    otherMeaning,
    via,
  };
}

/**
 * The activity a typed code stands for. `2007:` or `2025:` forces the version. Without a prefix,
 * a code of both versions that means something else in ATECO 2025 (`meansOtherIn2025`) is read
 * as ATECO 2025, the version in force since 1 April 2025, and carries its 2007 meaning as
 * `otherMeaning`; another code of both versions (same meaning) is read as 2007, as most calls
 * cite it; a code of one version only is read in that version. Either way the other version's
 * equivalents come along.
 */
export function resolveAtecoCode(input: string, lookup: AtecoLookup): AtecoActivity {
  const { version: forced, text } = splitVersionPrefix(input);
  const code = parseAtecoCode(text);
  if (code && forced) {
    if (lookup.exists(code, forced)) {
      const other = forced === '2007' ? '2025' : '2007';
      return activityIn(code, forced, lookup, meansOtherIn2025(code, lookup) ? other : null);
    }
  } else if (code) {
    if (meansOtherIn2025(code, lookup)) return activityIn(code, '2025', lookup, '2007');
    if (lookup.exists(code, '2007')) return activityIn(code, '2007', lookup, null);
    if (lookup.exists(code, '2025')) return activityIn(code, '2025', lookup, null);
  }
  const suggestions = suggestAtecoCodes(code ?? text, lookup, 5, forced).map((c) =>
    forced ? `${forced}:${c}` : c,
  );
  const where = forced ? `ATECO ${forced} ` : 'ATECO ';
  throw new UsageError(
    `unknown ${where}code "${input}"`,
    suggestions.length
      ? `did you mean ${suggestions.join(', ')}? Codes look like 20.42 or 20.42.00`
      : 'codes look like 20.42 or 20.42.00 (ATECO 2007 or 2025)',
    { detail: { code: 'unknown-ateco', params: { input, suggestions: suggestions.join(', ') } } },
  );
}

/** Valid codes under the longest known prefix of what was typed. */
export function suggestAtecoCodes(
  input: string,
  lookup: AtecoLookup,
  count = 5,
  version: AtecoVersion | null = null,
): string[] {
  const digits = input.replace(/\D/g, '');
  const versions = version ? [version] : ATECO_VERSIONS;
  const all = [...new Set(versions.flatMap((v) => lookup.codes(v)))];
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

function existsIn(text: string, lookup: AtecoLookup, version: AtecoVersion | null): boolean {
  const code = parseAtecoCode(text);
  if (code === null) return false;
  return version
    ? lookup.exists(code, version)
    : ATECO_VERSIONS.some((v) => lookup.exists(code, v));
}

/**
 * The codes of a list as people type it: `20.42,62.01`, `20.42; 62.01`, `62.01 62.02`. A comma
 * right between a bare division and one or two digits (`20,42`, `62,01,00`) is read as the
 * Italian decimal comma when the code it makes exists (20.42), and reported in `decimalCommas`,
 * since 20 and 42 are codes too; otherwise it separates codes, as do `;`, `|` and spaces. A
 * version prefix stays with its code (`2007:25,62` is `2007:25.62`).
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
    const piece = pieces[i] ?? '';
    if (!piece) continue;
    const prefixed = /^(\d{4}):(.*)$/.exec(piece);
    const prefix = prefixed ? `${prefixed[1]}:` : '';
    const version = ATECO_VERSIONS.find((v) => `${v}:` === prefix) ?? null;
    const first = prefixed ? (prefixed[2] ?? '') : piece;
    let code = first;
    const parts = [first];
    if (/^\d{2}$/.test(first)) {
      // At most two more pieces: the group and class digits (20,42), then the national ones
      // (62,01,00).
      while (parts.length < 3 && pieces[i + 1] === ',' && /^\d{1,2}$/.test(pieces[i + 2] ?? '')) {
        const joined = `${code}.${pieces[i + 2]}`;
        if (!existsIn(joined, lookup, version)) break;
        code = joined;
        parts.push(pieces[i + 2] ?? '');
        i += 2;
      }
    }
    codes.push(`${prefix}${code}`);
    if (parts.length > 1) {
      const separate = parts.every((p) => existsIn(p, lookup, version))
        ? parts.map((p) => `${prefix}${p}`)
        : null;
      decimalCommas.push({
        typed: `${prefix}${parts.join(',')}`,
        code: `${prefix}${code}`,
        separate,
      });
    }
  }
  return { codes, decimalCommas };
}

/**
 * What to tell the user about how a code was read, or null when its reading is the obvious one:
 * an unprefixed code of both versions read as ATECO 2025 because its 2007 meaning differs.
 */
export function atecoReadingNotice(
  input: string,
  lookup: AtecoLookup,
): { code: string; title2025: string | null; title2007: string | null } | null {
  if (splitVersionPrefix(input).version) return null;
  const code = parseAtecoCode(input);
  if (!code || !meansOtherIn2025(code, lookup)) return null;
  return { code, title2025: lookup.title(code, '2025'), title2007: lookup.title(code, '2007') };
}
