// The real Asker, on @inquirer/prompts: the only module of fesr that imports them. Ctrl+C makes
// Inquirer reject with ExitPromptError, which becomes InterruptedError (exit 130).
import { checkbox, input, search, select } from '@inquirer/prompts';
import { InterruptedError } from '../errors.js';
import type { WizardMessages } from '../i18n/messages.js';
import type { Asker, Choice } from './asker.js';
import { sanitizeLabel } from '../output/text.js';

function truncate(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

/** Inquirer's per-prompt context: input and output streams, an abort signal. */
export type PromptContext = Parameters<typeof input>[1];

/** `context` injects the streams: the terminal in the CLI, scripted streams in tests. */
export function createInquirerAsker(t: WizardMessages, context?: PromptContext, width = 80): Asker {
  // A choice longer than the terminal wraps and breaks Inquirer's redraw: cut it to one line.
  // A tag stays whole: the name before it is cut instead. Names and descriptions come from data
  // (ATECO titles, places, measure titles): no control or invisible character reaches the terminal.
  const fit = <T>(choices: readonly Choice<T>[]) =>
    choices.map(({ tag, ...c }) => {
      const room = Math.max(20, width - 4);
      const described = {
        ...c,
        ...(c.description === undefined ? {} : { description: sanitizeLabel(c.description) }),
      };
      const full = sanitizeLabel(c.name);
      if (!tag) return { ...described, name: truncate(full, room) };
      const name = truncate(full, Math.max(10, room - [...tag].length - 2));
      return { ...described, name: `${name}  ${sanitizeLabel(tag)}`, short: name };
    });
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${t.keyName(key)} ${t.keyAction(action)}`).join(' • '),
    },
  };
  const interruptible = async <T>(prompt: Promise<T>): Promise<T> => {
    try {
      return await prompt;
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError')
        throw new InterruptedError('cancelled', undefined, { cause: error });
      throw error;
    }
  };
  return {
    select: (q) =>
      interruptible(select({ ...q, choices: fit(q.choices), pageSize: 12, theme }, context)),
    search: (q) =>
      interruptible(
        search(
          { message: q.message, source: (term) => fit(q.source(term ?? '')), pageSize: 12, theme },
          context,
        ),
      ),
    input: (q) => interruptible(input(q, context)),
    checkbox: <T>(q: { message: string; choices: readonly (Choice<T> & { checked: boolean })[] }) =>
      interruptible(
        checkbox<T>(
          {
            message: q.message,
            // fit() drops `checked`: it is put back by position, as fit keeps the order.
            choices: fit(q.choices).map((c, i) => ({ ...c, checked: q.choices[i]?.checked })),
            pageSize: 12,
            theme,
          },
          context,
        ),
      ),
    // A yes/no list rather than Inquirer's y/N prompt, which reads only "y" and "n": an Italian
    // "s" (sì) would silently give the default.
    confirm: (q) =>
      interruptible(
        select(
          {
            message: q.message,
            choices: [
              { value: true, name: t.yes() },
              { value: false, name: t.no() },
            ],
            default: q.default,
            theme,
          },
          context,
        ),
      ),
  };
}
