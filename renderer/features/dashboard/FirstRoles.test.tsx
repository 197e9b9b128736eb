// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyPlan } from '../../../shared/domain/plan/defaults';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import type { Plan } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { fakeApi } from '../../testing/fake-api';
import DashboardScreen from './DashboardScreen';

afterEach(cleanup);

const show = (plan: Plan) => {
  useBraid.setState({ plan, loaded: true, route: { screen: 'dashboard' } });
  render(<DashboardScreen />);
};

/** An imported roster: two heads, their people, and nobody's critical role yet. */
const roster = () =>
  planWith({
    people: [
      { id: 'h1', name: 'Rosa Rask', title: 'Head of Production', homeDomain: 'engineering' },
      { id: 'h2', name: 'Bram Holm', title: 'Sales Manager', homeDomain: 'sales' },
      ...['a', 'b', 'c'].map((id) => ({ id, name: `Tech ${id}`, title: 'Technician', homeDomain: 'engineering', managerId: 'h1' })),
      { id: 'd', name: 'Rep D', title: 'Sales Representative', homeDomain: 'sales', managerId: 'h2' },
    ],
  });

describe('the dashboard of a plan with no critical roles', () => {
  it('never says the pipeline is in good shape, and says why the figures are empty', () => {
    show(emptyPlan());
    expect(screen.queryByText(/good shape/i)).toBeNull();
    expect(screen.getByRole('heading', { name: 'No critical roles yet' })).toBeTruthy();
    const coverage = screen.getByRole('region', { name: 'Ready-now coverage' });
    expect(coverage.textContent).toContain('No critical roles yet');
    expect(coverage.textContent).not.toContain('Weak');
    expect(coverage.querySelector('.dash-tile-value')!.textContent).toBe('—');
    expect(screen.getByRole('link', { name: 'Import or add your people' })).toBeTruthy();
  });

  it('offers the roster’s leading titles, by how many report to them, and makes one a role in one click', async () => {
    show(roster());
    const list = screen.getByRole('list', { name: 'Define your critical roles from the roster' });
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('strong')!.textContent)).toEqual(['Head of Production', 'Sales Manager']);
    expect(list.textContent).toContain('Rosa Rask · 3 reports');
    const saved = roster();
    fakeApi.respond('role:save', (input) => ({ plan: { ...saved, roles: [input.role] }, revision: 2, history: { canUndo: true, canRedo: false, undoLabel: 'Add role', redoLabel: null }, problem: null }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Make Head of Production a critical role' }));
    expect(fakeApi.inputsOf('role:save')).toEqual([
      { role: { id: 'R1', title: 'Head of Production', domains: ['engineering'], incumbentId: 'h1', vacancyRisk: 'medium', expectedVacancy: null, requirements: { threads: {}, frontMonths: 0, backMonths: 0 }, successors: [] } },
    ]);
    expect(useBraid.getState().route).toEqual({ screen: 'succession', roleId: 'R1' });
  });
});
