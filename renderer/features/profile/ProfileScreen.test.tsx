// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Rotation } from '../../../shared/domain/plan/schema';
import { assessed, planWith, successor, worked } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { formatDay } from '../../components/dates';
import { fakeApi } from '../../testing/fake-api';
import ProfileScreen from './ProfileScreen';

/** An engineer lined up for a joint role that also needs front-side time and Financial Acumen 4. */
function setUp(planned: { start: string; end: string; objectives: string[] } | null = null) {
  const plan = planWith({
    people: [
      {
        id: 'P3',
        name: 'Zoë Łukasiewicz',
        homeDomain: 'engineering',
        experience: [worked('engineering', '2018-01-01')],
        assessments: [assessed('financial-acumen', 2, '2026-10-01')],
      },
    ],
    rotations: [
      { personId: 'P3', hostId: 'data-hub', start: '2024-01-01', end: '2024-06-30', status: 'completed' },
      ...(planned ? [{ personId: 'P3', hostId: 'sales-hub', ...planned }] : []),
    ],
    roles: [{ id: 'cso', title: 'Chief Service Officer', expectedVacancy: '2027-06-30', requirements: { threads: { 'financial-acumen': 4 }, frontMonths: 12 }, successors: [successor('P3', 'ready-1-2-years')] }],
  });
  plan.rotations[0].id = 'R9';
  const edit = vi.fn(async () => true);
  const notify = vi.fn();
  useBraid.setState({ plan, loaded: true, route: { screen: 'profile', personId: 'P3' }, edit: edit as never, notify });
  // The profile ends with the person's audit trail, read from the services.
  fakeApi.respond('audit:list', { entries: [], damaged: 0 });
  render(<ProfileScreen />);
  return { edit, notify };
}

afterEach(cleanup);

describe('ProfileScreen', () => {
  it('draws the braid picture with its text alternative', () => {
    setUp();
    const picture = screen.getByRole('img', { name: 'Braid picture of Zoë Łukasiewicz' });
    expect(picture.querySelectorAll('path').length).toBeGreaterThan(1);
    expect(screen.getByText(/Rotation at Data & Analytics hub, Data & Analytics \(back side\): Jan 2024 to Jun 2024, completed/)).toBeTruthy();
  });

  it('writes the braid picture’s “as of” day in the user’s locale, like the rest of the screen', () => {
    setUp();
    const asOf = useBraid.getState().plan!.organization.asOf!;
    const picture = screen.getByRole('img', { name: 'Braid picture of Zoë Łukasiewicz' });
    expect(picture.textContent).toContain(`as of ${formatDay(asOf)}`);
    expect(picture.textContent).not.toContain(asOf);
  });

  it('shows each thread against the chosen role, with the gap', () => {
    setUp();
    const threads = screen.getByRole('region', { name: 'Competency threads' });
    const financial = within(threads).getByText('Financial Acumen').closest('li')!;
    expect(financial.textContent).toContain('2 Developing');
    expect(financial.textContent).toContain('of 4 required');
    expect(financial.textContent).toContain('gap 2');
  });

  it('shows the projected ready date beside the fit', () => {
    setUp();
    const roles = screen.getByRole('region', { name: 'Successor for' });
    expect(roles.textContent).toContain('cannot be ready before the vacancy in Jun 2027');
  });

  it('says before adding a path which flags it raises, then adds the whole path as one edit and offers Undo', async () => {
    const { edit, notify } = setUp();
    const paths = screen.getByRole('region', { name: 'Development paths' });
    expect(paths.textContent).toContain(`Zoë Łukasiewicz cannot be ready for Chief Service Officer by its expected vacancy on ${formatDay('2027-06-30')}`);
    // The flag the path would raise names its days the same way, not as ISO.
    expect(paths.textContent).toContain(`expected to fall vacant on ${formatDay('2027-06-30')}`);
    expect(paths.textContent).not.toContain('2027-06-30');
    const announced = paths.querySelector('.profile-path-flags')!;
    expect(announced.textContent).toContain('Rotation ends after vacancy');
    await userEvent.click(within(paths).getByRole('button', { name: /^Add to plan/ }));
    expect(edit).toHaveBeenCalledTimes(1);
    const [name, input] = edit.mock.calls[0] as unknown as [string, { rotations: Rotation[] }];
    expect(name).toBe('rotation:addPath');
    expect(input.rotations[0]).toMatchObject({ id: 'R10', personId: 'P3', status: 'planned', feedback: [], mentorId: null, start: '2027-01-01' });
    expect(notify.mock.calls[0][0]).toMatchObject({ tone: 'success', action: { label: 'Undo' } });
  });

  it('marks a planned rotation that targets a thread gap as needing assessment evidence', () => {
    setUp({ start: '2027-02-01', end: '2027-07-31', objectives: ['financial-acumen'] });
    const row = screen.getByRole('region', { name: 'Rotations' }).querySelector('tr[data-status="planned"]')!;
    expect(row.textContent).toContain('Financial Acumen — needs assessment evidence');
  });

  it('names each flag of a rotation with its label and sentence, never a bare severity', () => {
    // One month is shorter than the policy's shortest rotation.
    setUp({ start: '2027-02-01', end: '2027-02-28', objectives: [] });
    const row = screen.getByRole('region', { name: 'Rotations' }).querySelector('tr[data-status="planned"]')!;
    const flags = row.querySelector('td:last-child')!;
    expect(flags.textContent).toContain('Rotation length');
    expect(flags.textContent).toMatch(/month/);
    expect(flags.textContent).not.toMatch(/^(warning|critical|info)$/);
  });

  it('explains the braid index as the mean of its two scores', () => {
    setUp();
    const card = screen.getByRole('region', { name: 'Braid index' });
    expect(card.textContent).toMatch(/\(\d+(\.\d)? \+ \d+(\.\d)?\) \/ 2 = \d+, rounded/);
  });
});
