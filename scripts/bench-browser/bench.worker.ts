/** Runs the engine benchmark inside a real Worker, where the production engine runs. */
import { benchDiffusion } from '../bench-diffusion';
import { benchAgents, benchScenario } from '../lib/benchCore';

self.onmessage = (event: MessageEvent<{ scale: number }>) => {
  const scale = event.data.scale;
  const nz = Math.round(150 * scale);
  const diffusion = {
    voxels: 100 * 100 * nz,
    fields: 5,
    ...benchDiffusion({ nx: 100, ny: 100, nz, fields: 5, steps: 10, multiplier: 'tissue' }),
  };
  const agents = benchAgents(scale);
  const scenario = benchScenario(scale, 24);
  self.postMessage({ userAgent: navigator.userAgent, scale, diffusion, agents, scenario });
};
