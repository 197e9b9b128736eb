// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Readiness } from '../../../shared/domain/plan/schema';
import { person } from '../../../shared/domain/testing/plan-builder';
import { SuccessorCard } from './SuccessorCard';
import type { SlateStanding } from '../../../shared/domain/candidates';

afterEach(cleanup);

function renderCard(readiness: Readiness, standing: SlateStanding | null = null) {
  const handlers = { move: vi.fn(), setEmergency: vi.fn(), remove: vi.fn(), openProfile: vi.fn() };
  render(
    <ul>
      <SuccessorCard
        roleId="cso"
        successor={{ personId: 'ana', readiness, emergency: true }}
        person={person({ id: 'ana', name: 'Ana Petrova', title: 'Head of Data' })}
        fit={{ roleId: 'cso', personId: 'ana', fit: 2 / 3, items: [], gaps: [{ kind: 'backMonths', required: 12, actual: 4, met: false, shortfall: 8 }] }}
        braidIndex={57}
        flags={[{ id: 'f1', code: 'successor-flight-risk', severity: 'warning', message: 'Ana Petrova is a flight risk.' }]}
        threadNames={new Map()}
        focusOnMount={false}
        standing={standing}
        {...handlers}
      />
    </ul>,
  );
  return handlers;
}

describe('a successor card', () => {
  it('shows fit, braid index, gaps, flags and the emergency mark', () => {
    renderCard('ready-1-2-years');
    const card = screen.getByRole('listitem', { name: 'Ana Petrova, 1–2 years' });
    expect(card.textContent).toMatch(/Fit 67%/);
    expect(card.textContent).toMatch(/Braid 57/);
    expect(card.textContent).toMatch(/Gaps: Technical months 4 of 12/);
    expect(card.textContent).toMatch(/Flight risk: Ana Petrova is a flight risk\./);
    expect(screen.getByText('Emergency cover')).toBeTruthy();
  });

  it('moves one column with Alt+← and Alt+→ from any of its buttons', () => {
    const { move } = renderCard('ready-1-2-years');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Ana Petrova' }), { key: 'ArrowLeft', altKey: true });
    expect(move).toHaveBeenLastCalledWith('ready-now');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Actions for Ana Petrova' }), { key: 'ArrowRight', altKey: true });
    expect(move).toHaveBeenLastCalledWith('ready-3-5-years');
  });

  it('does not move past the first or last column, nor on a plain arrow', () => {
    const { move } = renderCard('ready-now');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Ana Petrova' }), { key: 'ArrowLeft', altKey: true });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Ana Petrova' }), { key: 'ArrowRight' });
    expect(move).not.toHaveBeenCalled();
  });

  it('offers the other columns, emergency cover and removal in its menu, named for screen readers', async () => {
    const { move, setEmergency, remove } = renderCard('ready-now');
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'Actions for Ana Petrova' });
    expect(opener.getAttribute('aria-haspopup')).toBe('true');
    await user.click(opener);
    const menu = screen.getByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((m) => m.textContent)).toEqual(['Move to 1–2 years', 'Move to 3–5 years', 'Remove emergency cover', 'Open braid profile', 'Leaves on… (what-if)', 'Remove from slate']);
    await user.click(screen.getByRole('menuitem', { name: 'Move to 3–5 years' }));
    expect(move).toHaveBeenCalledWith('ready-3-5-years');

    // The keyboard: Enter opens it on the first item, arrows move, Enter acts.
    opener.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(setEmergency).toHaveBeenCalledWith(false);
    await user.click(opener);
    await user.click(screen.getByRole('menuitem', { name: 'Remove from slate' }));
    expect(remove).toHaveBeenCalled();
  });

  it('says when the successor is archived or now holds a role, and offers to take them off the slate', async () => {
    const handlers = renderCard('ready-now', { kind: 'incumbent', roleTitles: ['Head of Delivery'] });
    expect(screen.getByRole('status').textContent).toMatch(/Ana Petrova now holds Head of Delivery\./);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Ana Petrova from this slate' }));
    expect(handlers.remove).toHaveBeenCalledTimes(1);
    cleanup();
    renderCard('ready-now', { kind: 'archived' });
    expect(screen.getByRole('status').textContent).toMatch(/Ana Petrova is archived/);
  });

  it('shows no such notice for a successor in good standing', () => {
    renderCard('ready-now');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
