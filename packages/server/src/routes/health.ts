import type { Health } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppDeps, AppEnv } from '../http/env.ts';

/** Liveness and readiness for load balancers: answers only when the database answers. */
export function healthRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/healthz', async (c) => {
    await sql`select 1`.execute(deps.db);
    const body: Health = {
      status: 'ok',
      version: deps.config.version,
      database: deps.config.database.dialect,
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
