// A search thread: loads the index build it is given, then answers the search jobs it is
// sent, one at a time, posting back the encoded answer or the error's kind and message.
import { parentPort, workerData } from 'node:worker_threads';
import { loadIndex } from '../indexing/load-index.ts';
import { SearchTimeout } from '../search/budget.ts';
import { searchParamsSchema } from '../search/params.ts';
import { QueryError } from '../search/query-error.ts';
import { search } from '../search/search.ts';
import { answerJob, type SearchJob } from './search-job.ts';
import type { ThreadReply } from './search-threads.ts';

const { indexDir, build } = workerData as { indexDir: string; build: string };
const { index } = await loadIndex(indexDir, build);
// The first search builds the per-corpus columns and orders: before the first request, not in it.
search(index, searchParamsSchema.parse({}));
parentPort!.postMessage({ ready: true } satisfies ThreadReply);

parentPort!.on('message', ({ id, job }: { id: number; job: SearchJob }) => {
  let reply: ThreadReply;
  try {
    const answer = answerJob(index, job);
    parentPort!.postMessage({ id, answer } satisfies ThreadReply, [answer.body.buffer]);
    return;
  } catch (err) {
    if (err instanceof QueryError) reply = { id, error: { kind: 'query', param: err.param, message: err.message } };
    else if (err instanceof SearchTimeout) reply = { id, error: { kind: 'timeout', budgetMs: err.budgetMs, message: err.message } };
    else reply = { id, error: { kind: 'bug', message: (err as Error).stack ?? String(err) } };
  }
  parentPort!.postMessage(reply);
});
