import { create } from 'zustand';
import type { PlannerViewSettings } from '../../shared/api/contract';
import { call } from '../platform';

export const DEFAULT_PLANNER_VIEW: PlannerViewSettings = { view: 'host', zoom: 'months', snap: 'month', showCancelled: false, everyone: false };

interface PlannerViewState {
  settings: PlannerViewSettings;
  /** Shows the planner this way and keeps it in the preferences for the next start. */
  change(patch: Partial<PlannerViewSettings>): void;
  /** The way the preferences say it was last shown (read once at start). */
  restore(saved: PlannerViewSettings | undefined): void;
}

/** The planner's lanes, zoom, snap and toggles: kept across reloads in the service preferences. */
export const usePlannerView = create<PlannerViewState>()((set, get) => ({
  settings: DEFAULT_PLANNER_VIEW,
  change(patch) {
    const current = get().settings;
    const next = { ...current, ...patch };
    if ((Object.keys(next) as (keyof PlannerViewSettings)[]).every((key) => next[key] === current[key])) return;
    set({ settings: next });
    void call('prefs:set', { planner: next }).catch(() => undefined);
  },
  restore(saved) {
    if (saved) set({ settings: saved });
  },
}));
