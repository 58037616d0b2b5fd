// Why a profile reaches no measure: of the measures judged (the matcher's explain mode, failing
// reasons included), which criterion fails the most of them. The wizard says it when it has no
// result, so that the user knows which answer to change.
import { CRITERIA, type Criterion, type MatchResult } from './types.js';

export interface CriterionCut {
  criterion: Criterion;
  /** How many of the judged measures fail on it (a measure failing on several counts for each). */
  measures: number;
}

export interface WhyNone {
  /** The measures judged: those the text and aid filters and the statuses asked for let through. */
  judged: number;
  /** Every criterion that failed at least one measure, the one failing most first. */
  cuts: CriterionCut[];
}

/**
 * Counts, per criterion, the measures it fails. A measure failing twice on one criterion counts
 * once; ties keep the order of CRITERIA, so the answer is the same on every run.
 */
export function whyNone(judged: readonly MatchResult[]): WhyNone {
  const counts = new Map<Criterion, number>();
  for (const result of judged) {
    const failed = new Set(
      result.reasons.filter((r) => r.verdict === 'fail').map((r) => r.criterion),
    );
    for (const criterion of failed) counts.set(criterion, (counts.get(criterion) ?? 0) + 1);
  }
  const cuts = CRITERIA.flatMap((criterion) => {
    const measures = counts.get(criterion);
    return measures ? [{ criterion, measures }] : [];
  }).sort((a, b) => b.measures - a.measures);
  return { judged: judged.length, cuts };
}
