import type { StateCreator } from 'zustand';
import type { BraidState, NoticeSlice } from './state';

export type { Notice, NoticeSlice } from './state';

let nextId = 1;

export const createNoticeSlice: StateCreator<BraidState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  notify(notice) {
    const id = nextId++;
    set((state) => ({ notices: [...state.notices.slice(-3), { ...notice, id }] }));
    if (notice.tone !== 'error') setTimeout(() => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })), 6000);
  },
  dismiss(id) {
    set((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
  },
});
