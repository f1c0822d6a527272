// Small measuring helpers shared by the runner and its worker processes.
import { readFileSync, readdirSync } from 'node:fs';

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

/** A process and its descendants (a server's cluster workers), from /proc (Linux). */
export function processTree(pid: number | 'self'): string[] {
  const out = [String(pid)];
  for (let i = 0; i < out.length; i++) {
    let children = '';
    try {
      for (const task of readdirSync(`/proc/${out[i]}/task`)) children += readFileSync(`/proc/${out[i]}/task/${task}/children`, 'utf8') + ' ';
    } catch {
      continue; // ended meanwhile
    }
    out.push(...children.split(/\s+/).filter(Boolean));
  }
  return out;
}

/** Resident memory in MB of a process and its descendants, from /proc (Linux). */
export function rssMB(pid: number | 'self' = 'self'): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return Math.round(kb / 102.4) / 10;
}

/** CPU seconds (user + system) of a process and of each of its descendants, from /proc (Linux). */
export function cpuByProcess(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of processTree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(p, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // ended meanwhile
    }
  }
  return out;
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
