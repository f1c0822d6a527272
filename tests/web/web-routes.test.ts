import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebRoutes, resolveInside } from '../../src/http/web-routes.ts';
import { securityHeaders } from '../../src/http/security-headers.ts';

let parent: string;
let dist: string;
let app: OpenAPIHono;

beforeAll(async () => {
  // parent/dist is served; parent/secret.txt sits right beside it and must stay unreachable.
  parent = await mkdtemp(path.join(os.tmpdir(), 'verbatim-web-'));
  dist = path.join(parent, 'dist');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>page</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(path.join(parent, 'secret.txt'), 'secret');
  app = new OpenAPIHono();
  app.use('*', securityHeaders());
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  registerWebRoutes(app, dist);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.path}` } }, 404));
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('web routes', () => {
  it.each(['/', '/p/abc', '/d/abc', '/s/wang-zhengpu', '/saved'])('answers %s with index.html, never cached stale', async (route) => {
    const res = await app.request(route);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe('<!doctype html><title>page</title>');
  });

  it('serves a hashed asset with its type, cached for good', async () => {
    const res = await app.request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log(1)');
  });

  it.each([
    '/..%2f..%2fetc/passwd',
    '/assets/..%2f..%2fetc/passwd',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%5c..%5cetc%5cpasswd',
    '/%00index.html',
    '/assets/%E0%A4%A',
    '/assets/missing.js',
    '/assets',
  ])('answers %s with the JSON 404', async (url) => {
    const res = await app.request(url);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('leaves /api/ paths to the API', async () => {
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await app.request('/api/index.html')).status).toBe(404);
  });

  it('sets the security headers on pages, assets, API answers and 404s', async () => {
    for (const url of ['/', '/assets/index-abc123.js', '/api/health', '/..%2f..%2fetc/passwd']) {
      const res = await app.request(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('resolveInside', () => {
  it('keeps paths inside the root and refuses the rest', () => {
    expect(resolveInside('/srv/dist', '/assets/a.js')).toBe('/srv/dist/assets/a.js');
    expect(resolveInside('/srv/dist', '/assets/%2e%2e/x')).toBeNull();
    expect(resolveInside('/srv/dist', '/.env')).toBeNull();
    expect(resolveInside('/srv/dist', '/')).toBeNull();
  });
});
