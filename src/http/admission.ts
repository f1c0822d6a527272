// Admission control for the routes that cost a search. A worker runs a bounded number of them
// at once and keeps a short queue; past that it answers 503 `overloaded` with Retry-After at
// once, instead of queueing every request until each one waits seconds. Cheap routes (health,
// static files, cached answers) never come here, so they stay fast while searches pile up.
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';
import type { RefusalLog } from './refusal-log.ts';

/** Seconds a refused client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 1;

export interface GateOptions {
  /** Searches run at once (the search threads, or 1 when searching in the serving thread). */
  inFlight: number;
  /** Searches waiting for a slot; one more is refused. */
  queue: number;
  /** Where each refusal is logged. */
  log?: RefusalLog;
}

/** Slots for searches and a queue in arrival order. */
export class SearchGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: GateOptions) {
    if (!(options.inFlight >= 1) || !(options.queue >= 0)) throw new Error(`a search gate needs inFlight ≥ 1 and queue ≥ 0, got ${options.inFlight} and ${options.queue}`);
  }

  /** Searches running and waiting now. */
  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Waits for a slot and returns the function that frees it; throws 503 `overloaded` at once
   * when every slot is taken and the queue is full.
   */
  async enter(what: string): Promise<() => void> {
    if (this.running < this.options.inFlight) {
      this.running++;
    } else if (this.waiting.length < this.options.queue) {
      // The slot is handed over by the search leaving it: `running` does not change.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      const message = `the server is busy with ${this.running} searches and ${this.waiting.length} waiting; retry in ${RETRY_AFTER_SECONDS} s`;
      this.options.log?.refused('overloaded', what);
      throw new ApiError(503, 'overloaded', message, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}

/**
 * Middleware for a route that costs a search: holds a slot of `gate` while the route answers.
 * `bypass` lets a request that will not search (a cached answer, an invalid one) skip the gate.
 */
export function admissionControl(gate: SearchGate, bypass?: (c: Context) => boolean): MiddlewareHandler {
  return async (c, next) => {
    if (bypass?.(c)) return next();
    const leave = await gate.enter(`${c.req.method} ${c.req.path}`);
    try {
      await next();
    } finally {
      leave();
    }
  };
}
