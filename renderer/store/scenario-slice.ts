import type { StateCreator } from 'zustand';
import type { ScenarioSnapshot } from '../../shared/api/scenario-schemas';
import { call, BraidCallError } from '../platform';
import type { BraidState, ScenarioSlice } from './state';

export type { ScenarioSlice } from './state';

export const createScenarioSlice: StateCreator<BraidState, [], [], ScenarioSlice> = (set, get) => {
  const report = (error: unknown) => {
    const details = error instanceof BraidCallError ? error.details : [];
    get().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error), details });
  };
  /** Edits still on their way belong to the copy they were made in. */
  const settle = async () => {
    while (get().pendingEdits > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const show = (snapshot: ScenarioSnapshot) =>
    set({ scenario: snapshot.scenario, plan: snapshot.plan, revision: snapshot.revision, history: snapshot.history, saveState: 'saved' });

  return {
    scenarios: [],
    discardToUndo: null,
    async listScenarios() {
      try {
        set({ scenarios: await call('scenario:list', {}) });
      } catch (error) {
        report(error);
      }
    },
    async createScenario(name, note) {
      await settle();
      set({ discardToUndo: null });
      try {
        const snapshot = await call('scenario:create', { name, note });
        show(snapshot);
        void get().listScenarios();
        return snapshot.scenario;
      } catch (error) {
        report(error);
        return null;
      }
    },
    async enterScenario(id) {
      await settle();
      set({ discardToUndo: null });
      try {
        show(await call('scenario:get', { id }));
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    async leaveScenario() {
      await settle();
      set({ scenario: null });
      await get().loadPlan();
    },
    async promoteScenario(id) {
      await settle();
      set({ discardToUndo: null });
      try {
        const { snapshot, changedItems } = await call('scenario:promote', { id });
        const name = get().scenarios.find((s) => s.id === id)?.name ?? get().scenario?.name ?? 'the scenario';
        set({ scenario: null, plan: snapshot.plan, revision: snapshot.revision, history: snapshot.history, problem: snapshot.problem });
        void get().listScenarios();
        get().notify({
          tone: 'success',
          message: `“${name}” is now the plan (${changedItems} ${changedItems === 1 ? 'item' : 'items'} changed).`,
          action: { label: 'Undo', run: () => void get().undo() },
        });
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    async discardScenario(id) {
      const name = get().scenarios.find((s) => s.id === id)?.name ?? 'The scenario';
      if (get().scenario?.id === id) await get().leaveScenario();
      try {
        set({ scenarios: await call('scenario:discard', { id }) });
        set((state) => ({ discardToUndo: { id, name }, history: { ...state.history, canUndo: true, undoLabel: `Discard scenario “${name}”` } }));
        get().notify({ tone: 'info', message: `“${name}” was discarded.`, action: { label: 'Undo', run: () => void get().undoDiscard() } });
      } catch (error) {
        report(error);
      }
    },
    async undoDiscard() {
      const discard = get().discardToUndo;
      if (!discard) return;
      set({ discardToUndo: null });
      try {
        set({ scenarios: await call('scenario:restore', { id: discard.id }) });
        get().notify({ tone: 'success', message: `“${discard.name}” is back.` });
      } catch (error) {
        report(error);
      }
      // The header's Undo says the plan's own last change again.
      if (!get().scenario) await get().loadPlan();
    },
  };
};
