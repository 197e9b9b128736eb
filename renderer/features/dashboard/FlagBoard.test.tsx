// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Flag } from '../../../shared/domain/model';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { subjectNamesOf } from '../../navigation/flag-subject';
import { FlagBoard } from './FlagBoard';

afterEach(cleanup);

const stagnant = (i: number): Flag => ({ id: `person-stagnant:p${i}`, code: 'person-stagnant', severity: 'info', message: `Person ${i} is stagnant.`, personId: `p${i}` });

describe('FlagBoard at scale', () => {
  it('shows a kind raised more than five times as one line with its count, and lists them all on request', async () => {
    const flags = Array.from({ length: 8 }, (_, i) => stagnant(i));
    render(<FlagBoard flags={flags} names={subjectNamesOf(planWith())} stagnationMonths={36} />);
    const info = screen.getByRole('region', { name: 'For information: 8' });
    expect(within(info).getAllByRole('listitem')).toHaveLength(1);
    expect(info.textContent).toContain('8 braided leaders have had no time on the other side in 36 months.');
    await userEvent.click(within(info).getByRole('button', { name: 'List all 8' }));
    expect(within(screen.getByRole('region', { name: 'For information: 8' })).getAllByRole('listitem')).toHaveLength(8);
  });
});
