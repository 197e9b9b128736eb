// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { NineBoxGrid } from '../succession/NineBoxGrid';
import { rosterRowsOf } from './roster';
import { NineBoxCell } from './NineBoxCell';
import userEvent from '@testing-library/user-event';
import { chooseOption } from '../../testing/choose-option';

afterEach(cleanup);

/** An HRIS import brings performance ratings without potential: they show at once. */
const plan = planWith({
  people: [
    { id: 'a', name: 'Ana Lima', performance: 4, potential: null },
    { id: 'b', name: 'Bo Chen', performance: 3, potential: null },
    { id: 'c', name: 'Cy Moss', performance: null, potential: null },
    { id: 'd', name: 'Di Park', performance: 5, potential: 'high' },
  ],
});

describe('imported ratings without potential', () => {
  it('show their performance band on the roster instead of "not rated"', () => {
    const rows = rosterRowsOf(plan, analyzePlan(plan));
    render(
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <NineBoxCell row={row} />
          </li>
        ))}
      </ul>,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['high / —', 'medium / —', 'not rated', 'high / high']);
    expect(screen.getByText('high / —').getAttribute('title')).toBe('Performance 4 (high); potential not rated yet');
  });

  it('are counted by band beside the 9-box of everyone', async () => {
    useBraid.setState({ plan });
    render(<NineBoxGrid plan={plan} analysis={analyzePlan(plan)} />);
    await chooseOption('Who', 'Everyone', { user: userEvent.setup() });
    expect(screen.getByText(/Performance only/).textContent).toBe('Performance only, potential not rated: 2 (1 high · 1 medium · 0 low)');
  });
});
