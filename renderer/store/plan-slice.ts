import type { StateCreator } from 'zustand';
import type { History, PlanSnapshot } from '../../shared/api/contract';
import type { Plan } from '../../shared/domain/plan/schema';
import { applyEdit, type EditName } from '../../shared/domain/edits';
import type { ScenarioSnapshot } from '../../shared/api/scenario-schemas';
import { WHAT_IFS, type WhatIfName } from '../../shared/domain/scenarios/what-ifs';
import { call, BraidCallError } from '../platform';
import type { BraidState, PlanSlice } from './state';

export type { PlanSlice, SaveState } from './state';

/** The same pure function the service runs, applied at once to the copy on screen. */
function applyChange(plan: Plan, name: EditName | WhatIfName, input: unknown): Plan {
  if (name in WHAT_IFS) {
    const definition = WHAT_IFS[name as WhatIfName];
    return (definition.apply as (plan: Plan, input: unknown) => Plan)(plan, definition.input.parse(input));
  }
  return applyEdit(plan, name as EditName, input as never);
}

export const NO_HISTORY: History = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const createPlanSlice: StateCreator<BraidState, [], [], PlanSlice> = (set, get) => {
  const adopt = (snapshot: PlanSnapshot) =>
    set({ plan: snapshot.plan, revision: snapshot.revision, history: snapshot.history, problem: snapshot.problem, loaded: true, scenario: null });

  const report = (error: unknown) => {
    const details = error instanceof BraidCallError ? error.details : [];
    get().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error), details });
  };

  /** Whole-plan operations (undo, restore, open) wait for the service, then show its plan. */
  const replacePlan = async (run: () => Promise<PlanSnapshot>): Promise<boolean> => {
    const scenario = get().scenario;
    if (scenario) {
      get().notify({ tone: 'error', message: `You are in the scenario “${scenario.name}”. Go back to the plan to replace, restore or import it; nothing was changed.` });
      return false;
    }
    set({ saveState: 'saving', discardToUndo: null });
    try {
      adopt(await run());
      set({ saveState: 'saved' });
      return true;
    } catch (error) {
      set({ saveState: get().pendingEdits > 0 ? 'saving' : 'saved' });
      report(error);
      return false;
    }
  };

  const stepScenario = async (run: () => Promise<ScenarioSnapshot>) => {
    try {
      const snapshot = await run();
      set({ plan: snapshot.plan, revision: snapshot.revision, history: snapshot.history, scenario: snapshot.scenario });
    } catch (error) {
      report(error);
    }
  };

  return {
    loaded: false,
    plan: null,
    scenario: null,
    revision: 0,
    history: NO_HISTORY,
    problem: null,
    saveState: 'saved',
    pendingEdits: 0,

    async loadPlan() {
      // A load answered after the plan on screen changed (the demo loaded, an edit, a scenario
      // opened) is older than what the user sees: adopting it would swap the screen back and
      // re-mount whatever they are typing in.
      const shown = get().plan;
      const stillCurrent = () => get().plan === shown;
      try {
        const scenario = get().scenario;
        if (scenario) {
          const snapshot = await call('scenario:get', { id: scenario.id });
          if (!stillCurrent()) return;
          set({ plan: snapshot.plan, revision: snapshot.revision, history: snapshot.history, scenario: snapshot.scenario, loaded: true });
          return;
        }
        const snapshot = await call('plan:get', {});
        if (stillCurrent()) adopt(snapshot);
        else set({ loaded: true });
      } catch (error) {
        set({ loaded: true });
        report(error);
      }
    },

    async edit(name, input) {
      const before = get().plan;
      if (!before) return false;
      if (!get().scenario && name in WHAT_IFS) {
        report(new Error('What-ifs are tried in a scenario, never on the plan itself: make or open a scenario first.'));
        return false;
      }
      let next: Plan;
      try {
        next = applyChange(before, name, input);
      } catch (error) {
        report(error);
        return false;
      }
      // A change made after a discard is what Undo takes back next, not the discard.
      set((state) => ({ plan: next, pendingEdits: state.pendingEdits + 1, saveState: 'saving', discardToUndo: null }));
      try {
        const scenario = get().scenario;
        const result = scenario ? await call('scenario:edit', { id: scenario.id, edit: name, input }) : await call(name as EditName, input as never);
        set((state) => ({
          revision: result.revision,
          history: result.history,
          pendingEdits: state.pendingEdits - 1,
          saveState: state.pendingEdits - 1 > 0 ? 'saving' : 'saved',
        }));
        return true;
      } catch (error) {
        set((state) => ({ pendingEdits: state.pendingEdits - 1, saveState: 'failed' }));
        report(error);
        // The service's copy is the truth: show it again.
        await get().loadPlan();
        set({ saveState: get().pendingEdits > 0 ? 'saving' : 'saved' });
        return false;
      }
    },

    undo: async () => {
      if (!get().history.canUndo) return;
      const scenario = get().scenario;
      if (!scenario && get().discardToUndo) return get().undoDiscard();
      if (scenario) await stepScenario(() => call('scenario:undo', { id: scenario.id }));
      else await replacePlan(() => call('plan:undo', {}));
    },
    redo: async () => {
      if (!get().history.canRedo) return;
      const scenario = get().scenario;
      if (scenario) await stepScenario(() => call('scenario:redo', { id: scenario.id }));
      else await replacePlan(() => call('plan:redo', {}));
    },
    replacePlan,
  };
};
