/**
 * Regenerates docs/validation.md and its charts (docs/validation/*.svg) from the last validation run.
 *
 *   npm run -s validate            # runs the targets, writes artifacts/validation/series.json
 *   npm run -s validate:report [-- --from PATH]
 *
 * The page is formatted with the project's Prettier settings, so `npm run lint` accepts it as written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { parseFlags, runCli, UsageError } from '../lib/args';
import { ARTIFACT_PATH, readArtifact } from './artifact';
import { reportMarkdown } from './markdown';
import { buildPlots } from './plots';
import { sensitivityMarkdown } from '../sensitivity/markdown';
import type { SensitivityResult } from '../sensitivity/screen';
import { SENSITIVITY_VERSION } from '../sensitivity/screen';
import { engineVersion } from '../sweep/engineVersion';

const DOC_PATH = 'docs/validation.md';
/** Charts folder, relative to the repository root and to the page. */
const PLOT_DIR = 'docs/validation';
const PLOT_DIR_FROM_DOC = 'validation';
/** The Morris screen's committed result (`npm run -s sensitivity`); its section is added when it exists. */
const SENSITIVITY_PATH = 'docs/validation/sensitivity.json';

/** The sensitivity section, or a line saying the screen has not been run for this engine yet. */
function sensitivitySection(): string {
  if (!existsSync(SENSITIVITY_PATH)) {
    return (
      '## Sensitivity (Morris screen)\n\nNot run yet for this engine: `npm run -s sensitivity` writes ' +
      `\`${SENSITIVITY_PATH}\`, then \`npm run -s validate:report\` adds the ranking here.\n`
    );
  }
  const result = JSON.parse(readFileSync(SENSITIVITY_PATH, 'utf8')) as SensitivityResult;
  if (result.version !== SENSITIVITY_VERSION) {
    throw new Error(`${SENSITIVITY_PATH} has version ${String(result.version)}, expected ${SENSITIVITY_VERSION}`);
  }
  const engine = engineVersion().id;
  // A screen of an older engine is still shown (it takes ~30 min to rerun), but never as if it were current.
  const stale =
    result.engine === engine
      ? ''
      : `> **Stale:** this screen ran on engine ${result.engine}; the engine is now ${engine}. The ranking is of the ` +
        'older model until `npm run -s sensitivity` is rerun.\n\n';
  return stale === '' ? sensitivityMarkdown(result) : sensitivityMarkdown(result).replace(/\n\n/, `\n\n${stale}`);
}

async function formatMarkdown(markdown: string, path: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), { from: { takesValue: true } });
  const from = flags.get('from')?.[0] ?? ARTIFACT_PATH;
  if (!existsSync(from)) {
    throw new UsageError(`--from ${from} does not exist: run \`npm run -s validate\` first`);
  }
  const artifact = readArtifact(from);
  const plots = buildPlots(artifact);
  mkdirSync(PLOT_DIR, { recursive: true });
  for (const plot of plots) writeFileSync(join(PLOT_DIR, plot.file), plot.svg);
  const markdown = `${reportMarkdown(artifact, plots, PLOT_DIR_FROM_DOC)}\n${sensitivitySection()}`;
  writeFileSync(DOC_PATH, await formatMarkdown(markdown, DOC_PATH));
  console.log(`wrote ${DOC_PATH} and ${plots.length} charts in ${PLOT_DIR}/ from ${from}`);
}

void runCli(main);
