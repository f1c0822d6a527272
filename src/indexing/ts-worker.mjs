// Starts a worker written in TypeScript when Verbatim runs from source (tsx, vitest): loads the
// worker module named in workerData through tsx. The compiled server starts its .mjs directly.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
