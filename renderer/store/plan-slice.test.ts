// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { fakeApi } from '../testing/fake-api';
import { useBraid } from './index';
import { call } from '../platform';

const history = { canUndo: true, canRedo: false, undoLabel: 'Edit organisation', redoLabel: null };

beforeEach(() => {
  useBraid.setState({ plan: planWith({}), revision: 1, pendingEdits: 0, saveState: 'saved', notices: [] });
});

describe('an edit', () => {
  it('shows at once, then is marked saved when the service acknowledges it', async () => {
    const acknowledgement = fakeApi.hold('organization:update');
    const done = useBraid.getState().edit('organization:update', { name: 'Acme' });
    expect(useBraid.getState().plan?.organization.name).toBe('Acme');
    expect(useBraid.getState().saveState).toBe('saving');
    await acknowledgement.resolve({ revision: 2, history });
    await expect(done).resolves.toBe(true);
    expect(fakeApi.inputsOf('organization:update')).toEqual([{ name: 'Acme' }]);
    expect(useBraid.getState()).toMatchObject({ saveState: 'saved', revision: 2, history });
  });

  it('is rolled back to the service’s plan and explained when the service refuses it', async () => {
    const servicePlan = planWith({ organization: 'From the service' });
    fakeApi.refuse('organization:update', 'That change would make the plan invalid, so it was not made.', ['people[0].id: …']);
    fakeApi.respond('plan:get', { plan: servicePlan, revision: 1, history, problem: null });
    await expect(useBraid.getState().edit('organization:update', { name: 'Acme' })).resolves.toBe(false);
    expect(useBraid.getState().plan?.organization.name).toBe('From the service');
    expect(useBraid.getState().notices.at(-1)).toMatchObject({ tone: 'error', details: ['people[0].id: …'] });
  });

  it('that the plan cannot take is refused before anything is sent', async () => {
    await expect(useBraid.getState().edit('person:archive', { personId: 'ghost', archived: true })).resolves.toBe(false);
    expect(fakeApi.calls).toEqual([]);
    expect(useBraid.getState().notices.at(-1)?.message).toMatch(/ghost is not in the plan/);
  });
});

describe('a plan load answered late', () => {
  it('does not replace a plan loaded meanwhile (the header field being typed in stays mounted)', async () => {
    useBraid.setState({ plan: null, loaded: true });
    const demo = planWith({ organization: 'Demo organisation' });
    const lateLoad = fakeApi.hold('plan:get');
    const loading = useBraid.getState().loadPlan();
    fakeApi.respond('plan:loadDemo', { plan: demo, revision: 1, history, problem: null });
    await expect(useBraid.getState().replacePlan(() => call('plan:loadDemo', {}))).resolves.toBe(true);
    await lateLoad.resolve({ plan: null, revision: 0, history, problem: null });
    await loading;
    expect(useBraid.getState().plan?.organization.name).toBe('Demo organisation');
  });

  it('does not undo on screen an edit made while it was on its way', async () => {
    const lateLoad = fakeApi.hold('plan:get');
    const loading = useBraid.getState().loadPlan();
    fakeApi.respond('organization:update', { revision: 2, history });
    await useBraid.getState().edit('organization:update', { name: 'Typed meanwhile' });
    await lateLoad.resolve({ plan: planWith({ organization: 'Before the edit' }), revision: 1, history, problem: null });
    await loading;
    expect(useBraid.getState().plan?.organization.name).toBe('Typed meanwhile');
  });
});
