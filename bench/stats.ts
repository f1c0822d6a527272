// Small measuring helpers shared by the runner and its worker processes.
import { readFileSync } from 'node:fs';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Percentiles (nearest rank) of times in milliseconds. */
export function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
  };
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMB(pid: number | 'self' = 'self'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 102.4) / 10;
}

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** What a worker process reports: one JSON line, the last on its stdout. */
export function report(result: unknown): void {
  process.stdout.write('\n' + JSON.stringify(result) + '\n');
}

/** Runs the mix `rounds` times after one warm-up round; returns each query's times in ms. */
export function timeMix<Q>(mix: Q[], rounds: number, run: (q: Q) => number): { times: number[][]; totals: number[] } {
  const totals = mix.map(run);
  const times = mix.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    mix.forEach((q, i) => {
      const started = performance.now();
      run(q);
      times[i]!.push(performance.now() - started);
    });
  }
  return { times, totals };
}
