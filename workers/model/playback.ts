/**
 * Playback defaults both threads use: the worker plays at this speed until told otherwise, and the app's speed
 * control and share links start from it.
 */

/** Default speed, model hours per wall-clock second (a day in 4 s: the first day's events stay readable). */
export const DEFAULT_SPEED_H_PER_S = 6;
