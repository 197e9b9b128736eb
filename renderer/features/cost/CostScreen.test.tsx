// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyEdit, type EditInput, type EditName } from '../../../shared/domain/edits';
import type { Plan } from '../../../shared/domain/plan/schema';
import { parsePlanText } from '../../../shared/domain/plan/validate';
import whatIfDocument from '../../../tests/fixtures/whatif.braid.json';
import { useBraid } from '../../store';
import { CostSettingsSection } from './CostSettingsSection';
import CostScreen from './CostScreen';

afterEach(cleanup);

/** tests/fixtures/whatif.braid.json (tests/helpers/whatif-fixture.ts reads it by a file URL, which jsdom has not). */
function whatIfPlan(): Plan {
  const read = parsePlanText(JSON.stringify(whatIfDocument));
  if (!read.ok) throw new Error('whatif.braid.json is not valid');
  return read.plan;
}

const euros = (amount: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(amount);

function show(plan: Plan = whatIfPlan()) {
  useBraid.setState({ plan, loaded: true, route: { screen: 'cost' } });
  return render(<CostScreen />);
}

describe('the Programme cost screen', () => {
  it('writes the over-budget sentence in the same money as the table, and says which years the budget covers', () => {
    show();
    const note = screen.getByRole('note');
    // whatif: the annual budget is 60 000 EUR, and 2027 is over it.
    expect(note.textContent).toMatch(/^Rotation spend in 2027 is /);
    expect(note.textContent).toContain(`over the annual budget of ${euros(60000)}.`);
    expect(note.textContent).not.toMatch(/\d EUR/);
    expect(screen.getByText(new RegExp(`against the budget: ${euros(60000).replace(/[.$]/g, '\\$&')} a year from 2027 on`))).toBeTruthy();
    // 2026 is before the as-of year: no budget, never over it.
    const y2026 = screen.getByRole('row', { name: /^2026/ });
    expect(within(y2026).getAllByRole('cell')[1].textContent).toBe('—');
  });

  it('marks a quarter over its share of the budget', async () => {
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Per quarter' }));
    const over = screen.getAllByRole('row').filter((row) => row.classList.contains('over'));
    expect(over.length).toBeGreaterThan(0);
    expect(screen.getByRole('columnheader', { name: 'Over budget' })).toBeTruthy();
    expect(within(over[0]).getAllByRole('cell')[2].textContent).not.toBe('—');
  });

  it('labels the chart’s axis in round amounts', () => {
    const { container } = show();
    const ticks = [...container.querySelectorAll('svg.cost-chart text.cost-tick')].map((t) => t.textContent);
    expect(ticks).toEqual([euros(0), euros(20000), euros(40000), euros(60000), euros(80000)]);
  });

  it('lets the scrollable chart and table take the keyboard focus', () => {
    show();
    for (const name of ['Spend chart', 'Spend table']) expect(screen.getByRole('region', { name }).tabIndex).toBe(0);
  });
});

describe('budgets of single years (Framework & data)', () => {
  it('sets a year’s own budget, which the screen then holds that year against', async () => {
    const edit = vi.fn(async <K extends EditName>(name: K, input: EditInput<K>) => {
      useBraid.setState({ plan: applyEdit(useBraid.getState().plan!, name, input) });
      return true;
    });
    useBraid.setState({ plan: whatIfPlan(), loaded: true, edit: edit as never });
    const { rerender } = render(<CostSettingsSection plan={useBraid.getState().plan!} />);
    await userEvent.type(screen.getByLabelText('Year'), 'FY26');
    await userEvent.type(screen.getByLabelText('Budget of that year'), '10000');
    await userEvent.click(screen.getByRole('button', { name: 'Set the year’s budget' }));
    expect(screen.getByRole('alert').textContent).toBe('Year: “FY26” is not a year (four digits, such as 2027).');
    expect(edit).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('Year'));
    await userEvent.type(screen.getByLabelText('Year'), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Set the year’s budget' }));
    expect(useBraid.getState().plan!.framework.policy.budgetByYear).toEqual({ '2026': 10000 });
    rerender(<CostSettingsSection plan={useBraid.getState().plan!} />);
    expect(screen.getByRole('button', { name: 'Remove 2026' })).toBeTruthy();
    cleanup();
    show(useBraid.getState().plan!);
    expect(within(screen.getByRole('row', { name: /^2026/ })).getAllByRole('cell')[1].textContent).toBe(euros(10000));
  });
});
