import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../domain/analysis';
import { planWith } from '../domain/testing/plan-builder';
import { groupedFlagList } from './flag-list';
import { reportContext } from './report-context';

describe('the report flag list at scale', () => {
  it('prints a kind raised more than five times once, with its count and the people it concerns', () => {
    const plan = planWith({ people: Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, name: `Zoë ${i}` })) });
    const analysis = analyzePlan(plan);
    const ctx = reportContext(plan, analysis, '2027-01-01');
    const markup = String(groupedFlagList(ctx, analysis.flags.filter((f) => f.code === 'person-stagnant')));
    expect(markup.match(/<li>/g)).toHaveLength(1);
    expect(markup).toContain('6 braided leaders have had no time on the other side in 36 months.');
    expect(markup).toContain('Zoë 0, Zoë 1, Zoë 2, Zoë 3, Zoë 4, Zoë 5');
  });
});
