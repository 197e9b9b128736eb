// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { analyzePlan } from '../../../shared/domain/analysis';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import type { DevelopmentPath } from '../../../shared/domain/paths';
import { useBraid } from '../../store';
import { formatDay } from '../../components/dates';
import { DevelopmentPaths } from './DevelopmentPaths';

afterEach(cleanup);

describe('a development path’s alternatives', () => {
  it('name which of two people of the same name can meet the side months now', () => {
    const plan = planWith({
      people: [
        { id: 'ana', name: 'Ana Petrova' },
        { id: 'o1', name: 'Omar Haddad', title: 'Engineering Manager' },
        { id: 'o2', name: 'Omar Haddad', title: 'Head of Sales' },
      ],
      roles: [{ id: 'cso', title: 'Chief Service Officer' }],
    });
    useBraid.setState({ plan, loaded: true });
    const path: DevelopmentPath = { personId: 'ana', roleId: 'cso', steps: [], readyBy: null, inTime: false, reason: 'No rotation fits before the vacancy.', reasonDates: [], monthsMissingAtVacancy: 12, alternatives: ['o2'] };
    render(<DevelopmentPaths plan={plan} analysis={analyzePlan(plan)} paths={[path]} archived={false} />);
    expect(screen.getByText(/Meet the side months now/).textContent).toContain('Omar Haddad (Head of Sales).');
  });
});

describe('a development path’s reason', () => {
  it('writes the vacancy day it names the way the user’s locale writes days, as flag sentences do', () => {
    const plan = planWith({ people: [{ id: 'ana', name: 'Ana Petrova' }], roles: [{ id: 'cso', title: 'Chief Service Officer' }] });
    useBraid.setState({ plan, loaded: true });
    const path: DevelopmentPath = {
      personId: 'ana', roleId: 'cso', steps: [], readyBy: null, inTime: false,
      reason: 'Ana Petrova cannot be ready for Chief Service Officer by its expected vacancy on 2027-04-30: the plan as it stands leaves 14 months of back-side exposure missing by then.',
      reasonDates: ['2027-04-30'], monthsMissingAtVacancy: 14, alternatives: [],
    };
    render(<DevelopmentPaths plan={plan} analysis={analyzePlan(plan)} paths={[path]} archived={false} />);
    const reason = screen.getByText(/cannot be ready for Chief Service Officer/).textContent ?? '';
    expect(reason).not.toContain('2027-04-30');
    expect(reason).toContain(`by its expected vacancy on ${formatDay('2027-04-30')}:`);
  });
});


describe('a development path’s Add to plan button', () => {
  it('has a name that starts with the words it shows, so speech input finds it (WCAG 2.5.3)', () => {
    const plan = planWith({ people: [{ id: 'ana', name: 'Ana Petrova' }], roles: [{ id: 'cso', title: 'Chief Service Officer' }] });
    useBraid.setState({ plan, loaded: true });
    const step = (start: string, end: string) => ({ personId: 'ana', roleId: 'cso', hostId: 'sales-hub', domain: 'sales', start, end, objectives: [], closes: [], narrows: [], needsEvidence: [], fitAfter: 1, endsAfterVacancy: false });
    const path: DevelopmentPath = { personId: 'ana', roleId: 'cso', steps: [step('2027-02-01', '2027-07-31'), step('2027-08-01', '2028-01-31')], readyBy: '2028-01-31', inTime: null, reason: 'Two steps.', reasonDates: [], monthsMissingAtVacancy: 0, alternatives: [] };
    render(<DevelopmentPaths plan={plan} analysis={analyzePlan(plan)} paths={[path]} archived={false} />);
    const button = screen.getByRole('button', { name: /^Add to plan \(2 rotations\)/ });
    expect(button.textContent).toBe('Add to plan (2 rotations)');
    expect(button.getAttribute('aria-label')).toBe('Add to plan (2 rotations): the path toward Chief Service Officer');
  });
});
