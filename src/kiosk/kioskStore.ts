/** Kiosk state the layout reads: how many times the app was reset (panels remount on a new count). */
import { create } from 'zustand';

export interface KioskState {
  resetCount: number;
  attract: boolean;
  bumpReset(): void;
  setAttract(attract: boolean): void;
}

export const useKioskStore = create<KioskState>()((set) => ({
  resetCount: 0,
  attract: false,
  bumpReset: () => set((s) => ({ resetCount: s.resetCount + 1 })),
  setAttract: (attract) => set({ attract }),
}));
