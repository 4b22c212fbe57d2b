/**
 * A worker thread that runs a TypeScript entry: Node cannot load .ts in a worker by itself, so the thread first
 * registers tsx's loader, then imports the entry. Shared by the validation runner and the sweep pool.
 */
import { Worker } from 'node:worker_threads';

export function tsxWorker(entry: URL): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
