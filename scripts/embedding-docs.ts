/**
 * Writes the URL options table of docs/embedding.md from APP_OPTIONS (src/scenario/shareState.ts), between its markers.
 * test/unit/embedDocs.test.ts fails when the doc is out of date.
 *
 *   npx tsx scripts/embedding-docs.ts          write the table
 *   npx tsx scripts/embedding-docs.ts --check  exit 1 when it is out of date
 *
 * The options module reads its texts through Vite (import.meta.glob), so it is loaded with Vite's module runner.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type * as OptionsDocModule from '../src/embed/optionsDoc';

type OptionsDoc = typeof OptionsDocModule;

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = `${root}docs/embedding.md`;
const { module } = await runnerImport<OptionsDoc>(`${root}src/embed/optionsDoc.ts`, {
  configFile: false,
  logLevel: 'error',
});
const current = readFileSync(docPath, 'utf8');
const next = module.withOptionsTable(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('docs/embedding.md: the options table is out of date: run npx tsx scripts/embedding-docs.ts');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(docPath, next);
  console.log('docs/embedding.md: options table written');
} else {
  console.log('docs/embedding.md: options table up to date');
}
