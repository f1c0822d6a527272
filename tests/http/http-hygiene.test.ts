// HTTP hygiene through the real app and a real server: 405 with Allow, GET bodies refused,
// the OpenAPI document built once, and a document's passages in pages.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { makeIndex } from '../search/make-corpus.ts';

const index = makeIndex({
  documents: [{ id: 'long', title: 'Long briefing' }, { id: 'short', title: 'Short note' }],
  passages: [
    ...Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, doc: 'long', text: `Passage number ${i} about steel.` })),
    { id: 's0', doc: 'short', text: 'Only one.' },
  ],
});
const app = createApp(index);

describe('405 for a known path with a wrong method', () => {
  it('names the methods the path answers in Allow and in the message', async () => {
    for (const [method, path] of [
      ['POST', '/api/search'],
      ['DELETE', '/api/documents/long'],
      ['PUT', '/api/health'],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(await res.json()).toEqual({ error: { code: 'method_not_allowed', message: `${path} answers GET, HEAD, not ${method}` } });
    }
  });

  it('still answers an unknown path 404', async () => {
    const res = await app.request('/api/nothing-here', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no route for POST /api/nothing-here' } });
  });
});

describe('/api/openapi.json', () => {
  it('sends the same document every time, listing the paged documents route', async () => {
    const first = await app.request('/api/openapi.json');
    expect(first.headers.get('content-type')).toBe('application/json');
    const text = await first.text();
    expect(await (await app.request('/api/openapi.json')).text()).toBe(text);
    const doc = JSON.parse(text) as { paths: Record<string, { get: { parameters: { name: string; in: string }[] } }> };
    expect(doc.paths['/api/documents/{id}']!.get.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'query:page', 'query:limit']);
  });
});

describe('GET /api/documents/:id in pages', () => {
  const page = async (query: string) => (await (await app.request(`/api/documents/long${query}`)).json()) as { passages: { id: string }[]; passageCount: number; page: number; limit: number; pages: number };

  it('gives page 2 of 3 passages a page, with the counts to page on', async () => {
    const second = await page('?page=2&limit=3');
    expect(second.passages.map((p) => p.id)).toEqual(['p3', 'p4', 'p5']);
    expect([second.passageCount, second.page, second.limit, second.pages]).toEqual([7, 2, 3, 3]);
    expect((await page('?page=3&limit=3')).passages.map((p) => p.id)).toEqual(['p6']);
    expect((await page('?page=4&limit=3')).passages).toEqual([]);
  });

  it('defaults to page 1 of 500', async () => {
    const first = await page('');
    expect([first.passages.length, first.passageCount, first.page, first.limit, first.pages]).toEqual([7, 7, 1, 500, 1]);
  });

  it('refuses a bad page or limit with 400 naming it', async () => {
    for (const [query, message] of [
      ['?page=0', 'page: page must be an integer from 1 to 1000000000'],
      ['?limit=2001', 'limit: limit must be an integer from 1 to 2000'],
      ['?limit=ten', 'limit: limit must be an integer from 1 to 2000'],
    ]) {
      const res = await app.request(`/api/documents/long${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.json()).toEqual({ error: { code: 'bad_request', message } });
    }
  });
});

describe('a GET request with a body, on a real server', () => {
  let port = 0;
  let server: ReturnType<typeof serve>;
  beforeAll(async () => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** Sends a GET with `headers` and writes `body` slowly; resolves with the answer and whether the server closed the connection. */
  const getWithBody = (headers: Record<string, string>, chunks: number) =>
    new Promise<{ status: number; allow?: string; body: string; closed: boolean }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/search?q=steel', method: 'GET', headers }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body, closed: res.headers.connection === 'close' }));
      });
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const write = () => {
        if (sent++ >= chunks || req.destroyed) return req.end();
        if (req.write(chunk)) setImmediate(write);
        else req.once('drain', write);
      };
      write();
    });

  it('refuses it 413 and closes the connection instead of reading the body', async () => {
    const answer = await getWithBody({ 'Content-Length': String(64 * 1024 * 4) }, 4);
    expect(answer).toMatchObject({ status: 413, closed: true });
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'payload_too_large', message: 'a GET request takes no body: send the parameters in the query string' } });
  });

  it('refuses a chunked body the same way', async () => {
    const answer = await getWithBody({ 'Transfer-Encoding': 'chunked' }, 2);
    expect(answer.status).toBe(413);
  });
});
