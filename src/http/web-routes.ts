// Placeholder until the page issue lands: serves no page.
import type { OpenAPIHono } from '@hono/zod-openapi';

export function registerWebRoutes(_app: OpenAPIHono, _distDir: string): void {}
