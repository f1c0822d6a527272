// A hook for a per-request time budget: long loops call check(), which may throw to abandon the search.

export interface Budget {
  check(): void;
}

/** Thrown by a Budget when the search has run out of time. */
export class SearchTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`search took longer than ${budgetMs} ms`);
    this.name = 'SearchTimeout';
  }
}

/** No limit: the default. */
export const UNLIMITED: Budget = { check() {} };

/** A budget that throws SearchTimeout once `ms` milliseconds have passed since its creation. */
export function timeBudget(ms: number, now: () => number = () => performance.now()): Budget {
  const deadline = now() + ms;
  return {
    check() {
      if (now() > deadline) throw new SearchTimeout(ms);
    },
  };
}

/**
 * Milliseconds since the epoch, to the microsecond, the same in every thread of a process
 * (performance.now() starts at each thread's own origin): deadlines cross to search threads.
 */
export const epochNow = () => performance.timeOrigin + performance.now();

/** A budget of `budgetMs` that ends at `deadline` (epochNow's clock): it started when the request arrived. */
export function deadlineBudget(deadline: number, budgetMs: number, now: () => number = epochNow): Budget {
  return {
    check() {
      if (now() > deadline) throw new SearchTimeout(budgetMs);
    },
  };
}
