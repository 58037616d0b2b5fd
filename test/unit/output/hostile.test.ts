// The hostile payload set against the sanitiser, the news renderer and the wizard's pick lists
// (the real Inquirer prompt, driven by @inquirer/testing): nothing of a payload reaches the screen.
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../../src/core/types.js';
import { en } from '../../../src/i18n/en.js';
import { renderNews } from '../../../src/output/changes.js';
import { sanitizeLabel, sanitizeText } from '../../../src/output/text.js';
import { createInquirerAsker, type PromptContext } from '../../../src/wizard/inquirer-asker.js';
import { forbiddenIn, HOSTILE, PAYLOADS } from '../../fixtures/hostile/payloads.js';

describe('sanitizeText with the hostile payloads', () => {
  it.each(Object.entries(PAYLOADS))('removes %s whole', (_name, payload) => {
    const clean = sanitizeText(`a${payload}b`);
    expect(forbiddenIn(clean)).toEqual([]);
    // No payload of an escape sequence is left as text.
    expect(clean).not.toMatch(/52;|8;;|\[2J|aGFja2Vk/);
  });

  it('keeps the visible words around them', () => {
    expect(sanitizeText(HOSTILE)).toBe('keepclickabcFAKEevilxthis');
    expect(sanitizeText('Bando  per\tle\nimprese')).toBe('Bando per le imprese');
  });

  it('as a pick-list label keeps the layout spaces', () => {
    expect(sanitizeLabel(`20.42  Creme${HOSTILE}\nx`)).toBe(
      '20.42  CremekeepclickabcFAKEevilxthis x',
    );
    expect(forbiddenIn(sanitizeLabel(HOSTILE))).toEqual([]);
  });
});

describe('fesr news with hostile data', () => {
  it('prints no payload of a title, an id or a link', () => {
    const result = {
      measure: { id: 'n-1', title: `Bando ${HOSTILE}`, url: `https://x/${HOSTILE}`, source: 's' },
      eligibility: 'unverified',
      status: { status: 'open', daysLeft: 10, opensOn: null, closesOn: '2026-12-31' },
      change: { kind: 'new', fields: [] },
    } as unknown as MatchResult;
    const text = renderNews([{ profile: `p${HOSTILE}`, results: [result] }], en);
    expect(forbiddenIn(text.replace(/\n/g, ''))).toEqual([]);
    expect(text).toContain('Bando keep');
  });
});

describe('the wizard pick lists with hostile data', () => {
  it('shows names and descriptions (ATECO titles, places, measure titles) without payloads', async () => {
    const session = await render(
      (_props: object, context?: PromptContext) =>
        Object.assign(
          createInquirerAsker(en.wizard, context, 120).select({
            message: 'Pick',
            choices: [
              { value: 1, name: `20.42  Creme ${HOSTILE}`, description: `Desc ${HOSTILE}` },
              { value: 2, name: `CR  Cremona ${HOSTILE}`, tag: `tag${PAYLOADS.osc8}` },
            ],
          }),
          { cancel: () => undefined },
        ),
      {},
    );
    const screen = session.getFullOutput();
    // Inquirer draws with its own CSI sequences: the payloads' own are what must not appear.
    expect(screen).toContain('Creme keep');
    expect(screen).toContain('Desc keep');
    // eslint-disable-next-line no-control-regex
    expect(screen).not.toMatch(/\u001b\]|\u001bc|\u001b\[2J|\u001b\[31;1m|aGFja2Vk|eA==/);
    expect(
      // eslint-disable-next-line no-control-regex
      forbiddenIn(screen.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '').replace(/\n/g, '')),
    ).toEqual([]);
    session.events.keypress('enter');
    await expect(session.answer).resolves.toBe(1);
  });
});
