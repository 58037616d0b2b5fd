// What the wizard needs from a terminal. The real one wraps @inquirer/prompts; tests drive the same
// prompts with injected streams, so the flow never knows which terminal it talks to.

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** Kept whole at the end of the line when the name is cut to the terminal width. */
  tag?: string;
}

export interface Asker {
  select<T>(question: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  /** A list filtered as the user types; `source` is called with each new term. */
  search<T>(question: {
    message: string;
    source: (term: string) => readonly Choice<T>[];
  }): Promise<T>;
  input(question: {
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  confirm(question: { message: string; default: boolean }): Promise<boolean>;
  /** Several choices ticked at once; `checked` ones come pre-ticked. Gives the ticked values. */
  checkbox<T>(question: {
    message: string;
    choices: readonly (Choice<T> & { checked: boolean })[];
  }): Promise<T[]>;
}

/** The value of every "← back" choice, and what a step returns to go back. */
export const BACK = '<back>';
/** Typed in a text question, goes back one question. */
export const BACK_TYPED = '<';
