// Where search-cost answers are computed: in the serving thread (tests, a one-core machine),
// or on search threads (the server), behind one interface.
import type { SearchIndex } from '../indexing/search-index.ts';
import { answerJob, type JobAnswer, type SearchJob } from './search-job.ts';

export interface SearchRunner {
  /** Searches it runs at once: the in-flight bound of admission control. */
  readonly inFlight: number;
  /** The job's answer; rejects with QueryError, SearchTimeout, or a bug. */
  run(index: SearchIndex, job: SearchJob): Promise<JobAnswer>;
}

/**
 * Searches in the serving thread, one at a time. Each waits for the event loop's next turn
 * first, so that requests that arrived meanwhile (health, static files, cached answers, and
 * refusals when the queue is full) are answered between two searches, not after all of them.
 */
export const inThreadRunner: SearchRunner = {
  inFlight: 1,
  async run(index, job) {
    await new Promise((resolve) => setImmediate(resolve));
    return answerJob(index, job);
  },
};
