// Serves the built page (web/dist): index.html for the page's routes, hashed assets
// from inside the dist folder and nowhere else.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';

/** The page's client-side routes; each answers with index.html and the page routes itself. */
export const PAGE_ROUTES = ['/', '/p/:id', '/d/:id', '/s/:id', '/saved', '/quote', '/speakers', '/documents'] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Resolves a URL path to a file inside `root`, or null. The raw path is decoded once
 * here, so an encoded `..%2f` is seen as the `../` it means and refused.
 */
export function resolveInside(root: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return null;
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? await readFile(file) : null;
  } catch {
    return null;
  }
}

/** Registers the page's routes and static files; call after the API routes. */
/**
 * Registers the page's routes and static files; call after the API routes. `describe` gives
 * /p/<id>, /d/<id> and /s/<id> their own head (title, description, preview tags).
 */
export function registerWebRoutes(app: OpenAPIHono, distDir: string, describe?: (html: string, kind: string, id: string) => string | null): void {
  const root = path.resolve(distDir);

  const sendIndex = async (c: Context) => {
    const html = await readRegularFile(path.join(root, 'index.html'));
    if (!html) return c.text('the page is not built: index.html is missing from the web build (run npm run build:web)', 503);
    const id = c.req.param('id');
    const described = id !== undefined && describe ? describe(html.toString('utf8'), c.req.path.charAt(1), id) : null;
    const body = described === null ? new Uint8Array(html) : described;
    // index.html names the hashed assets of the current build, so it must never be cached stale.
    return c.body(body, 200, { 'Content-Type': CONTENT_TYPES['.html']!, 'Cache-Control': 'no-cache' });
  };
  for (const route of PAGE_ROUTES) app.get(route, sendIndex);

  app.get('/*', async (c, next) => {
    const rawPath = new URL(c.req.url).pathname;
    if (rawPath.startsWith('/api/')) return next();
    const file = resolveInside(root, rawPath);
    const body = file ? await readRegularFile(file) : null;
    if (!file || !body) return next();
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Files under assets/ carry a content hash in their name: cache them for good.
    const cache = rawPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(new Uint8Array(body), 200, { 'Content-Type': type, 'Cache-Control': cache });
  });
}
