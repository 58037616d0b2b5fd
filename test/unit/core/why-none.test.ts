// Why no measure is left: the criterion that fails the most judged measures, with the count.
import { describe, expect, it } from 'vitest';
import { whyNone } from '../../../src/core/why-none.js';
import type { Criterion, MatchResult, Reason, Verdict } from '../../../src/core/types.js';

const reason = (criterion: Criterion, verdict: Verdict): Reason =>
  ({
    criterion,
    verdict,
    code: 'x',
    params: {},
    source: null,
    field: null,
    quote: null,
  }) as unknown as Reason;
const judged = (...reasons: Reason[]): MatchResult =>
  ({ eligibility: 'ineligible', reasons }) as unknown as MatchResult;

describe('whyNone', () => {
  it('counts each measure once per criterion it fails, the most first', () => {
    const why = whyNone([
      judged(reason('size', 'fail'), reason('sector', 'fail')),
      judged(reason('sector', 'fail'), reason('sector', 'fail'), reason('territory', 'pass')),
      judged(reason('sector', 'fail'), reason('territory', 'fail')),
      judged(reason('territory', 'fail'), reason('size', 'unknown')),
    ]);
    expect(why).toEqual({
      judged: 4,
      cuts: [
        { criterion: 'sector', measures: 3 },
        { criterion: 'territory', measures: 2 },
        { criterion: 'size', measures: 1 },
      ],
    });
  });

  it('breaks ties in the order of the criteria, and says nothing judged', () => {
    const tie = whyNone([judged(reason('territory', 'fail')), judged(reason('size', 'fail'))]);
    expect(tie.cuts.map((c) => c.criterion)).toEqual(['size', 'territory']);
    expect(whyNone([])).toEqual({ judged: 0, cuts: [] });
  });
});
