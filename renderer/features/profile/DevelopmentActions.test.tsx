// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzePlan } from '../../../shared/domain/analysis';

import { assessed, planWith, successor, worked } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { chooseOption } from '../../testing/choose-option';
import { DevelopmentActions } from './DevelopmentActions';

afterEach(cleanup);

/** An engineer on a slate that needs Financial Acumen 4, with a planned course, a completed mentoring and a cancelled project. */
function setUp() {
  const plan = planWith({
    people: [
      { id: 'P3', name: 'Zoë Łukasiewicz', experience: [worked('engineering', '2018-01-01')], assessments: [assessed('financial-acumen', 2, '2026-10-01')] },
      { id: 'P7', name: 'Omar Haddad', homeDomain: 'sales' },
    ],
    roles: [{ id: 'cso', title: 'Chief Service Officer', requirements: { threads: { 'financial-acumen': 4 } }, successors: [successor('P3')] }],
    actions: [
      { personId: 'P3', title: 'Finance for leaders', threads: ['financial-acumen'], start: '2027-02-01', end: '2027-04-30', ownerId: 'P7' },
      { personId: 'P3', kind: 'mentoring', title: 'Monthly with the CFO', threads: ['customer-success'], start: '2026-01-01', end: '2026-06-30', status: 'completed' },
      { personId: 'P3', kind: 'project', title: 'Billing clean-up', threads: ['innovation'], start: '2027-03-01', end: '2027-05-31', status: 'cancelled' },
    ],
  });
  const edit = vi.fn(async () => true);
  const notify = vi.fn();
  useBraid.setState({ plan, loaded: true, edit: edit as never, notify });
  render(<DevelopmentActions plan={plan} analysis={analyzePlan(plan)} person={plan.people[0]} />);
  return { edit, notify, section: screen.getByRole('region', { name: 'Development actions' }) };
}

const editCall = (edit: ReturnType<typeof vi.fn>, n = 0) => edit.mock.calls[n] as unknown as [string, Record<string, unknown>];

