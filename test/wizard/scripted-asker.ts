// An Asker that answers from a script, for flows tested without a terminal: each question must
// match the next line of the script, whose reply picks a choice, types a text or presses Enter.
import type { Asker, Choice } from '../../src/wizard/asker.js';

export interface Asked {
  kind: 'select' | 'search' | 'input' | 'confirm' | 'checkbox';
  message: string;
  /** The choices shown (for a search, those shown before anything is typed). */
  choices: readonly Choice<unknown>[];
  default: unknown;
  validate?: (value: string) => true | string;
  source?: (term: string) => readonly Choice<unknown>[];
}

export type Reply = (question: Asked) => unknown;

/** Enter: the default (the first choice of a list without one, an empty text, the ticks given). */
export const enter: Reply = (q) =>
  q.kind === 'input'
    ? (q.default ?? '')
    : q.default !== undefined
      ? q.default
      : q.choices[0]?.value;

/** The choice named `name` (exactly, else the first whose name contains it). */
export function choose(name: string): Reply {
  return (q) => {
    const choice =
      q.choices.find((c) => c.name === name) ?? q.choices.find((c) => c.name.includes(name));
    if (!choice)
      throw new Error(
        `"${q.message}" has no choice "${name}": ${q.choices.map((c) => c.name).join(' | ')}`,
      );
    return choice.value;
  };
}

/** In a multi-choice question, exactly the choices named (each exactly, else by a part). */
export function tick(...names: string[]): Reply {
  return (q) => names.map((name) => choose(name)(q));
}

/** Types `text` (validated as the prompt would) and Enter; '' gives the default. */
export function type(text: string): Reply {
  return (q) => {
    const value = text === '' ? String(q.default ?? '') : text;
    const valid = q.validate?.(value) ?? true;
    if (valid !== true) throw new Error(`"${q.message}" refuses "${value}": ${valid}`);
    return value;
  };
}

/** Types `term` in a search question, then picks the choice named `name`. */
export function searchFor(term: string, name: string): Reply {
  return (q) => choose(name)({ ...q, choices: q.source?.(term) ?? [] });
}

export type Script = [expected: string | RegExp, reply: Reply][];

export function scriptedAsker(script: Script): { ask: Asker; asked: Asked[] } {
  const asked: Asked[] = [];
  const lines = [...script];
  const reply = (q: Asked): unknown => {
    asked.push(q);
    const line = lines.shift();
    if (!line) throw new Error(`unexpected question "${q.message}": the script has ended`);
    const [expected, answer] = line;
    const matches =
      typeof expected === 'string' ? q.message.includes(expected) : expected.test(q.message);
    if (!matches)
      throw new Error(`expected a question with ${String(expected)}, got "${q.message}"`);
    return answer(q);
  };
  const ask: Asker = {
    select: async <T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) =>
      reply({ kind: 'select', message: q.message, choices: q.choices, default: q.default }) as T,
    search: async <T>(q: { message: string; source: (term: string) => readonly Choice<T>[] }) =>
      reply({
        kind: 'search',
        message: q.message,
        choices: q.source(''),
        default: undefined,
        source: q.source,
      }) as T,
    input: async (q) =>
      reply({
        kind: 'input',
        message: q.message,
        choices: [],
        default: q.default,
        ...(q.validate ? { validate: q.validate } : {}),
      }) as string,
    confirm: async (q) =>
      reply({
        kind: 'confirm',
        message: q.message,
        choices: [
          { value: true, name: 'yes' },
          { value: false, name: 'no' },
        ],
        default: q.default,
      }) as boolean,
    checkbox: async <T>(q: {
      message: string;
      choices: readonly (Choice<T> & { checked: boolean })[];
    }) =>
      reply({
        kind: 'checkbox',
        message: q.message,
        choices: q.choices,
        default: q.choices.filter((c) => c.checked).map((c) => c.value),
      }) as T[],
  };
  return { ask, asked };
}
