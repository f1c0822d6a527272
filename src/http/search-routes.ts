// Placeholder until the search issue lands: registers nothing.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { IndexSource } from './app.ts';

export function registerSearchRoutes(_app: OpenAPIHono, _index: IndexSource): void {}
