// The ceiling for HTTP throughput: a bare Hono endpoint answering every /api/search with the same
// 10-hit JSON body (a real Verbatim response, saved by the runner), already encoded, as Verbatim
// sends a cached response. args: <bodyFile> <port>
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [bodyFile, port] = process.argv.slice(2) as [string, string];
const body = new Uint8Array(readFileSync(bodyFile));
const app = new Hono();
app.get('/api/search', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' }, () => console.log(`bare: listening on ${port}`));
