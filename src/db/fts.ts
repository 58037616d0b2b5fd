// User text to an FTS5 query. Every term is quoted, so no input can reach FTS5 syntax or SQL:
// words are ANDed, "a phrase" stays a phrase, OR between terms is kept, a trailing * is a prefix.

export function toFtsQuery(input: string): string | null {
  const tokens = input.match(/"[^"]*"?|\S+/g) ?? [];
  const parts: string[] = [];
  let pendingOr = false;
  for (const raw of tokens) {
    if (raw === 'OR') {
      pendingOr = parts.length > 0;
      continue;
    }
    const isPhrase = raw.startsWith('"');
    const prefix = !isPhrase && raw.endsWith('*');
    const text = (isPhrase ? raw.replace(/^"|"$/g, '') : raw.replace(/\*+$/, '')).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const term = `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
    if (pendingOr) {
      parts[parts.length - 1] = `${parts[parts.length - 1]} OR ${term}`;
      pendingOr = false;
    } else {
      parts.push(term);
    }
  }
  if (parts.length === 0) return null;
  return parts.map((p) => (p.includes(' OR ') ? `(${p})` : p)).join(' AND ');
}

/** Words typed in a search box: every word is a quoted prefix, ANDed ("cosm crem" finds "cosmetici"). */
export function toPrefixFtsQuery(input: string): string | null {
  const words = (input.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"*`);
  return words.length ? words.join(' AND ') : null;
}
