// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planWith, successor, worked } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { formatDay } from '../../components/dates';
import DashboardScreen from './DashboardScreen';
import { chooseOption } from '../../testing/choose-option';

function plan() {
  return planWith({
    people: [
      { id: 'ana', name: 'Ana Silva', experience: [worked('engineering', '2015-01-01')] },
      { id: 'bo', name: 'Bo Chen', experience: [worked('sales', '2015-01-01')] },
    ],
    roles: [
      // High vacancy risk and nobody ready now: critical.
      { id: 'cso', title: 'Chief Service Officer', vacancyRisk: 'high', successors: [successor('ana'), successor('bo')] },
      { id: 'hod', title: 'Head of Delivery', successors: [successor('bo', 'ready-now')] },
    ],
    rotations: [
      { personId: 'ana', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31' },
      { personId: 'ana', hostId: 'consulting-hub', start: '2027-05-01', end: '2027-10-31' },
    ],
  });
}

beforeEach(() => {
  useBraid.setState({ plan: plan(), loaded: true, route: { screen: 'dashboard' } });
  render(<DashboardScreen />);
});
afterEach(cleanup);

const group = (name: RegExp) => screen.getByRole('region', { name });

describe('DashboardScreen', () => {
  it('starts with the critical flags and says where to begin', () => {
    const start = screen.getByRole('region', { name: 'Start here' });
    expect(start.textContent).toMatch(/2 critical flags\. The first: No successor is ready now for Chief Service Officer/);
    const groups = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label')).filter((l) => l && /^(Critical|Warnings|For information):/.test(l));
    expect(groups[0]).toBe('Critical: 2');
  });

  it('writes the days a flag names the way the user’s locale does, not as ISO', () => {
    const overlap = within(group(/^Critical/)).getByText(/rotations at Sales hub/);
    expect(overlap.textContent).toContain(`(${formatDay('2027-02-01')} to ${formatDay('2027-07-31')})`);
    expect(overlap.textContent).toContain(`overlap from ${formatDay('2027-05-01')} to ${formatDay('2027-07-31')}.`);
    expect(overlap.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('shows every pipeline figure with what it means', () => {
    const coverage = screen.getByRole('region', { name: 'Ready-now coverage' });
    expect(coverage.textContent).toContain('50%');
    expect(coverage.textContent).toContain('could step in today');
    expect(screen.getByRole('region', { name: 'Rotations by status' }).textContent).toMatch(/Active0Planned2Completed0Cancelled0/);
  });

  it('jumps to the role’s succession slate in one click', async () => {
    await userEvent.click(within(group(/^Critical/)).getByRole('link', { name: 'Open Chief Service Officer' }));
    expect(useBraid.getState().route).toEqual({ screen: 'succession', roleId: 'cso' });
  });

  it('filters flags by severity and by kind', async () => {
    await userEvent.click(screen.getByRole('checkbox', { name: /Critical/ }));
    expect(screen.queryByRole('region', { name: /^Critical/ })).toBeNull();
    expect(group(/^Warnings/)).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: /Critical/ }));
    await chooseOption('Kind of flag', /^Overlapping rotations/);
    const critical = group(/^Critical/);
    expect(within(critical).getAllByRole('listitem')).toHaveLength(1);
    expect(critical.textContent).toContain('overlap');
    expect(screen.queryByRole('region', { name: /^Warnings/ })).toBeNull();
  });
});
