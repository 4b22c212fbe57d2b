/**
 * Writes the English locale files of the model's own text — parameter labels, descriptions and option labels, preset
 * labels, descriptions and protocols, metric descriptions — from the schema (workers/engine), which stays the one
 * source of truth for English. Translators edit src/i18n/locales/<locale>/{params,presets,metrics}.json;
 * test/unit/i18n.test.ts fails when English here drifts from the schema or a translation misses a key.
 *
 *   npx tsx scripts/i18n-model-text.ts          write the files
 *   npx tsx scripts/i18n-model-text.ts --check  exit 1 when they are out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelTextResources } from '../src/i18n/modelText';

const dir = fileURLToPath(new URL('../src/i18n/locales/en/', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const [namespace, resource] of Object.entries(modelTextResources())) {
  const path = `${dir}${namespace}.json`;
  const text = `${JSON.stringify(resource, null, 2)}\n`;
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // not written yet
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npx tsx scripts/i18n-model-text.ts`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
