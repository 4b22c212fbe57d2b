/**
 * The educator's choices for the link they hand out (pmndrs/zustand): the mode it opens in and the moment it opens
 * paused at. Kept in a store, not component state, so they survive switching to the Treatment tab and back.
 */
import { create } from 'zustand';
import type { OpenMode } from './embedCode';

export interface AuthorState {
  openMode: OpenMode;
  /** Model time the link opens paused at, h; null: it opens at the start and plays. */
  pausedAtH: number | null;
  setOpenMode(mode: OpenMode): void;
  setPausedAtH(timeH: number | null): void;
}

export const useAuthorStore = create<AuthorState>()((set) => ({
  openMode: 'student',
  pausedAtH: null,
  setOpenMode: (openMode) => set({ openMode }),
  setPausedAtH: (pausedAtH) => set({ pausedAtH }),
}));
