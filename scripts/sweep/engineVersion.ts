/**
 * The engine version every sweep result is stamped with: package.json's version plus a hash of the model and
 * engine sources (workers/engine, workers/model) and of the code that summarises a run (SUMMARY_FILES). Any change of the code that computes a result changes the
 * stamp, so a resumed sweep never mixes results of two engines and a reader can tell which engine made a line.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIRS = ['workers/engine', 'workers/model'];
/** What turns a run into its summary line: a change there changes the lines too. */
const SUMMARY_FILES = ['scripts/sweep/summary.ts', 'scripts/sweep/worker.ts', 'scripts/validation/simulateRun.ts'];

export interface EngineVersion {
  /** package.json version. */
  readonly package: string;
  /** First 12 hex digits of SHA-256 over the engine, model and summary sources (path and content, sorted by path). */
  readonly sources: string;
  /** `<package>+<sources>`: what results are matched on when a sweep resumes. */
  readonly id: string;
}

let cached: EngineVersion | undefined;

export function engineVersion(): EngineVersion {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))),
    ...SUMMARY_FILES.map((f) => join(ROOT, f)),
  ];
  for (const file of files.sort()) {
    hash.update(relative(ROOT, file).replaceAll('\\', '/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  const sources = hash.digest('hex').slice(0, 12);
  cached = { package: pkg.version, sources, id: `${pkg.version}+${sources}` };
  return cached;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
  });
}
