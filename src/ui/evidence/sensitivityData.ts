/**
 * The Morris screen's committed result, bundled at build time when it exists: import.meta.glob matches nothing
 * (and the build does not fail) until `npm run -s sensitivity` has written docs/validation/sensitivity.json, so the
 * evidence panel then shows no marks. The parsing lives in sensitivity.ts, where tests feed it fixtures.
 */
import { sensitivityMarks } from './sensitivity';

const FILES = import.meta.glob<unknown>('../../../docs/validation/sensitivity.json', {
  eager: true,
  import: 'default',
});

export const SENSITIVITY_MARKS = sensitivityMarks(Object.values(FILES)[0]);
