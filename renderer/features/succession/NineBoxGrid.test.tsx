// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { NineBoxGrid } from './NineBoxGrid';

afterEach(cleanup);

describe('the 9-box', () => {
  it('tells two successors of the same name apart on their chips', () => {
    const plan = planWith({
      people: [
        { id: 'o1', name: 'Omar Haddad', title: 'Director, Cloud Operations', performance: 5, potential: 'high' },
        { id: 'o2', name: 'Omar Haddad', title: 'Engineering Manager', performance: 5, potential: 'high' },
        { id: 'ana', name: 'Ana Lima', title: 'CFO', performance: 5, potential: 'high' },
      ],
      roles: [{ id: 'cso', successors: [{ personId: 'o1' }, { personId: 'o2' }, { personId: 'ana' }] }],
    });
    useBraid.setState({ plan });
    render(<NineBoxGrid plan={plan} analysis={analyzePlan(plan)} />);
    const cell = screen.getByRole('listitem', { name: /High potential, High performance, 3 people/ });
    const chips = within(cell).getAllByRole('button').map((b) => b.textContent);
    expect(chips).toEqual(expect.arrayContaining(['Omar Haddad (Director, Cloud Operations)', 'Omar Haddad (Engineering Manager)', 'Ana Lima']));
  });
});
