// The part of autocannon's programmatic API the runner uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    total: number;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    /** Cycled through; setupRequest, when given, rewrites each request before it is sent. */
    requests: {
      method: 'GET';
      path: string;
      setupRequest?: (req: { path: string }) => { path: string };
      /** Called with each response's status and body (the body is read only when this is given). */
      onResponse?: (status: number, body: string) => void;
    }[];
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  /** The run: a promise of its result, and an emitter of each response's status. */
  interface Instance extends Promise<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
  }
  export default function autocannon(options: Options): Instance;
}
