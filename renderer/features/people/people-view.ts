import { create } from 'zustand';
import { NO_FILTER, type RosterFilter, type RosterSort } from './roster';

/** How the roster is being looked at; kept while the user visits a profile and comes back. Not plan data. */
interface PeopleView {
  filter: RosterFilter;
  sort: RosterSort;
  activeId: string | null;
  setFilter(patch: Partial<RosterFilter>): void;
  setSort(sort: RosterSort): void;
  setActiveId(id: string | null): void;
}

export const usePeopleView = create<PeopleView>()((set) => ({
  filter: NO_FILTER,
  sort: { column: 'name', descending: false },
  activeId: null,
  setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),
  setSort: (sort) => set({ sort }),
  setActiveId: (activeId) => set({ activeId }),
}));
