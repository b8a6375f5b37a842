import { openApiDocument } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import { publicJson } from '../http/cache.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { API_PREFIX } from '../http/route.ts';

/** The published data structure, made from the same route table the server validates with. */
export function openApiRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const document = openApiDocument(deps.config.version, API_PREFIX);
  app.get(`${API_PREFIX}/openapi.json`, (c) => publicJson(c, document));
}
