import type { Plan } from '../domain/plan/schema';
import type { Refusal } from './field-reader';
import type { ImportTarget } from './fields';
import type { PossibleDuplicate } from './possible-duplicates';

/** One person the import adds or changes, with what changes in words. */
export interface PersonChange {
  row: number;
  id: string;
  name: string;
  changes: string[];
}

export interface ImportCounts {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  adds: number;
  updates: number;
  /** Rows that match the plan already: nothing to do. */
  unchanged: number;
  /** Rows of people who have left, not imported (the mapping's `leavers: leave-out`). */
  leftOut: number;
  /** Rows refused (one row may have several refusals). */
  refused: number;
  experienceAdded: number;
  assessmentsAdded: number;
  /** Development actions added (an update of one is counted in updates). */
  actionsAdded: number;
}

/**
 * What importing a table into a plan does. `next` is the plan with every accepted row
 * applied; refused rows are left out of it, so committing `next` is the --skip-invalid
 * behaviour and committing only when `refusals` is empty is the strict one.
 */
export interface ImportOutcome {
  target: ImportTarget;
  adds: PersonChange[];
  updates: PersonChange[];
  refusals: Refusal[];
  /** Accepted with a change the user should know about (an unknown manager left empty…). */
  notes: Refusal[];
  /** Rows that may be people already in the plan under another id, with the choice made (if any). */
  duplicates: PossibleDuplicate[];
  /** Problems of the mapping itself (no id column…): nothing can be imported until fixed. */
  problems: string[];
  counts: ImportCounts;
  next: Plan;
}

export function emptyCounts(rows: number): ImportCounts {
  return { rows, adds: 0, updates: 0, unchanged: 0, leftOut: 0, refused: 0, experienceAdded: 0, assessmentsAdded: 0, actionsAdded: 0 };
}

/** Refusals grouped by row, so that "rows refused" counts rows, not problems. */
export function refusedRowCount(refusals: readonly Refusal[]): number {
  return new Set(refusals.map((r) => r.row)).size;
}
