import { create } from 'zustand';
import { createPlanSlice } from './plan-slice';
import { createNoticeSlice } from './notice-slice';
import { createNavigationSlice } from './navigation-slice';
import { createScenarioSlice } from './scenario-slice';
import type { BraidState } from './state';

export type { BraidState } from './state';

/** The one bound store, combined from slices (zustand's slices pattern). */
export const useBraid = create<BraidState>()((...args) => ({
  ...createPlanSlice(...args),
  ...createNoticeSlice(...args),
  ...createNavigationSlice(...args),
  ...createScenarioSlice(...args),
}));

export type { Route, Screen } from './state';