describe('DevelopmentActions', () => {
  it('lists each action with its kind as a mark and a word, its threads, dates, owner and status', () => {
    const { section } = setUp();
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['planned', 'completed', 'cancelled']);
    const course = rows[0];
    expect(course.querySelector('.action-kind svg')).not.toBeNull();
    expect(course.textContent).toContain('Course');
    expect(course.textContent).toContain('Finance for leaders');
    expect(course.textContent).toContain('Financial Acumen — needs assessment evidence');
    expect(course.textContent).toContain('Omar Haddad');
    // The kinds differ by shape, not colour: mentoring's mark is another path.
    expect(rows[1].querySelector('path')!.getAttribute('d')).not.toBe(course.querySelector('path')!.getAttribute('d'));
    // Only live actions can be completed or cancelled; a cancelled one can be planned again.
    expect(within(rows[1]).queryByRole('button', { name: /^Complete/ })).toBeNull();
    expect(within(rows[2]).getByRole('button', { name: 'Plan Billing clean-up again' })).toBeTruthy();
  });

  it('refuses a new action without a title or a thread and with an end before its start, naming each field', async () => {
    const { edit, section } = setUp();
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Add development action' }));
    const dialog = screen.getByRole('dialog', { name: 'Plan a development action for Zoë Łukasiewicz' });
    // The person's thread gap is ticked to start with; untick it.
    const financial = within(dialog).getByRole('checkbox', { name: 'Financial Acumen' }) as HTMLInputElement;
    expect(financial.checked).toBe(true);
    await user.click(financial);
    await user.clear(within(dialog).getByLabelText('End'));
    await user.type(within(dialog).getByLabelText('End'), '2027-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Plan action' }));
    expect(await within(dialog).findByText('Title cannot be empty: say what the action is.')).toBeTruthy();
    expect(within(dialog).getByText('Choose at least one thread the action develops.')).toBeTruthy();
    expect(within(dialog).getByText('End 2027-01-15 is before the start 2027-02-01.')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /^Title/ }).getAttribute('aria-invalid')).toBe('true');
    expect(edit).not.toHaveBeenCalled();
  });

  it('asks an acting role for its role, then saves the action as one edit and offers Undo', async () => {
    const { edit, notify, section } = setUp();
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Add development action' }));
    const dialog = screen.getByRole('dialog');
    await chooseOption('Kind', /^Acting role/, { user });
    await user.type(within(dialog).getByLabelText('Title'), 'Acting CSO over the summer');
    await user.click(within(dialog).getByRole('button', { name: 'Plan action' }));
    expect(await within(dialog).findByText('An acting role names the role whose seat is held: choose it.')).toBeTruthy();
    await chooseOption('Acting as', 'Chief Service Officer', { user });
    await user.click(within(dialog).getByRole('button', { name: 'Plan action' }));
    expect(edit).toHaveBeenCalledTimes(1);
    const [name, input] = editCall(edit);
    expect(name).toBe('action:save');
    expect(input.action).toMatchObject({
      id: 'act-4', personId: 'P3', kind: 'acting-role', roleId: 'cso', title: 'Acting CSO over the summer', threads: ['financial-acumen'],
      start: '2027-02-01', end: '2027-04-30', status: 'planned', ownerId: null, evidenceDue: null, cost: null,
    });
    expect(notify.mock.calls[0][0]).toMatchObject({ tone: 'success', message: 'Planned “Acting CSO over the summer” for Zoë Łukasiewicz.', action: { label: 'Undo' } });
  });

  it('edits an action keeping what the form does not show', async () => {
    const { edit, section } = setUp();
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Edit Finance for leaders' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit “Finance for leaders”' });
    await user.type(within(dialog).getByLabelText('Evidence due'), '2027-05-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const [, input] = editCall(edit);
    expect(input.action).toMatchObject({ id: 'act-1', ownerId: 'P7', evidenceDue: '2027-05-31', title: 'Finance for leaders' });
  });

  it('completes an action and, when asked, records the assessment of its thread in the same edit', async () => {
    const { edit, notify, section } = setUp();
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Complete Finance for leaders…' }));
    const dialog = screen.getByRole('dialog', { name: 'Complete “Finance for leaders”' });
    expect(within(dialog).getByRole('group', { name: 'Record the assessment now? (optional)' }).textContent).toContain('Now 2 · Developing');
    expect(within(dialog).getByRole('button', { name: 'Complete without assessment' })).toBeTruthy();
    await chooseOption('Financial Acumen level', /^4/, { user });
    await user.click(within(dialog).getByRole('button', { name: 'Complete and record the assessment' }));
    const [name, input] = editCall(edit);
    expect(name).toBe('action:complete');
    expect(input).toEqual({
      actionId: 'act-1',
      evidence: [{ thread: 'financial-acumen', level: 4, date: '2027-04-30', source: 'manager', note: 'Evidence of “Finance for leaders”' }],
    });
    expect(notify.mock.calls[0][0]).toMatchObject({ message: 'Completed “Finance for leaders” for Zoë Łukasiewicz, with its assessment.' });
  });

  it('completes without an assessment when none is chosen, and refuses a completion day before the start', async () => {
    const { edit, section } = setUp();
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Complete Finance for leaders…' }));
    const dialog = screen.getByRole('dialog');
    const day = within(dialog).getByLabelText('Completed on');
    await user.clear(day);
    await user.type(day, '2027-01-10');
    await user.click(within(dialog).getByRole('button', { name: 'Complete without assessment' }));
    expect(within(dialog).getByText('Completed on 2027-01-10 is before the action started (2027-02-01).')).toBeTruthy();
    expect(edit).not.toHaveBeenCalled();
    await user.clear(day);
    await user.type(day, '2027-04-15');
    await user.click(within(dialog).getByRole('button', { name: 'Complete without assessment' }));
    expect(editCall(edit)).toEqual(['action:complete', { actionId: 'act-1', end: '2027-04-15', evidence: [] }]);
  });

  it('asks before cancelling, the safe choice first, and cancels as one edit', async () => {
    const { edit, section } = setUp();
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Cancel Finance for leaders…' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel “Finance for leaders”?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the action' }));
    expect(editCall(edit)).toEqual(['action:cancel', { actionId: 'act-1' }]);
  });
});

