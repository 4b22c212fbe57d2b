/**
 * Who may talk to the embedded app, and where its messages may go (pure; unit-tested). `allow` is the URL option
 * allowOrigin: null when not given (any parent page may send commands), else the list of accepted parent origins
 * (empty when the option was given but bad: then nothing is accepted — it fails closed).
 *
 * With a list, the app never posts to '*': a reply goes to the origin that sent the command (which is on the list)
 * and an event to each listed origin (the browser delivers it only where the parent's origin matches). A parent
 * page whose origin is not on the list has its command refused: it gets one ok:false reply addressed to its own
 * origin (so a host developer with a mistyped allowOrigin learns why nothing happens), never an event. Without a
 * list, replies go to the sender's origin and events to '*' (the app cannot know the parent's origin: the embed
 * snippet sends no referrer).
 */

export type AllowedOrigins = readonly string[] | null;

/** Whether a command from a page of this origin is accepted. */
export function acceptsOrigin(origin: string, allow: AllowedOrigins): boolean {
  return allow === null || allow.includes(origin);
}

/**
 * The targetOrigin of a reply. A page opened from a file (or sandboxed) has the opaque origin "null", which
 * postMessage cannot name: such a parent is answered with '*' — only when no allowOrigin list is set (a list
 * never contains "null", so such a page is never accepted then).
 */
export function replyTarget(origin: string, allow: AllowedOrigins): string {
  if (allow !== null) return origin;
  return origin === 'null' || origin === '' ? '*' : origin;
}

/** The targetOrigins of an event: every allowed origin, or '*' without a list. */
export function eventTargets(allow: AllowedOrigins): readonly string[] {
  return allow === null ? ['*'] : allow;
}

/**
 * Where to send the refusal of a command from a parent page whose origin is not allowed: its own origin, or null
 * (stay silent) when that origin is opaque ("null", a file or sandboxed page), which only '*' could reach.
 */
export function refusalTarget(origin: string): string | null {
  return origin === 'null' || origin === '' ? null : origin;
}

/** The refusal's text (English, for the host page's developer, as every error message of the API). */
export function refusalMessage(origin: string): string {
  return `messages from ${origin} are not accepted: this embed's allowOrigin option does not list that origin`;
}
