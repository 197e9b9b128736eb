// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import type { Readiness } from '../../../shared/domain/plan/schema';
import { planWith, successor } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { RoleBoard } from './RoleBoard';

afterEach(cleanup);

const planWhere = (csoReadiness: Readiness, hodReadiness: Readiness) =>
  planWith({
    people: [
      { id: 'ana', name: 'Ana Lima' },
      { id: 'bo', name: 'Bo Chen' },
    ],
    roles: [
      { id: 'cso', title: 'Chief Service Officer', vacancyRisk: 'high', successors: [successor('ana', csoReadiness)] },
      { id: 'hod', title: 'Head of Delivery', vacancyRisk: 'high', successors: [successor('bo', hodReadiness)] },
    ],
  });

const board = (plan: ReturnType<typeof planWhere>) => {
  useBraid.setState({ plan });
  return <RoleBoard plan={plan} analysed={plan} analysis={analyzePlan(plan)} focusRole={null} highlighted={null} editRole={() => undefined} />;
};
const order = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('the succession board', () => {
  it('keeps the card being worked on where it is when its urgency changes, and re-sorts on the next visit', () => {
    const before = planWhere('ready-1-2-years', 'ready-now');
    const { rerender, unmount } = render(board(before));
    expect(order()).toEqual(['Chief Service Officer', 'Head of Delivery']);

    // Ana moved to ready now, Bo out of it: Head of Delivery is now the more urgent role.
    const after = planWhere('ready-now', 'ready-1-2-years');
    rerender(board(after));
    expect(order()).toEqual(['Chief Service Officer', 'Head of Delivery']);

    unmount();
    render(board(after));
    expect(order()).toEqual(['Head of Delivery', 'Chief Service Officer']);
  });

  it('finds a role by its incumbent\'s name typed without accents', () => {
    const plan = planWith({
      people: [{ id: 'zoe', name: 'Zoë Łukasiewicz' }, { id: 'bo', name: 'Bo Chen' }],
      roles: [
        { id: 'cso', title: 'Chief Service Officer', incumbentId: 'zoe' },
        { id: 'hod', title: 'Head of Delivery', incumbentId: 'bo' },
      ],
    });
    render(board(plan as ReturnType<typeof planWhere>));
    fireEvent.change(screen.getByPlaceholderText('Find a role or incumbent…'), { target: { value: 'zoe lukasiewicz' } });
    expect(order()).toEqual(['Chief Service Officer']);
  });

  it('names a role\'s flags in words, never by their code', () => {
    // A slate never reviewed is overdue for review (DOMAIN §8.4).
    const plan = planWhere('ready-now', 'ready-now');
    const analysis = analyzePlan(plan);
    expect(analysis.flags.some((f) => f.code === 'role-review-overdue' && f.roleId === 'cso')).toBe(true);
    render(board(plan));
    const card = screen.getByRole('heading', { level: 3, name: 'Chief Service Officer' }).closest('article') as HTMLElement;
    expect(card.textContent).toContain('Review overdue');
    expect(document.body.textContent).not.toMatch(/role-review-overdue|role-no-emergency-cover/);
  });
});

