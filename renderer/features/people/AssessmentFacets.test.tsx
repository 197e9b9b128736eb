// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessed, planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { PersonFormDialog } from './PersonFormDialog';

afterEach(cleanup);

describe('recording an assessment in the person form', () => {
  it('shows the framework’s facets of the chosen thread and level beside each assessment row', async () => {
    const plan = planWith({ people: [{ id: 'P7', name: 'Zoë Łukasiewicz', assessments: [assessed('customer-success', 4, '2026-05-01')] }] });
    useBraid.setState({ plan, loaded: true, edit: vi.fn(async () => true) as never, notify: vi.fn() });
    render(<PersonFormDialog personId="P7" onClose={vi.fn()} />);

    const row = screen.getByRole('group', { name: 'Assessment 1' });
    const facets = row.querySelector('[role="note"]');
    expect(facets?.getAttribute('aria-label')).toBe('What Customer Success for Value Delivery covers');
    expect(facets?.textContent).toContain('level 4, Advanced');
    expect([...facets!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Customer-centricity', 'Value realisation', 'Feedback loops']);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Add assessment' }));
    const added = screen.getByRole('group', { name: 'Assessment 2' });
    expect(added.textContent).toContain('Strategy beyond budgets');
    expect(added.textContent).toContain('level 3, Proficient');
  });
});
