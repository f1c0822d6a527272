// Every 503 the server answers, logged with its reason: one line each, at most one line a
// second. Refusals within the second are counted and named in the next line, so a flood of
// thousands is a line a second, and none goes unreported.

export type RefusalReason = 'overloaded' | 'timeout';

export interface RefusalLog {
  refused(reason: RefusalReason, what: string): void;
}

/** A rate-limited log of 503s written with `write` (a line without its newline). */
export function refusalLog(write: (line: string) => void, intervalMs = 1000, now: () => number = Date.now): RefusalLog & { flush(): void } {
  let lastLine = -Infinity;
  const held = new Map<RefusalReason, number>();
  let timer: NodeJS.Timeout | undefined;
  const heldText = () => [...held].map(([reason, n]) => `${n} ${reason}`).join(', ');
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (held.size === 0) return;
    write(`verbatim: 503 ×${[...held.values()].reduce((a, b) => a + b, 0)} in the last ${intervalMs} ms (${heldText()})`);
    held.clear();
    lastLine = now();
  };
  return {
    refused(reason, what) {
      if (now() - lastLine >= intervalMs) {
        const earlier = held.size ? `; earlier ${heldText()}` : '';
        held.clear();
        clearTimeout(timer);
        timer = undefined;
        write(`verbatim: 503 ${reason}: ${what}${earlier}`);
        lastLine = now();
        return;
      }
      held.set(reason, (held.get(reason) ?? 0) + 1);
      // The held count is written after the interval even when no other refusal comes.
      timer ??= setTimeout(flush, intervalMs - (now() - lastLine)).unref();
    },
    flush,
  };
}
