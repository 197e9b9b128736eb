// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { plannerFlagsOf } from '../../../shared/domain/analysis/flags-by-rotation';
import { RotationDialog } from './RotationDialog';

afterEach(cleanup);

const plan = planWith({
  people: [{ id: 'ana', name: 'Ana Lima' }],
  rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
});

function open(draft: { start: string; end: string }) {
  const edit = vi.fn(async () => true);
  useBraid.setState({ plan, edit } as never);
  const analysis = analyzePlan(plan);
  render(
    <RotationDialog
      state={{ kind: 'new', draft: { personId: 'ana', hostId: 'data-hub', ...draft } }}
      plan={plan}
      flags={plannerFlagsOf(analysis)}
      settled={plan}
      analysis={analysis}
      asOf={analysis.asOf}
      onClose={() => undefined}
      onCreated={() => undefined}
    />,
  );
  return edit;
}

describe('the new-rotation dialog', () => {
  it('shows the flags a short, overlapping rotation will raise before it is saved', async () => {
    const edit = open({ start: '2027-05-01', end: '2027-06-30' });
    expect(screen.getByRole('status').textContent).toBe('Saving this rotation will raise these 2 flags:');
    const list = screen.getByRole('list', { name: 'Flags saving will raise' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([expect.stringMatching(/^Overlapping rotations .*overlap from/), expect.stringMatching(/^Rotation length .*lasts 2 months/)]);
    expect(edit).not.toHaveBeenCalled();
  });

  it('follows the form: a rotation moved clear of the other and long enough raises none', async () => {
    open({ start: '2027-05-01', end: '2027-06-30' });
    const user = userEvent.setup();
    const [start, end] = [screen.getByLabelText('Start'), screen.getByLabelText('End')];
    await user.clear(end);
    await user.type(end, '2028-06-30');
    await user.clear(start);
    await user.type(start, '2027-07-01');
    expect(screen.getByRole('status').textContent).toBe('Saving raises no flag on this rotation.');
    expect(screen.queryByRole('list', { name: 'Flags saving will raise' })).toBeNull();
  });

  it('names the plan’s currency on the cost field and shows the amount in it', async () => {
    const euros = { ...plan, organization: { ...plan.organization, currency: 'EUR' } };
    const analysis = analyzePlan(euros);
    useBraid.setState({ plan: euros, edit: vi.fn() } as never);
    render(<RotationDialog state={{ kind: 'new', draft: { start: '2027-07-01', end: '2027-12-31' } }} plan={euros} flags={plannerFlagsOf(analysis)} settled={euros} analysis={analysis} asOf={analysis.asOf} onClose={() => undefined} onCreated={() => undefined} />);
    const cost = screen.getByLabelText(/^Cost \(EUR\)/);
    await userEvent.setup().type(cost, '12500');
    expect(cost.parentElement!.textContent).toContain(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }).format(12500));
  });
});
