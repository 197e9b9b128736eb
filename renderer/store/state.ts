import type { z } from 'zod';
import type { History, PlanSnapshot, StoreProblem } from '../../shared/api/contract';
import type { ScenarioInfo } from '../../shared/api/scenario-schemas';
import type { EditInput, EditName } from '../../shared/domain/edits';
import type { Plan } from '../../shared/domain/plan/schema';
import type { WHAT_IFS, WhatIfName } from '../../shared/domain/scenarios/what-ifs';

/*
 * The store's state, slice by slice, apart from the code that fills it: each slice's creator
 * needs the whole state's type, and the whole is made of the slices — kept here, that needs no
 * import going round in a circle.
 */

export type SaveState = 'saved' | 'saving' | 'failed';

export interface PlanSlice {
  loaded: boolean;
  /**
   * The plan every screen shows and edits: the working plan, or while `scenario` is set,
   * that scenario's copy. Edits and undo then go to the scenario, never to the plan.
   */
  plan: Plan | null;
  /** The scenario open in every screen instead of the plan; null on the plan itself. */
  scenario: ScenarioInfo | null;
  revision: number;
  history: History;
  problem: StoreProblem | null;
  saveState: SaveState;
  /** Edits sent to the service and not yet acknowledged as on disk. */
  pendingEdits: number;
  loadPlan(): Promise<void>;
  /** Applies an edit at once and sends it to the service; resolves when it is on disk. */
  edit<K extends EditName | WhatIfName>(name: K, input: ChangeInput<K>): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  replacePlan(run: () => Promise<PlanSnapshot>): Promise<boolean>;
}

export type ChangeInput<K> = K extends EditName ? EditInput<K> : K extends WhatIfName ? z.input<(typeof WHAT_IFS)[K]['input']> : never;

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  details?: string[];
  /** An action offered with the notice, e.g. Undo. */
  action?: { label: string; run: () => void };
}

export interface NoticeSlice {
  notices: Notice[];
  notify(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

export const SCREENS = ['dashboard', 'people', 'profile', 'rotations', 'succession', 'scenarios', 'cost', 'review', 'framework', 'reports', 'orgchart'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  screen: Screen;
  personId?: string;
  roleId?: string;
  rotationId?: string;
  hostId?: string;
  reviewId?: string;
  /** More rotations shown and highlighted with `rotationId` (the two of an overlap flag). */
  withRotationIds?: string[];
  /** Why `withRotationIds` are highlighted: a flag names them (the default), or they were just added to the plan. */
  highlight?: 'added';
}

export interface NavigationSlice {
  route: Route;
  navigate(route: Route): void;
}

export interface ScenarioSlice {
  /** The scenarios in the data folder, newest first, as last listed. */
  scenarios: ScenarioInfo[];
  listScenarios(): Promise<void>;
  /** Makes a scenario from the working plan and opens it in every screen. */
  createScenario(name: string, note: string): Promise<ScenarioInfo | null>;
  enterScenario(id: string): Promise<boolean>;
  /** Back to the plan (the one click of the banner). */
  leaveScenario(): Promise<void>;
  /** Promotes the open scenario into the plan and goes back to it; the notice offers Undo. */
  promoteScenario(id: string): Promise<boolean>;
  discardScenario(id: string): Promise<void>;
  /**
   * The scenario discarded last, while nothing has changed since: Undo (the header's button,
   * Ctrl/Cmd+Z, the notice's action) brings it back rather than undoing an earlier plan change.
   */
  discardToUndo: { id: string; name: string } | null;
  undoDiscard(): Promise<void>;
}

export type BraidState = PlanSlice & NoticeSlice & NavigationSlice & ScenarioSlice;
