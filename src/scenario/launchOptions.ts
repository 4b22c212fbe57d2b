/**
 * The URL this page was opened with, read once (share state + embedding and device options; bad values already
 * replaced by defaults, with notices). Embedding, kiosk and accessibility code read their options from here.
 */
import { parseShareState } from './shareState';
import type { ParsedShareState } from './shareState';

export const launch: ParsedShareState = parseShareState(typeof window === 'undefined' ? '' : window.location.search);
