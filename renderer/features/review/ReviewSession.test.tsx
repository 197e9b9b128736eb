// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyEdit, type EditInput, type EditName } from '../../../shared/domain/edits';
import type { Plan } from '../../../shared/domain/plan/schema';
import { reviewsOf } from '../../../shared/domain/review';
import { planWith, worked } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import ReviewScreen from './ReviewScreen';

afterEach(cleanup);

function setUp(signed = false) {
  let plan: Plan = planWith({
    people: [
      { id: 'ana', name: 'Ana Silva', title: 'Head of Sales', homeDomain: 'sales', performance: 3, potential: 'medium' },
      { id: 'ana2', name: 'Ana Silva', title: 'Bid Manager', homeDomain: 'sales', performance: 1, potential: 'low' },
      { id: 'eve', name: 'Eve Adams', title: 'Account Director', homeDomain: 'sales' },
    ],
    roles: [{ id: 'cso', title: 'Chief Sales Officer', domains: ['sales'], successors: [{ personId: 'ana', readiness: 'ready-now' }] }],
  });
  plan = applyEdit(plan, 'review:start', { id: 'rv1', date: '2027-01-10', title: 'Sales calibration', scope: { kind: 'domain', domainId: 'sales' }, participants: ['Hana'] });
  if (signed) plan = applyEdit(plan, 'review:signOff', { reviewId: 'rv1', signedOffOn: '2027-01-11' });
  // The store's edit as the renderer runs it: the pure edit applied to the plan in the store.
  const edit = vi.fn(async <K extends EditName>(name: K, input: EditInput<K>) => {
    useBraid.setState({ plan: applyEdit(useBraid.getState().plan!, name, input) });
    return true;
  });
  useBraid.setState({ plan, loaded: true, edit: edit as never, notify: vi.fn(), route: { screen: 'review', reviewId: 'rv1' } });
  render(<ReviewScreen />);
  return { edit, before: plan };
}

const chip = (name: RegExp) => screen.getByRole('button', { name });

describe('the live 9-box of a talent review', () => {
  it('counts its scope in words that agree with the numbers', () => {
    setUp();
    expect(screen.getByText(/^\d+ (person|people), 1 role$/)).toBeTruthy();
  });

  it('names everyone with their title, and the unrated with a way to rate them', () => {
    setUp();
    expect(chip(/^Ana Silva, Head of Sales$/)).toBeTruthy();
    expect(chip(/^Ana Silva, Bid Manager$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rate Eve Adams, Account Director' })).toBeTruthy();
  });

  it('moves a person with Alt+arrow keys as a proposal that asks for a reason and leaves the plan as it was', async () => {
    const { edit, before } = setUp();
    fireEvent.keyDown(chip(/^Ana Silva, Head of Sales$/), { key: 'ArrowUp', altKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Move Ana Silva' });
    expect(within(dialog).getByText(/Medium potential → High potential/)).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText('Reason (required)'), 'Led the turnaround of the northern region');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose move' }));

    expect(edit).toHaveBeenCalledWith('review:proposeMove', {
      reviewId: 'rv1',
      move: { personId: 'ana', field: 'potential', from: 'medium', to: 'high', reason: 'Led the turnaround of the northern region' },
    });
    const plan = useBraid.getState().plan!;
    expect(plan.people).toBe(before.people);
    expect(chip(/^Ana Silva, Head of Sales: proposed move to Emerging talent$/)).toBeTruthy();
    expect(chip(/^Ana Silva, Head of Sales: proposed here from Core player$/)).toBeTruthy();
    // Alt+→ from the proposed cell builds on the proposal: performance 3 → 4.
    fireEvent.keyDown(chip(/^Ana Silva, Head of Sales: proposed move/), { key: 'ArrowRight', altKey: true });
    expect(within(screen.getByRole('dialog', { name: 'Move Ana Silva' })).getByText(/Performance 3 → Performance 4/)).toBeTruthy();
  });

  it('does not move past the edge of the grid, nor on a plain arrow key', () => {
    setUp();
    fireEvent.keyDown(chip(/^Ana Silva, Bid Manager$/), { key: 'ArrowLeft', altKey: true });
    fireEvent.keyDown(chip(/^Ana Silva, Bid Manager$/), { key: 'ArrowUp' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a move without a reason and says why', async () => {
    const { edit } = setUp();
    fireEvent.keyDown(chip(/^Ana Silva, Head of Sales$/), { key: 'ArrowDown', altKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Move Ana Silva' });
    await userEvent.type(within(dialog).getByLabelText('Reason (required)'), '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose move' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/A move needs a reason/);
    expect(edit).not.toHaveBeenCalled();
    expect(reviewsOf(useBraid.getState().plan!)[0].moves).toEqual([]);
  });
});

describe('a signed-off talent review', () => {
  it('is read-only and offers its outcomes PDF', () => {
    setUp(true);
    expect(screen.queryByRole('button', { name: 'Sign off' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Discard' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Outcomes PDF' })).toBeTruthy();
    fireEvent.keyDown(chip(/^Ana Silva, Head of Sales$/), { key: 'ArrowUp', altKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Rate / })).toBeNull();
  });
});

describe('the slates of a talent review', () => {
  it('names each flag in words, never by its code', async () => {
    let plan: Plan = planWith({
      people: [
        { id: 'ana', name: 'Ana Silva', title: 'Head of Sales', homeDomain: 'sales', experience: [worked('engineering', '2020-01-01', '2022-01-01')] },
        { id: 'eve', name: 'Eve Adams', title: 'Account Director', homeDomain: 'sales' },
      ],
      // Ana meets every requirement but is marked 1–2 years; Eve needs back-side months no plan gives her.
      roles: [
        {
          id: 'cso',
          title: 'Chief Sales Officer',
          domains: ['sales'],
          requirements: { backMonths: 12 },
          successors: [
            { personId: 'ana', readiness: 'ready-1-2-years' },
            { personId: 'eve', readiness: 'ready-1-2-years' },
          ],
        },
      ],
    });
    plan = applyEdit(plan, 'review:start', { id: 'rv1', date: '2027-01-10', title: 'Sales calibration', scope: { kind: 'domain', domainId: 'sales' }, participants: ['Hana'] });
    useBraid.setState({ plan, loaded: true, edit: vi.fn() as never, notify: vi.fn(), route: { screen: 'review', reviewId: 'rv1' } });
    render(<ReviewScreen />);
    await userEvent.click(screen.getByRole('tab', { name: 'Slates' }));
    const slate = screen.getByRole('table', { name: 'Slate of Chief Sales Officer' });
    expect(within(slate).getByText('Readiness understated')).toBeTruthy();
    expect(within(slate).getByText('Readiness out of reach')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/readiness-understated|readiness-out-of-reach|role-[a-z-]+|successor-[a-z-]+/);
  });
});

