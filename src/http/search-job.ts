// One search-cost answer, computed from its parameters alone so that it can run in the serving
// thread or in a search thread: the JSON page of a search, or the CSV of its results. The time
// budget covers everything up to the bytes: matching, highlights, snippets and encoding.
import type { SearchIndex } from '../indexing/search-index.ts';
import { deadlineBudget } from '../search/budget.ts';
import type { SearchParams } from '../search/params.ts';
import type { SearchResponse } from '../search/response.ts';
import { runSearch } from '../search/run-search.ts';
import { search } from '../search/search.ts';
import { CSV_MAX_ROWS, searchCsv } from './search-csv.ts';

export type SearchJobKind = 'json' | 'csv';

export interface SearchJob {
  kind: SearchJobKind;
  params: SearchParams;
  /** When the request's time runs out, in epochNow()'s milliseconds: its arrival plus the budget. */
  deadline: number;
  /** The budget itself, for the timeout's message. */
  budgetMs: number;
  /** Base of absolute links in the CSV (--public-url); null for links relative to the site. */
  publicUrl: string | null;
}

export interface JobAnswer {
  /** JSON: the response up to took_ms's value (see withTook); CSV: the whole file. */
  body: Uint8Array<ArrayBuffer>;
  /** How long the search took, for took_ms. */
  tookMs: number;
}

/** Computes a job's answer; throws QueryError for a bad query and SearchTimeout past the deadline. */
export function answerJob(index: SearchIndex, job: SearchJob): JobAnswer {
  // runSearch looks at it first: a request that waited its whole budget in the queue is not started.
  const budget = deadlineBudget(job.deadline, job.budgetMs);
  if (job.kind === 'csv') {
    const started = performance.now();
    const result = runSearch(index, job.params, CSV_MAX_ROWS, budget);
    const body = new TextEncoder().encode(searchCsv(index, result.order, job.publicUrl, budget));
    budget.check();
    return { body, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
  }
  const response = search(index, job.params, { budget });
  budget.check();
  const body = encodedBeforeTook(response);
  budget.check();
  return { body, tookMs: response.took_ms };
}

/**
 * A response's JSON with took_ms moved to the last key and cut just before its value, so that
 * each answer (a cached one too) appends only its own time and the closing brace.
 */
export function encodedBeforeTook({ took_ms: _, ...rest }: SearchResponse): Uint8Array<ArrayBuffer> {
  const json = JSON.stringify(rest);
  // `rest` is an object with keys, so its JSON ends in "}" and has a field before took_ms.
  return new TextEncoder().encode(`${json.slice(0, -1)},"took_ms":`);
}

/** The whole body: the encoded response, then took_ms and the closing brace. */
export function withTook(encoded: Uint8Array, tookMs: number): Buffer<ArrayBuffer> {
  return Buffer.concat([encoded, Buffer.from(`${JSON.stringify(tookMs)}}`)]);
}
