// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Person } from '../../../shared/domain/plan/schema';
import { assessed, planWith, worked } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { nextId } from './person-form-schema';
import { PersonFormDialog } from './PersonFormDialog';
import { chooseOption } from '../../testing/choose-option';

function setUp(personId: string | null) {
  const plan = planWith({
    people: [
      {
        id: 'P7',
        name: 'Zoë Łukasiewicz',
        title: 'Head of Delivery',
        homeDomain: 'delivery',
        experience: [worked('delivery', '2018-01-01')],
        assessments: [assessed('financial-acumen', 3, '2026-05-01')],
      },
      { id: 'P12', name: '王芳', title: 'CISO', homeDomain: 'security' },
    ],
  });
  // An extra field from a newer version of the file: the form must keep it.
  (plan.people[0] as Person & { pronouns?: string }).pronouns = 'she/her';
  const edit = vi.fn(async () => true);
  const notify = vi.fn();
  useBraid.setState({ plan, loaded: true, edit: edit as never, notify });
  const onClose = vi.fn();
  render(<PersonFormDialog personId={personId} onClose={onClose} />);
  return { edit, notify, onClose };
}

const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input, select' }) as HTMLInputElement;
const saved = (edit: ReturnType<typeof vi.fn>) => (edit.mock.calls[0] as unknown as [string, { person: Person }])[1].person;

afterEach(cleanup);

describe('PersonFormDialog', () => {
  it('keeps unknown fields inside experience and assessment entries, and drops a note the user cleared', async () => {
    const plan = planWith({
      people: [
        {
          id: 'P7',
          experience: [{ ...worked('delivery', '2018-01-01'), hrisRef: 'WD-1' } as never],
          assessments: [{ ...assessed('financial-acumen', 3, '2026-05-01'), note: 'Strong quarter', rater: 'M-9' } as never],
        },
      ],
    });
    const edit = vi.fn(async () => true);
    useBraid.setState({ plan, loaded: true, edit: edit as never, notify: vi.fn() });
    render(<PersonFormDialog personId="P7" onClose={vi.fn()} />);
    await userEvent.clear(screen.getByDisplayValue('Strong quarter'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const person = saved(edit);
    expect(person.experience[0]).toMatchObject({ domain: 'delivery', hrisRef: 'WD-1' });
    expect(person.assessments[0]).toMatchObject({ thread: 'financial-acumen', level: 3, rater: 'M-9' });
    expect(person.assessments[0].note).toBeUndefined();
  });

  it('shows the message next to an empty title and saves nothing until it is fixed', async () => {
    const { edit, onClose } = setUp('P7');
    const title = field('Title');
    await userEvent.clear(title);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(edit).not.toHaveBeenCalled();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(title.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Title cannot be empty.');
    // Next to the field: inside the same label as the input.
    expect(title.closest('label')?.contains(message!)).toBe(true);

    await userEvent.type(title, 'Chief Delivery Officer');
    expect(title.getAttribute('aria-invalid')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(edit).toHaveBeenCalledTimes(1);
    const person = saved(edit);
    expect(person).toMatchObject({ id: 'P7', name: 'Zoë Łukasiewicz', title: 'Chief Delivery Officer', pronouns: 'she/her' });
    expect(person.assessments).toEqual([{ thread: 'financial-acumen', level: 3, date: '2026-05-01', source: 'manager' }]);
    expect(onClose).toHaveBeenCalled();
  });

  it('refuses an experience that ends before it starts, naming both dates', async () => {
    const { edit } = setUp('P7');
    const row = screen.getByRole('group', { name: 'Experience 1' });
    const end = within(row).getByLabelText(/End/) as HTMLInputElement;
    await userEvent.type(end, '2017-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(edit).not.toHaveBeenCalled();
    expect(within(row).getByText('End 2017-06-30 is before the start 2018-01-01.')).toBeTruthy();
  });

  it('adds and removes experience and assessment rows in the same form', async () => {
    const { edit } = setUp('P7');
    await userEvent.click(screen.getByRole('button', { name: 'Add experience' }));
    const added = screen.getByRole('group', { name: 'Experience 2' });
    await chooseOption('Domain', 'Software Engineering', { within: added });
    await userEvent.type(within(added).getByLabelText('Start'), '2014-01-01');
    await userEvent.type(within(added).getByLabelText(/End/), '2017-12-31');

    await userEvent.click(screen.getByRole('button', { name: 'Add assessment' }));
    const assessment = screen.getByRole('group', { name: 'Assessment 2' });
    await chooseOption('Thread', 'Innovation for Streamlined Operations', { within: assessment });
    await chooseOption('Level', /^4 ·/, { within: assessment });
    await userEvent.click(screen.getByRole('button', { name: 'Remove assessment 1' }));

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const person = saved(edit);
    expect(person.experience).toEqual([
      { domain: 'delivery', start: '2018-01-01', end: null },
      { domain: 'engineering', start: '2014-01-01', end: '2017-12-31' },
    ]);
    expect(person.assessments).toEqual([{ thread: 'innovation', level: 4, date: '2027-01-01', source: 'manager' }]);
  });

  it('refuses a new assessment without a date', async () => {
    const { edit } = setUp('P7');
    await userEvent.click(screen.getByRole('button', { name: 'Add assessment' }));
    const assessment = screen.getByRole('group', { name: 'Assessment 2' });
    await userEvent.clear(within(assessment).getByLabelText('Date'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(edit).not.toHaveBeenCalled();
    expect(within(assessment).getByText('Date is required.')).toBeTruthy();
  });

  it('adds a new person under the next free id', async () => {
    const { edit, notify } = setUp(null);
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(edit).not.toHaveBeenCalled();
    expect(screen.getByText('Name cannot be empty.')).toBeTruthy();

    await userEvent.type(field('Name'), 'Анна Петрова');
    await userEvent.type(field('Title'), 'Head of Data');
    await chooseOption('Home domain', 'Data & Analytics (back)');
    await userEvent.type(screen.getByRole('combobox', { name: 'Manager' }), '王');
    await userEvent.click(await screen.findByRole('option', { name: /王芳/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(saved(edit)).toMatchObject({ id: 'P13', name: 'Анна Петрова', homeDomain: 'data', managerId: 'P12', track: 'braided', performance: null });
    expect(notify.mock.calls[0][0]).toMatchObject({ tone: 'success', action: { label: 'Undo' } });
  });
});

describe('nextId', () => {
  it('takes the number after the highest in use, whatever the padding', () => {
    expect(nextId('P', ['P001', 'P150', 'X9'])).toBe('P151');
    expect(nextId('R', [])).toBe('R1');
    expect(nextId('P', ['P1', 'P2', 'P3'])).toBe('P4');
  });
});
