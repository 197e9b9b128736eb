// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';

const call = vi.fn();
vi.mock('../platform', () => ({
  call: (...args: unknown[]) => call(...args),
  BraidCallError: class BraidCallError extends Error {
    constructor(
      message: string,
      readonly details: string[] = [],
    ) {
      super(message);
    }
  },
}));

const { useBraid } = await import('./index');
const { BraidCallError } = await import('../platform');

const history = { canUndo: true, canRedo: false, undoLabel: 'Edit organisation', redoLabel: null };

beforeEach(() => {
  call.mockReset();
  useBraid.setState({ plan: planWith({}), revision: 1, pendingEdits: 0, saveState: 'saved', notices: [] });
});

describe('an edit', () => {
  it('shows at once, then is marked saved when the service acknowledges it', async () => {
    let acknowledge!: (value: unknown) => void;
    call.mockReturnValueOnce(new Promise((resolve) => (acknowledge = resolve)));
    const done = useBraid.getState().edit('organization:update', { name: 'Acme' });
    expect(useBraid.getState().plan?.organization.name).toBe('Acme');
    expect(useBraid.getState().saveState).toBe('saving');
    acknowledge({ revision: 2, history });
    await expect(done).resolves.toBe(true);
    expect(useBraid.getState()).toMatchObject({ saveState: 'saved', revision: 2, history });
  });

  it('is rolled back to the service’s plan and explained when the service refuses it', async () => {
    const servicePlan = planWith({ organization: 'From the service' });
    call.mockRejectedValueOnce(new BraidCallError('That change would make the plan invalid, so it was not made.', ['people[0].id: …']));
    call.mockResolvedValueOnce({ plan: servicePlan, revision: 1, history, problem: null });
    await expect(useBraid.getState().edit('organization:update', { name: 'Acme' })).resolves.toBe(false);
    expect(useBraid.getState().plan?.organization.name).toBe('From the service');
    expect(useBraid.getState().notices.at(-1)).toMatchObject({ tone: 'error', details: ['people[0].id: …'] });
  });

  it('that the plan cannot take is refused before anything is sent', async () => {
    await expect(useBraid.getState().edit('person:archive', { personId: 'ghost', archived: true })).resolves.toBe(false);
    expect(call).not.toHaveBeenCalled();
    expect(useBraid.getState().notices.at(-1)?.message).toMatch(/ghost is not in the plan/);
  });
});
