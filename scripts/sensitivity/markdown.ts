/**
 * The sensitivity section for docs/validation.md: for each headline output, the parameters it is most
 * sensitive to (μ* ranking of the Morris screen), with σ and the evidence level of each parameter. The lead wires
 * it into the validation report's generator; `npm run -s sensitivity` also prints it.
 */
import { cell } from '../validation/markdown';
import type { SensitivityResult } from './screen';

function num(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  return Math.abs(v) >= 1000 || Math.abs(v) < 0.001 ? v.toExponential(2) : Number(v.toPrecision(3)).toString();
}

export function sensitivityMarkdown(result: SensitivityResult, top = 5): string {
  const evidence = new Map(result.factors.map((f) => [f.id, f.evidence]));
  const lines = [
    '## Sensitivity (Morris screen)',
    '',
    `Which assumed and calibrated parameters drive each headline metric: ${result.factors.length} parameters over ` +
      `their schema ranges, ${result.trajectories} trajectories × ${result.levels} levels (Δ = ${num(result.delta)} of ` +
      `each range), ${result.runs} runs of ${result.days} days (${Object.entries(result.base)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ')}, simulation seed ${result.runSeed}, design seed ${result.seed}), engine ${result.engine}` +
      (result.failedRuns > 0 ? `; ${result.failedRuns} run(s) failed and their effects are left out` : '') +
      '. μ* is the mean absolute change of the metric when the parameter alone moves by Δ (in the metric’s unit); ' +
      'σ large against μ* means the effect depends on the other parameters (non-linear or interacting). ' +
      'Regenerate with `npm run -s sensitivity`.',
    '',
    `| metric | top ${top} parameters by μ* (σ) |`,
    '| --- | --- |',
  ];
  for (const [key, { description, ranking }] of Object.entries(result.metrics)) {
    const best = ranking
      .filter((r) => Number.isFinite(r.muStar) && r.muStar > 0)
      .slice(0, top)
      .map(
        (r) =>
          `${r.param} ${num(r.muStar)} (${num(r.sigma)})${evidence.get(r.param) === 'calibrated' ? ' [calibrated]' : ''}`,
      );
    lines.push(
      `| ${cell(`${key}: ${description}`)} | ${cell(best.length > 0 ? best.join('; ') : 'no parameter moved it')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
