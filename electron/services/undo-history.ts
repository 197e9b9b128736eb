import type { Plan } from '../../shared/domain/plan/schema';
import type { History } from '../../shared/api/contract';

interface Step {
  plan: Plan | null;
  label: string;
}

/** The history at one moment, to go back to (a write that failed). */
export interface HistoryCheckpoint {
  past: readonly Step[];
  future: readonly Step[];
}

/**
 * Undo and redo over whole plan revisions. Edits return new objects and share what they
 * did not change, so keeping a hundred revisions costs little memory.
 */
export class UndoHistory {
  private past: Step[] = [];
  private future: Step[] = [];

  constructor(private readonly limit = 100) {}

  /** Records the plan as it was before a change labelled `label`. */
  record(before: Plan | null, label: string): void {
    this.past.push({ plan: before, label });
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  undo(current: Plan | null): Step | null {
    const step = this.past.pop();
    if (!step) return null;
    this.future.push({ plan: current, label: step.label });
    return step;
  }

  redo(current: Plan | null): Step | null {
    const step = this.future.pop();
    if (!step) return null;
    this.past.push({ plan: current, label: step.label });
    return step;
  }

  /** How many steps undo and redo hold (each a whole earlier plan). */
  size(): { undo: number; redo: number } {
    return { undo: this.past.length, redo: this.future.length };
  }

  checkpoint(): HistoryCheckpoint {
    return { past: [...this.past], future: [...this.future] };
  }

  restore(checkpoint: HistoryCheckpoint): void {
    this.past = [...checkpoint.past];
    this.future = [...checkpoint.future];
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }

  describe(): History {
    const undo = this.past.at(-1);
    const redo = this.future.at(-1);
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
    };
  }
}
