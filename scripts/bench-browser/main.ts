/** Starts the benchmark Worker and exposes its result on `window.__benchResult` for the driving script. */
const scale = Number(new URLSearchParams(location.search).get('scale') ?? '1');
const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' });
const status = document.getElementById('status')!;
const target = window as unknown as { __benchResult?: unknown; __benchError?: string };
worker.onmessage = (event: MessageEvent) => {
  target.__benchResult = event.data;
  status.textContent = JSON.stringify(event.data, null, 2);
};
worker.onerror = (event) => {
  target.__benchError = event.message;
  status.textContent = `error: ${event.message}`;
};
worker.postMessage({ scale });
