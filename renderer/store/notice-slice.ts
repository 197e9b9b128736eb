import type { StateCreator } from 'zustand';
import type { BraidState } from './index';

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
