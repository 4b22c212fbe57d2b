/** The scene is in millimetres (y up); the model works in micrometres (z = depth, down). */
export const UM_TO_SCENE = 0.001;

/** Background and clear colour of the 3D view; the e2e "not blank" check compares pixels against it. */
export const CLEAR_COLOR = '#0d1b2a';
