// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { reportPlan } from '../../../shared/report/testing/report-plan';
import { useBraid } from '../../store';
import { fakeApi } from '../../testing/fake-api';
import ScenariosScreen from './ScenariosScreen';

const scenario = { id: 'sc-first1', name: 'If our CTO leaves', note: '', createdAt: '2026-12-08T09:00:00.000Z', baseRevision: 4 };

beforeEach(() => {
  useBraid.setState({ plan: reportPlan(), revision: 7, scenario: null, scenarios: [], route: { screen: 'scenarios' } });
});
afterEach(cleanup);

describe('ScenariosScreen', () => {
  it('reads the list again when the plan changes, so an undone promotion no longer shows as promoted', async () => {
    fakeApi.respondOnce('scenario:list', [{ ...scenario, promotedAt: '2026-12-08T10:00:00.000Z' }]);
    render(<ScenariosScreen />);
    const row = await screen.findByRole('row', { name: /If our CTO leaves/ });
    expect(within(row).getAllByRole('cell')[3].textContent).not.toBe('—');

    // Undo of the promotion: the services answer with a new revision and the scenario unpromoted.
    fakeApi.respondOnce('scenario:list', [{ ...scenario, promotedAt: null }]);
    await act(async () => {
      useBraid.setState({ revision: 8 });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(within(screen.getByRole('row', { name: /If our CTO leaves/ })).getAllByRole('cell')[3].textContent).toBe('—');
  });
});
