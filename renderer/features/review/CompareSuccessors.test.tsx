// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { analyzePlan } from '../../../shared/domain/analysis';
import { planWith, worked } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { CompareSuccessors } from './CompareSuccessors';

afterEach(cleanup);

describe('comparing successors side by side', () => {
  it('captions each braid picture with what tells two people of the same name apart', () => {
    const plan = planWith({
      people: [
        { id: 'o1', name: 'Omar Haddad', title: 'Engineering Manager', experience: [worked('engineering', '2019-01-01')] },
        { id: 'o2', name: 'Omar Haddad', title: 'Head of Sales', homeDomain: 'sales', experience: [worked('sales', '2019-01-01')] },
      ],
    });
    useBraid.setState({ plan, loaded: true });
    render(<CompareSuccessors plan={plan} analysis={analyzePlan(plan)} reviewId="rev-1" roles={[]} candidates={plan.people} chosen={['o1', 'o2']} setChosen={() => undefined} />);
    const captions = [...document.querySelectorAll('figcaption')].map((c) => c.textContent);
    expect(captions).toEqual(['Omar Haddad (Engineering Manager)', 'Omar Haddad (Head of Sales)']);
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(2);
  });
});
