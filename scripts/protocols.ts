/**
 * Protocol invariants: runs the protocol matrix (scripts/protocols/matrix.ts) through the sweep runner and checks
 * every run against the physiological invariants (scripts/protocols/invariants.ts); lists every violation and
 * writes docs/protocols.md with the curves of the extreme protocols.
 *
 *   npm run -s validate:protocols [-- --ci | --size small|full] [--seeds N] [--jobs N] [--out FILE] [--report FILE]
 *
 * The runs are kept in --out (resumable: a rerun with the same engine only runs what is missing).
 * Exit 0 when no invariant is violated (violations under a protocol the literature calls harmful are listed but
 * allowed), 1 when any is, 2 on bad flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as prettier from 'prettier';
import { numberFlag, parseFlags, runCli, UsageError } from './lib/args';
import { checkProtocols } from './protocols/check';
import { INVARIANTS } from './protocols/invariants';
import type { MatrixSize } from './protocols/matrix';
import { MATRIX_SIZES, matrixRows, protocolMatrix } from './protocols/matrix';
import { protocolPlots, protocolsMarkdown } from './protocols/report';
import { engineVersion } from './sweep/engineVersion';
import { runSweep } from './sweep/run';
import { DEFAULT_QUALITY, defaultJobs, VALIDATION_BLOCK_WIDTH_UM } from './validation/runner';

/** Block edge per matrix: the small (CI) one uses the schema's smallest block to stay within minutes. */
const BLOCK_WIDTH_UM: Record<MatrixSize, number> = { small: 600, full: VALIDATION_BLOCK_WIDTH_UM };
/** Series are kept daily for the report's curves. */
const SERIES_EVERY_H = 24;

const USAGE = `usage: npm run -s validate:protocols -- [--ci | --size small|full] [--seeds N] [--jobs N] [--out FILE] [--report FILE]
  --ci       the small matrix (extremes, each device, body site and patient factor once): what CI runs
  --size     ${MATRIX_SIZES.join(' or ')} (default full)
  --seeds    seeds 1..N per protocol, 1–10 (default 1)
  --jobs     simulations in parallel, 1–64 (default: CPU count, ${defaultJobs()} here)
  --out      sweep output (JSONL, resumable; default artifacts/protocols/<size>.jsonl)
  --report   markdown report (default docs/protocols.md; charts go to a folder of the same name)
  --dry-run  list the protocols and the model days they need, then exit`;

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), {
    ci: { takesValue: false },
    size: { takesValue: true },
    seeds: { takesValue: true },
    jobs: { takesValue: true },
    out: { takesValue: true },
    report: { takesValue: true },
    'dry-run': { takesValue: false },
    help: { takesValue: false },
  });
  if (flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const sizeText = flags.get('size')?.[0] ?? (flags.has('ci') ? 'small' : 'full');
  const size = MATRIX_SIZES.find((s) => s === sizeText);
  if (!size) throw new UsageError(`--size '${sizeText}' is unknown: allowed ${MATRIX_SIZES.join(', ')}`);
  if (flags.has('ci') && size !== 'small')
    throw new UsageError('--ci runs the small matrix: drop --size or give --size small');
  const seedCount = numberFlag(flags, 'seeds', 1, { min: 1, max: 10, integer: true });
  const jobs = numberFlag(flags, 'jobs', defaultJobs(), { min: 1, max: 64, integer: true });
  const out = flags.get('out')?.[0] ?? `artifacts/protocols/${size}.jsonl`;
  const reportPath = flags.get('report')?.[0] ?? 'docs/protocols.md';
  const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);
  const protocols = protocolMatrix(size);
  const log = (line: string) => process.stderr.write(`${line}\n`);

  if (flags.has('dry-run')) {
    for (const p of protocols) console.log(`${p.id}\t${p.days} d\t${p.label}`);
    const days = protocols.reduce((sum, p) => sum + p.days, 0) * seeds.length;
    console.log(`${protocols.length} protocols × ${seeds.length} seed(s), ${days} model days (matrix ${size})`);
    return;
  }
  const base = { quality: DEFAULT_QUALITY, block_width_um: BLOCK_WIDTH_UM[size] };
  const sweep = await runSweep({
    rows: matrixRows(protocols, seeds),
    base,
    out,
    jobs,
    seriesEveryH: SERIES_EVERY_H,
    log,
  });
  const result = checkProtocols(protocols, seeds, sweep.records, INVARIANTS);

  const plotDir = reportPath.replace(/\.md$/, '');
  const plots = protocolPlots(protocols, sweep.records);
  mkdirSync(plotDir, { recursive: true });
  for (const plot of plots) writeFileSync(join(plotDir, plot.file), plot.svg);
  const markdown = protocolsMarkdown({
    size,
    seeds,
    base,
    engine: engineVersion().id,
    protocols,
    invariants: INVARIANTS,
    result,
    plots,
    plotDir: relative(dirname(reportPath), plotDir),
  });
  const options = (await prettier.resolveConfig(reportPath)) ?? {};
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, await prettier.format(markdown, { ...options, parser: 'markdown' }));

  for (const v of result.violations) {
    console.log(
      `${v.expected ? 'EXPECTED' : 'VIOLATION'}  ${v.protocol.id} seed ${v.seed}  ${v.invariant}  ${v.metric} = ${v.value} (bound ${v.bound})`,
    );
  }
  const expected = result.violations.length - result.unexpected;
  console.log(
    `protocols: ${protocols.length} protocols × ${seeds.length} seed(s): ${result.unexpected} violation(s), ` +
      `${expected} expected under harmful protocols${result.missing.length ? `, ${result.missing.length} missing` : ''}; ` +
      `report ${reportPath}`,
  );
  process.exitCode = result.unexpected > 0 || result.missing.length > 0 ? 1 : 0;
}

void runCli(main);
