// Parses corpus files on worker threads, one per core, and hands the results back in corpus
// order. Each worker counts terms with its own counter; the caller merges the counts in order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileJob, ParsedFile } from './parse-file.ts';

/** Below this many files a build parses in its own thread: starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;
const IN_FLIGHT_PER_WORKER = 4;

export const defaultParseWorkers = (files: number) => (files >= MIN_FILES_FOR_WORKERS ? Math.min(availableParallelism(), 4) : 0);

function startWorker(): Worker {
  // From source the worker is TypeScript, loaded through tsx; compiled, it is an .mjs beside this bundle.
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./parse-worker.ts', import.meta.url).href;
    return new Worker(new URL('./ts-worker.mjs', import.meta.url), { workerData: { entry } });
  }
  return new Worker(new URL('./parse-worker.mjs', import.meta.url));
}

/**
 * Parses `jobs` on `count` workers and calls `accept` with each result in job order, with the
 * number of the worker that parsed it. Rejects if a worker fails.
 */
export async function parseInWorkers(jobs: FileJob[], count: number, accept: (parsed: ParsedFile, worker: number) => void): Promise<void> {
  const workers = Array.from({ length: count }, startWorker);
  const done = new Map<number, { parsed: ParsedFile; worker: number }>();
  const load = workers.map(() => 0);
  let sent = 0;
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: number) => {
        while (load[w]! < IN_FLIGHT_PER_WORKER && sent < jobs.length) {
          workers[w]!.postMessage({ ...jobs[sent]!, index: sent });
          sent++;
          load[w]!++;
        }
      };
      workers.forEach((worker, w) => {
        worker.on('message', ({ index, parsed }: { index: number; parsed: ParsedFile }) => {
          load[w]!--;
          done.set(index, { parsed, worker: w });
          try {
            for (let d = done.get(next); d; d = done.get(next)) {
              done.delete(next++);
              accept(d.parsed, d.worker);
            }
          } catch (err) {
            reject(err);
            return;
          }
          if (next === jobs.length) resolve();
          else send(w);
        });
        worker.on('error', (err: Error) => reject(new Error(`a parse worker failed: ${err.message}`)));
        worker.on('exit', (code) => {
          if (next < jobs.length) reject(new Error(`a parse worker exited (code ${code}) with files left to parse`));
        });
        send(w);
      });
      if (jobs.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
