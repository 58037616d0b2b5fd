// Every rule a record carries in words, read once at import time and stored with the record.
import type { ExtractedRule, Measure } from '../types.js';
import { applicantPhraseRules, applicantTypeRule } from './applicant-words.js';
import { areaScopeRule, conditionRules, whoSectionRule } from './condition-words.js';
import { sectorListRule, sectorPhraseRule } from './sector-words.js';
import { sizeRules } from './size-words.js';
import { deadlineRule, haltRule } from './status-words.js';
import { territoryRules, type TerritoryContext } from './territory-words.js';

export type { TerritoryContext as RulesContext };

/**
 * Bump when a rule or a table changes: stores read with an older version re-read their records'
 * rules when they are opened, so a search never mixes old and new readings.
 */
export const RULES_VERSION = 3;

/** The facts of a measure the rules read: everything but the rules themselves. */
export type MeasureWords = Omit<Measure, 'rules'>;

export function extractRules(measure: MeasureWords, ctx: TerritoryContext): ExtractedRule[] {
  const rules: ExtractedRule[] = [];
  const push = (rule: ExtractedRule | null) => {
    if (rule) rules.push(rule);
  };
  if (measure.datesNote) {
    push(deadlineRule(measure.datesNote, 'dates note', 'notes', measure.closesAt));
    push(haltRule(measure.datesNote, 'dates note', 'notes'));
  }
  push(haltRule(measure.title, 'title', 'text'));
  rules.push(
    ...territoryRules(
      {
        territory: measure.territory,
        title: measure.title,
        description: measure.description,
        grantor: measure.managingBody,
      },
      ctx,
    ),
  );
  if (measure.atecoIncluded.length === 0 || measure.atecoIncluded.includes('*')) {
    push(sectorListRule(measure.sectorsListed));
  }
  const titleSector = sectorPhraseRule(measure.title, 'title');
  push(titleSector ? { ...titleSector, sure: true } : null);
  if (!titleSector && measure.description)
    push(sectorPhraseRule(measure.description, 'description'));
  push(applicantTypeRule(measure.applicantNote));
  rules.push(...applicantPhraseRules(measure.title, 'title', true));
  if (measure.description)
    rules.push(...applicantPhraseRules(measure.description, 'description', false));
  rules.push(
    ...sizeRules({ sizes: measure.sizes, title: measure.title, description: measure.description }),
  );
  push(areaScopeRule(measure.areaScope));
  if (measure.description) {
    rules.push(...conditionRules(measure.description, 'description', 'text'));
    push(whoSectionRule(measure.description, 'description'));
  }
  return dedupeRules(rules);
}

/** One rule of each kind and meaning: the title's and the text's may say the same thing. */
function dedupeRules(rules: readonly ExtractedRule[]): ExtractedRule[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    const key = JSON.stringify({ ...rule, from: null });
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
