// Serving on several cores: the primary process forks workers that each load the index and
// share the listening port (node:cluster), the first before the others. A worker that dies is replaced. Each worker holds
// its own copy of the index, so memory grows with the number of workers.
import cluster from 'node:cluster';
import { isServingMessage, servingLine } from './serving-line.ts';

/** Runs `serveOne` in `workers` processes (or in this one when workers is 1). */
export async function serveOnWorkers(workers: number, serveOne: () => Promise<unknown>): Promise<void> {
  if (workers <= 1 || cluster.isWorker) {
    await serveOne();
    return;
  }
  // One worker first, the others once it listens: loading the index in parallel on every core
  // would delay the first answer; the later ones load while the first already serves.
  cluster.fork();
  // One line once every worker listens, not one per worker.
  let listening = 0;
  cluster.on('message', (_worker, message: unknown) => {
    if (isServingMessage(message) && ++listening === workers) console.log(servingLine(message.verbatimServing, workers));
  });
  cluster.once('listening', () => {
    for (let i = 1; i < workers; i++) cluster.fork();
  });
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A worker that failed at start-up (bad index, port taken) would fail again: stop instead.
    if (code === 1) {
      console.error(`verbatim: worker ${worker.process.pid} failed to start; stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
      process.exitCode = 1;
      return;
    }
    console.error(`verbatim: worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The --workers flag: a count, or "auto" for one per core. */
export function readWorkers(value: string, cores: number): number | null {
  if (value === 'auto') return cores;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : null;
}
