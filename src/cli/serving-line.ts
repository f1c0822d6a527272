// The one line that says the server is up: written by the primary once every worker listens
// (workers report with a ServingMessage), or by the one process when there is no cluster.

export interface Serving {
  passages: number;
  port: number;
  /** Search threads per worker (0: searching in the serving thread). */
  threads: number;
}

/** What a worker sends the primary once it listens. */
export interface ServingMessage {
  verbatimServing: Serving;
}

export const isServingMessage = (m: unknown): m is ServingMessage => typeof m === 'object' && m !== null && 'verbatimServing' in m;

export function servingLine({ passages, port, threads }: Serving, workers: number): string {
  const searching = threads === 0 ? 'searching in the serving thread' : `${threads} search thread${threads === 1 ? '' : 's'} each`;
  return `verbatim: serving ${passages} passages on http://localhost:${port} with ${workers} worker${workers === 1 ? '' : 's'}, ${searching}`;
}
