// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { fakeApi } from '../testing/fake-api';
import { useBraid } from './index';
import { NO_HISTORY } from './plan-slice';

const info = { id: 'sc-abcd12', name: 'If Zoë leaves', note: '', createdAt: '2026-12-01T21:00:00.000Z', baseRevision: 4, promotedAt: null };
const history = { canUndo: true, canRedo: false, undoLabel: 'Leaves', redoLabel: null };

beforeEach(() => {
  useBraid.setState({ plan: planWith({ people: [{ id: 'zoe', name: 'Zoë' }] }), scenario: null, history: NO_HISTORY, revision: 4, pendingEdits: 0, saveState: 'saved', notices: [] });
});

describe('while a scenario is open', () => {
  it('every edit and undo goes to the scenario, never to the plan', async () => {
    fakeApi.respond('scenario:get', { scenario: info, plan: useBraid.getState().plan!, revision: 0, history: NO_HISTORY });
    await useBraid.getState().enterScenario(info.id);
    expect(useBraid.getState().scenario).toEqual(info);

    fakeApi.respondOnce('scenario:edit', { revision: 1, history }).respondOnce('scenario:edit', { revision: 2, history });
    await expect(useBraid.getState().edit('whatif:leave', { personId: 'zoe', on: '2027-03-01' })).resolves.toBe(true);
    expect(fakeApi.calls.at(-1)).toEqual({ name: 'scenario:edit', input: { id: info.id, edit: 'whatif:leave', input: { personId: 'zoe', on: '2027-03-01' } } });
    expect(useBraid.getState().plan!.people[0].archived).toBe(true);

    await useBraid.getState().edit('organization:update', { name: 'Acme' });
    expect(fakeApi.calls.at(-1)).toEqual({ name: 'scenario:edit', input: { id: info.id, edit: 'organization:update', input: { name: 'Acme' } } });

    fakeApi.respond('scenario:undo', { scenario: info, plan: planWith({}), revision: 3, history: NO_HISTORY });
    await useBraid.getState().undo();
    expect(fakeApi.calls.at(-1)).toEqual({ name: 'scenario:undo', input: { id: info.id } });
    expect(fakeApi.names().filter((name) => !name.startsWith('scenario:'))).toEqual([]);
  });

  it('refuses to replace the plan (restore, import, open) until the user is back in it', async () => {
    useBraid.setState({ scenario: info });
    const run = vi.fn();
    await expect(useBraid.getState().replacePlan(run)).resolves.toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(useBraid.getState().notices.at(-1)?.message).toMatch(/You are in the scenario “If Zoë leaves”/);
  });

  it('a what-if on the plan itself is refused before anything is sent', async () => {
    await expect(useBraid.getState().edit('whatif:leave', { personId: 'zoe', on: '2027-03-01' })).resolves.toBe(false);
    expect(fakeApi.calls).toEqual([]);
  });

  it('back to the plan shows the plan again', async () => {
    useBraid.setState({ scenario: info });
    const plan = planWith({ organization: 'The plan' });
    fakeApi.respond('plan:get', { plan, revision: 4, history: NO_HISTORY, problem: null });
    await useBraid.getState().leaveScenario();
    expect(fakeApi.calls.at(-1)).toEqual({ name: 'plan:get', input: {} });
    expect(useBraid.getState()).toMatchObject({ scenario: null, plan });
  });
});

describe('undo after a discard', () => {
  it('brings the discarded scenario back and says so, rather than undoing an earlier plan change', async () => {
    useBraid.setState({ scenarios: [info], history: { canUndo: true, canRedo: false, undoLabel: 'Change successor', redoLabel: null } });
    fakeApi.respond('scenario:discard', []);
    await useBraid.getState().discardScenario(info.id);
    expect(useBraid.getState().history.undoLabel).toBe('Discard scenario “If Zoë leaves”');

    fakeApi.respond('scenario:restore', [info]);
    fakeApi.respond('plan:get', { plan: useBraid.getState().plan, revision: 4, history: { canUndo: true, canRedo: false, undoLabel: 'Change successor', redoLabel: null }, problem: null });
    await useBraid.getState().undo();
    expect(fakeApi.names()).not.toContain('plan:undo');
    expect(fakeApi.names()).toContain('scenario:restore');
    expect(useBraid.getState().scenarios).toEqual([info]);
    expect(useBraid.getState().history.undoLabel).toBe('Change successor');

    // The next Undo is the plan's own again.
    fakeApi.respond('plan:undo', { plan: useBraid.getState().plan, revision: 5, history: NO_HISTORY, problem: null });
    await useBraid.getState().undo();
    expect(fakeApi.names().filter((n) => n === 'plan:undo')).toHaveLength(1);
  });

  it('a change made after the discard is what undo takes back', async () => {
    useBraid.setState({ scenarios: [info] });
    fakeApi.respond('scenario:discard', []);
    await useBraid.getState().discardScenario(info.id);
    fakeApi.respond('organization:update', { revision: 5, history: { canUndo: true, canRedo: false, undoLabel: 'Edit organisation', redoLabel: null } });
    await useBraid.getState().edit('organization:update', { name: 'Acme' });
    fakeApi.respond('plan:undo', { plan: useBraid.getState().plan, revision: 6, history: NO_HISTORY, problem: null });
    await useBraid.getState().undo();
    expect(fakeApi.names()).toContain('plan:undo');
    expect(fakeApi.names()).not.toContain('scenario:restore');
  });
});
