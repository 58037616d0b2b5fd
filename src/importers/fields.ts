// Field readers shared by the importers: each returns a value or records an issue for its field.
import { isValidLocalDateTime } from '../core/dates.js';
import { parseAmount } from '../core/numbers.js';
import type { IssueCode, RowIssue } from './types.js';

/** Collects the problems of one record while its fields are read. */
export class FieldReader {
  readonly issues: RowIssue[] = [];
  constructor(readonly line: number) {}

  fail(field: string, reason: string, code?: IssueCode, params: Record<string, string> = {}): null {
    this.issues.push({ line: this.line, field, reason, ...(code ? { code, params } : {}) });
    return null;
  }

  text(field: string, value: unknown): string | null {
    if (value === undefined || value === null) return null;
    // JSON objects may carry a `toString` key: write them as JSON instead of converting.
    const text = (
      typeof value === 'object' ? JSON.stringify(value) : String(value as string | number)
    ).trim();
    return text === '' ? null : text;
  }

  required(field: string, value: unknown): string {
    const text = this.text(field, value);
    if (text === null) this.fail(field, 'is empty', 'empty');
    return text ?? '';
  }

  amount(field: string, value: unknown): number | null {
    const text = this.text(field, value);
    if (text === null) return null;
    const amount = parseAmount(text);
    if (amount === null)
      return this.fail(field, `"${text}" is not a number`, 'not-number', { value: text });
    return amount < 0
      ? this.fail(field, `"${text}" is negative`, 'negative', { value: text })
      : amount;
  }

  integer(field: string, value: unknown): number | null {
    const amount = this.amount(field, value);
    if (amount !== null && !Number.isInteger(amount))
      return this.fail(field, `"${amount}" is not a whole number`, 'not-whole', {
        value: String(amount),
      });
    return amount;
  }

  localDateTime(field: string, value: unknown): string | null {
    const text = this.text(field, value);
    if (text === null) return null;
    return isValidLocalDateTime(text)
      ? text
      : this.fail(field, `"${text}" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)`, 'not-date', {
          value: text,
        });
  }

  list(value: unknown): string[] {
    const text = this.text('', value);
    return text === null
      ? []
      : text
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean);
  }

  /** A list whose items must come from a vocabulary. */
  enumList<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
    const items = this.list(value).map((x) => x.toLowerCase());
    const bad = items.filter((x) => !(allowed as readonly string[]).includes(x));
    if (bad.length)
      this.fail(
        field,
        `unknown value ${bad.map((b) => `"${b}"`).join(', ')} (allowed: ${allowed.join(', ')})`,
        'unknown-value',
        { value: bad.join(', '), allowed: allowed.join(', ') },
      );
    return items.filter((x): x is T => (allowed as readonly string[]).includes(x));
  }

  enumValue<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | null {
    const text = this.text(field, value)?.toLowerCase() ?? null;
    if (text === null) return null;
    return (allowed as readonly string[]).includes(text)
      ? (text as T)
      : this.fail(
          field,
          `unknown value "${text}" (allowed: ${allowed.join(', ')})`,
          'unknown-value',
          {
            value: text,
            allowed: allowed.join(', '),
          },
        );
  }

  /** Every item must match `pattern`; `what` names the shape in the message. */
  patternList(field: string, value: unknown, pattern: RegExp, what: string): string[] {
    const items = this.list(value);
    const bad = items.filter((x) => !pattern.test(x));
    if (bad.length)
      this.fail(
        field,
        `${bad.map((b) => `"${b}"`).join(', ')} ${bad.length > 1 ? 'are' : 'is'} not ${what}`,
      );
    return items.filter((x) => pattern.test(x));
  }
}
