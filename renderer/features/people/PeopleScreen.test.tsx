// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planWith, worked, type PersonInput } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { NO_FILTER } from './roster';
import { usePeopleView } from './people-view';
import PeopleScreen from './PeopleScreen';
import { chooseOption } from '../../testing/choose-option';

// jsdom lays nothing out: give the roster's scroll box a height so the virtualizer shows rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('people-scroller') ? 360 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
  } as typeof HTMLElement.prototype.scrollTo;
});

function people(count: number): PersonInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `P${i + 1}`,
    name: `Person ${String(i + 1).padStart(4, '0')}`,
    title: i % 2 ? 'Engineering Manager' : 'Account Director',
    homeDomain: i % 2 ? 'engineering' : 'sales',
    experience: [worked(i % 2 ? 'engineering' : 'sales', `20${String(10 + (i % 15)).padStart(2, '0')}-01-01`)],
  }));
}

function open(count: number, extra: PersonInput[] = []) {
  const plan = planWith({ people: [...people(count), ...extra] });
  useBraid.setState({ plan, loaded: true, route: { screen: 'people' } });
  return render(<PeopleScreen />);
}

const bodyRows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-person-id'));

beforeEach(() => usePeopleView.setState({ filter: NO_FILTER, sort: { column: 'name', descending: false }, activeId: null }));
afterEach(cleanup);

describe('PeopleScreen', () => {
  it('renders only the rows in view, even for thousands of people', () => {
    open(3000);
    expect(screen.getByRole('status').textContent).toBe('3,000 people');
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(60);
  });

  it('filters as you type and says how many match', async () => {
    open(40, [{ id: 'Z1', name: 'Zoë Łukasiewicz', title: 'Head of Delivery', homeDomain: 'delivery' }]);
    await userEvent.type(screen.getByRole('searchbox'), 'zoe head');
    expect(bodyRows().map((r) => r.dataset.personId)).toEqual(['Z1']);
    expect(screen.getByRole('status').textContent).toBe('1 of 41 people');
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'nobody like this');
    expect(screen.getByText('No one matches these filters.')).toBeTruthy();
  });

  it('filters by side and hides archived people until asked', async () => {
    open(6, [{ id: 'A1', name: 'Archie Ved', homeDomain: 'sales', archived: true }]);
    await chooseOption('Side', 'Back (technical)');
    expect(bodyRows().map((r) => r.dataset.personId)).toEqual(['P2', 'P4', 'P6']);
    await chooseOption('Side', 'Front (client-facing)');
    expect(bodyRows().map((r) => r.dataset.personId)).not.toContain('A1');
    await userEvent.click(screen.getByLabelText('Show archived'));
    expect(bodyRows().map((r) => r.dataset.personId)).toContain('A1');
  });

  it('sorts by a column header, and again the other way', async () => {
    open(9);
    const header = screen.getByRole('columnheader', { name: /Back months/ });
    const backMonths = () => bodyRows().map((r) => Number(within(r).getAllByRole('gridcell')[7].textContent));
    await userEvent.click(within(header).getByRole('button'));
    const firstDirection = header.getAttribute('aria-sort');
    expect(firstDirection).toMatch(/ascending|descending/);
    const sorted = (values: number[], dir: string | null) =>
      values.every((v, i) => i === 0 || (dir === 'ascending' ? values[i - 1] <= v : values[i - 1] >= v));
    expect(sorted(backMonths(), firstDirection)).toBe(true);
    await userEvent.click(within(header).getByRole('button'));
    const secondDirection = header.getAttribute('aria-sort');
    expect(secondDirection).not.toBe(firstDirection);
    expect(sorted(backMonths(), secondDirection)).toBe(true);
    expect(new Set(backMonths()).size).toBeGreaterThan(2);
  });

  it('moves the active row with the arrow keys and opens the profile with Enter', async () => {
    open(50);
    const grid = screen.getByRole('grid', { name: 'People' });
    grid.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(grid.getAttribute('aria-activedescendant')).toBe('roster-row-2');
    expect(document.getElementById('roster-row-2')?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    expect(grid.getAttribute('aria-activedescendant')).toBe('roster-row-49');
    await userEvent.keyboard('{Home}{ArrowDown}{Enter}');
    expect(useBraid.getState().route).toEqual({ screen: 'profile', personId: 'P2' });
  });
});
