import type { StateCreator } from 'zustand';
import type { History, PlanSnapshot, StoreProblem } from '../../shared/api/contract';
import type { Plan } from '../../shared/domain/plan/schema';
import { applyEdit, type EditInput, type EditName } from '../../shared/domain/edits';
import { call, BraidCallError } from '../platform';
import type { BraidState } from './index';

export type SaveState = 'saved' | 'saving' | 'failed';

export interface PlanSlice {
  loaded: boolean;
  plan: Plan | null;
  revision: number;
  history: History;
  problem: StoreProblem | null;
  saveState: SaveState;
  /** Edits sent to the service and not yet acknowledged as on disk. */
  pendingEdits: number;
  loadPlan(): Promise<void>;
  /** Applies an edit at once and sends it to the service; resolves when it is on disk. */
  edit<K extends EditName>(name: K, input: EditInput<K>): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  replacePlan(run: () => Promise<PlanSnapshot>): Promise<boolean>;
}

const NO_HISTORY: History = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const createPlanSlice: StateCreator<BraidState, [], [], PlanSlice> = (set, get) => {
  const adopt = (snapshot: PlanSnapshot) =>
    set({ plan: snapshot.plan, revision: snapshot.revision, history: snapshot.history, problem: snapshot.problem, loaded: true });

  const report = (error: unknown) => {
    const details = error instanceof BraidCallError ? error.details : [];
    get().notify({ tone: 'error', message: error instanceof Error ? error.message : String(error), details });
  };

  /** Whole-plan operations (undo, restore, open) wait for the service, then show its plan. */
  const replacePlan = async (run: () => Promise<PlanSnapshot>): Promise<boolean> => {
    set({ saveState: 'saving' });
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

  return {
    loaded: false,
    plan: null,
    revision: 0,
    history: NO_HISTORY,
    problem: null,
    saveState: 'saved',
    pendingEdits: 0,

    async loadPlan() {
      try {
        adopt(await call('plan:get', {}));
      } catch (error) {
        set({ loaded: true });
        report(error);
      }
    },

    async edit(name, input) {
      const before = get().plan;
      if (!before) return false;
      let next: Plan;
      try {
        next = applyEdit(before, name, input);
      } catch (error) {
        report(error);
        return false;
      }
      set((state) => ({ plan: next, pendingEdits: state.pendingEdits + 1, saveState: 'saving' }));
      try {
        const result = await call(name, input as never);
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
      if (get().history.canUndo) await replacePlan(() => call('plan:undo', {}));
    },
    redo: async () => {
      if (get().history.canRedo) await replacePlan(() => call('plan:redo', {}));
    },
    replacePlan,
  };
};
