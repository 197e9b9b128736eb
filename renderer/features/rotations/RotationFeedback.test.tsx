// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { RotationFeedback } from './RotationFeedback';

afterEach(cleanup);

describe('recording host feedback as an assessment', () => {
  it('shows the facets of the rotation’s thread and the level about to be recorded', async () => {
    const plan = planWith({
      people: [{ id: 'ana', name: 'Ana Petrova' }],
      rotations: [
        {
          personId: 'ana',
          hostId: 'sales-hub',
          start: '2027-01-01',
          end: '2027-06-30',
          objectives: ['recovery-growth'],
          feedback: [{ date: '2027-03-01', author: 'Lead at Sales hub', text: 'Steadied a failing account.' }],
        },
      ],
    });
    useBraid.setState({ plan, loaded: true, edit: vi.fn(async () => true) as never });
    render(<RotationFeedback rotation={plan.rotations[0]} plan={plan} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Record assessment…' }));
    const guidance = screen.getByRole('note', { name: 'What Recovery & Growth covers' });
    expect(guidance.textContent).toContain('level 3, Proficient');
    expect([...guidance.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Proactive risk management', 'Recovery plans', 'Growth mindset']);
  });
});
