// Admission control through the real app: searches beyond the slots and the queue are refused
// 503 overloaded at once with Retry-After, cheap routes and cached or light answers never wait,
// the time budget counts from arrival, and CSV answers are cached on normalised parameters.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { refusalLog } from '../../src/http/refusal-log.ts';
import { answerJob, type JobAnswer, type SearchJob } from '../../src/http/search-job.ts';
import type { SearchRunner } from '../../src/http/search-runner.ts';
import type { SearchIndex } from '../../src/indexing/search-index.ts';
import { makeIndex } from '../search/make-corpus.ts';

const index = makeIndex({
  passages: [
    { id: 'a', text: 'Steel output grew.' },
    { id: 'b', text: 'Iron ore fell.' },
    { id: 'c', text: 'Steel and iron ore.' },
    { id: 'd', text: 'A zeppelin landed.' },
  ],
});

/** A runner that holds every job until released, then answers it for real; it records the jobs. */
function heldRunner(inFlight = 1) {
  const held: { job: SearchJob; release: () => void }[] = [];
  const runner: SearchRunner = {
    inFlight,
    run(idx: SearchIndex, job: SearchJob) {
      return new Promise<JobAnswer>((resolve, reject) => {
        held.push({
          job,
          release: () => {
            try {
              resolve(answerJob(idx, job));
            } catch (err) {
              reject(err as Error);
            }
          },
        });
      });
    },
  };
  return { runner, held };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('admission control', () => {
  it('answers searches past the slots and the queue 503 overloaded at once, with Retry-After, and logs each', async () => {
    const { runner, held } = heldRunner(1);
    const lines: string[] = [];
    const app = createApp(index, { searchRunner: runner, searchQueue: 1, refusals: refusalLog((l) => lines.push(l)) });
    // Phrases and OR are never light: each of these needs a slot.
    const running = app.request('/api/search?q=steel%20OR%20iron');
    const waiting = app.request('/api/search?q=%22iron%20ore%22');
    await settle();
    expect(held.map((h) => h.job.params.q)).toEqual(['steel OR iron']);
    const refused = await app.request('/api/search.csv?q=%22steel%20output%22');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({ error: { code: 'overloaded', message: 'the server is busy with 1 searches and 1 waiting; retry in 1 s' } });
    expect(lines).toEqual(['verbatim: 503 overloaded: GET /api/search.csv']);
    held[0]!.release();
    await settle();
    // The slot passed to the waiting search.
    expect(held.map((h) => h.job.params.q)).toEqual(['steel OR iron', '"iron ore"']);
    held[1]!.release();
    expect([(await running).status, (await waiting).status]).toEqual([200, 200]);
  });

  it('answers health, a cached search, a light search and a bad request while every slot is taken', async () => {
    const { runner, held } = heldRunner(1);
    const app = createApp(index, { searchRunner: runner, searchQueue: 0, health: () => ({ builtAt: '2026-01-01T00:00:00.000Z', formatVersion: 1 }) });
    const first = app.request('/api/search?q=steel%20OR%20iron');
    await settle();
    held[0]!.release();
    expect((await first).status).toBe(200);
    // Hold the only slot with another search, and fill the (empty) queue.
    const holding = app.request('/api/search?q=%22iron%20ore%22');
    await settle();
    expect((await app.request('/api/search?q=%22steel%20output%22')).status).toBe(503);
    expect((await app.request('/api/health')).status).toBe(200);
    // The same search again, its parameters written differently: the cache answers.
    expect((await app.request('/api/search?page=1&q=steel%20OR%20iron&limit=20')).status).toBe(200);
    // One plain rare word: light, answered in the serving thread, not through the runner.
    const light = await app.request('/api/search?q=zeppelin');
    expect(light.status).toBe(200);
    expect(((await light.json()) as { hits: { id: string }[] }).hits.map((h) => h.id)).toEqual(['d']);
    expect((await app.request('/api/search?limit=0')).status).toBe(400);
    expect(held).toHaveLength(2);
    held[1]!.release();
    expect((await holding).status).toBe(200);
  });

  it('counts the time budget from arrival: a search that waited its budget for a slot is answered 503 timeout', async () => {
    const { runner, held } = heldRunner(1);
    const lines: string[] = [];
    const app = createApp(index, { searchRunner: runner, searchBudgetMs: 50, refusals: refusalLog((l) => lines.push(l)) });
    const late = app.request('/api/search?q=steel%20OR%20iron');
    await new Promise((r) => setTimeout(r, 80));
    held[0]!.release();
    const res = await late;
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'timeout', message: 'search took longer than 50 ms' } });
    expect(lines).toEqual(['verbatim: 503 timeout: GET /api/search']);
  });

  it('caches CSV answers on normalised parameters: page, limit and the order of repeated filters do not matter', async () => {
    const { runner, held } = heldRunner(1);
    const app = createApp(index, { searchRunner: runner });
    const first = app.request('/api/search.csv?q=steel%20OR%20iron&kind=speech&kind=narration');
    await settle();
    held[0]!.release();
    const body = await (await first).text();
    for (const again of ['/api/search.csv?kind=narration&q=steel%20OR%20iron&kind=speech&limit=5', '/api/search.csv?q=steel%20OR%20iron&kind=speech&kind=narration&page=3&kind=speech']) {
      const res = await app.request(again);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(body);
    }
    expect(held).toHaveLength(1);
    expect(body.split('\n').slice(1, 4)).toEqual(['c,,,narration,,d1,,,/p/c,Steel and iron ore.', 'a,,,narration,,d1,,,/p/a,Steel output grew.', 'b,,,narration,,d1,,,/p/b,Iron ore fell.']);
  });
});

describe('the 503 log', () => {
  it('writes the first 503 of a second at once and counts the rest into one line after it', () => {
    let now = 0;
    const lines: string[] = [];
    const log = refusalLog((l) => lines.push(l), 1000, () => now);
    log.refused('overloaded', 'GET /api/search');
    now = 10;
    log.refused('overloaded', 'GET /api/search');
    log.refused('timeout', 'GET /api/search.csv');
    log.refused('overloaded', 'GET /api/search');
    expect(lines).toEqual(['verbatim: 503 overloaded: GET /api/search']);
    now = 1200;
    log.refused('timeout', 'GET /api/search.csv');
    now = 1300;
    log.refused('overloaded', 'GET /api/search');
    log.flush();
    expect(lines).toEqual([
      'verbatim: 503 overloaded: GET /api/search',
      'verbatim: 503 timeout: GET /api/search.csv; earlier 2 overloaded, 1 timeout',
      'verbatim: 503 ×1 in the last 1000 ms (1 overloaded)',
    ]);
  });
});
