// Search threads: each holds its own copy of one index build and answers search jobs, so the
// serving thread stays free for health checks, static files, cached answers and refusals while
// expensive searches run. A job goes to an idle thread; admission control keeps the jobs in
// flight at most the thread count. A thread that dies is replaced and its job answered 500.
import { Worker } from 'node:worker_threads';
import type { SearchIndex } from '../indexing/search-index.ts';
import { SearchTimeout } from '../search/budget.ts';
import { QueryError } from '../search/query-error.ts';
import type { JobAnswer, SearchJob } from './search-job.ts';
import type { SearchRunner } from './search-runner.ts';

/** What a search thread posts: once `ready`, then one reply per job. */
export type ThreadReply =
  | { ready: true }
  | { id: number; answer: JobAnswer }
  | { id: number; error: { kind: 'query'; param: string; message: string } | { kind: 'timeout'; budgetMs: number; message: string } | { kind: 'bug'; message: string } };

interface Pending {
  resolve: (answer: JobAnswer) => void;
  reject: (err: Error) => void;
}

function startThread(indexDir: string, build: string): Worker {
  // From source the thread is TypeScript, loaded through tsx; compiled, it is an .mjs beside this bundle.
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./search-thread.ts', import.meta.url).href;
    return new Worker(new URL('../indexing/ts-worker.mjs', import.meta.url), { workerData: { entry, indexDir, build } });
  }
  return new Worker(new URL('./search-thread.mjs', import.meta.url), { workerData: { indexDir, build } });
}

/** The threads of one index build. */
export class SearchThreads {
  private readonly idle: Worker[] = [];
  private readonly waiting: { id: number; job: SearchJob }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;
  private closed = false;

  private constructor(
    private readonly indexDir: string,
    private readonly build: string,
  ) {}

  /** Starts `count` threads on the build and resolves once every one has loaded it. */
  static async start(indexDir: string, build: string, count: number): Promise<SearchThreads> {
    const threads = new SearchThreads(indexDir, build);
    await Promise.all(Array.from({ length: count }, () => threads.add()));
    return threads;
  }

  private add(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = startThread(this.indexDir, this.build);
      let ready = false;
      worker.on('message', (reply: ThreadReply) => {
        if ('ready' in reply) {
          ready = true;
          this.idle.push(worker);
          this.dispatch();
          resolve();
          return;
        }
        this.busy.delete(worker);
        const pending = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if ('answer' in reply) pending?.resolve(reply.answer);
        else if (reply.error.kind === 'query') pending?.reject(new QueryError(reply.error.param, reply.error.message));
        else if (reply.error.kind === 'timeout') pending?.reject(new SearchTimeout(reply.error.budgetMs));
        else pending?.reject(new Error(`search thread: ${reply.error.message}`));
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', (err: Error) => {
        if (!ready) reject(new Error(`a search thread could not load the index: ${err.message}`));
        else console.error(`verbatim: a search thread failed: ${err.stack ?? err.message}`);
      });
      worker.on('exit', () => {
        const idle = this.idle.indexOf(worker);
        if (idle >= 0) this.idle.splice(idle, 1);
        const id = this.busy.get(worker);
        this.busy.delete(worker);
        if (id !== undefined) {
          this.pending.get(id)?.reject(new Error('a search thread ended during the search'));
          this.pending.delete(id);
        }
        if (ready && !this.closed) void this.add().catch((err: Error) => console.error(`verbatim: ${err.message}`));
      });
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const { id, job } = this.waiting.shift()!;
      this.busy.set(worker, id);
      worker.postMessage({ id, job });
    }
  }

  /** The job's answer, from the first idle thread. */
  run(job: SearchJob): Promise<JobAnswer> {
    const id = this.nextId++;
    const answer = new Promise<JobAnswer>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.waiting.push({ id, job });
    this.dispatch();
    return answer;
  }

  /** Ends the threads once their current jobs are answered. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.busy.size > 0 || this.waiting.length > 0) await new Promise((r) => setTimeout(r, 20));
    await Promise.all([...this.idle].map((w) => w.terminate()));
  }
}

/** A runner over the threads of whichever build an index came from: `threadsOf` finds them. */
export function threadRunner(count: number, threadsOf: (index: SearchIndex) => SearchThreads): SearchRunner {
  return { inFlight: count, run: (index, job) => threadsOf(index).run(job) };
}
