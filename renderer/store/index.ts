import { create } from 'zustand';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createNoticeSlice, type NoticeSlice } from './notice-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';

export type BraidState = PlanSlice & NoticeSlice & NavigationSlice & ScenarioSlice;

/** The one bound store, combined from slices (zustand's slices pattern). */
export const useBraid = create<BraidState>()((...args) => ({
  ...createPlanSlice(...args),
  ...createNoticeSlice(...args),
  ...createNavigationSlice(...args),
  ...createScenarioSlice(...args),
}));

export type { Route, Screen } from './navigation-slice';
