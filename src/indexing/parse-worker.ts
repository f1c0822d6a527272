// A parse worker: parses the files it is sent, one after another, with its own term counter,
// and posts each file's result back (parse-workers.ts puts them in corpus order).
import { parentPort } from 'node:worker_threads';
import { TermCounter } from './count-terms.ts';
import { parseFile, type FileJob } from './parse-file.ts';

const counter = new TermCounter();
let queue = Promise.resolve();

parentPort!.on('message', (job: FileJob & { index: number }) => {
  // One file at a time, in the order sent: the counter numbers terms in that order.
  queue = queue.then(async () => {
    const parsed = await parseFile(job, counter);
    const { pairs, follows, sizes, lengths, tokenCounts } = parsed.counts;
    parentPort!.postMessage({ index: job.index, parsed }, [pairs.buffer, follows.buffer, sizes.buffer, lengths.buffer, tokenCounts.buffer] as ArrayBuffer[]);
  });
});
