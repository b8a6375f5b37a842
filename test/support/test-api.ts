import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '@pbgdpl/server';
import { loadConfig } from '@pbgdpl/server/config';
import { openDatabase } from '@pbgdpl/server/db';
import { migrateToLatest } from '@pbgdpl/server/migrate';
import { seedIfEmpty } from '@pbgdpl/server/seed';

/**
 * The real API on a fresh SQLite file with the demo content, for browser tests. Requests under
 * `/outage/<mode>/api/v1/...` reach the same API through a failure we choose, so widgets
 * are tested against real outages rather than stubs:
 * `down` (connection reset), `500`, `malformed` (invalid JSON), `slow` (answers after 15 s),
 * `flaky` (the first request of each path fails with 503, later ones pass).
 */
export async function startTestApi() {
  const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-wtr-'));
  const config = loadConfig({
    DATABASE_URL: join(dir, 'test.sqlite'),
    PBGDPL_ADMIN_TOKEN: 'test-admin-token-0123456789abcdef',
    // Every test posts from 127.0.0.1: a roomy hourly limit, a short fill time, and the
    // proof-of-work challenge still from the third post on, so the browser solves it for real.
    PBGDPL_QUESTIONS_PER_HOUR: '500',
    PBGDPL_QUESTION_MIN_FILL_SECONDS: '1',
    PBGDPL_MEDIA_DIR: join(dir, 'media'),
    // The console's sources test syncs from this same server's export, on 127.0.0.1.
    PBGDPL_SOURCES_ALLOW_LOOPBACK: 'on',
  });
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  await seedIfEmpty(database.db, new Date(), { demoContent: true, media: config.media });
  const listener = getRequestListener(createApp({ db: database.db, config }).fetch);
  const seenFlaky = new Set<string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = req.url ?? '';
    const outage = /^\/outage\/(down|500|malformed|slow|flaky)(\/.*)$/.exec(url);
    if (outage) {
      const [, mode, rest = ''] = outage;
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (mode === 'down') return (req.socket.destroy(), true);
      if (mode === '500') return (res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom'), true);
      if (mode === 'malformed')
        return (res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items": ['), true);
      if (mode === 'slow') {
        const timer = setTimeout(() => res.writeHead(504).end(), 15_000);
        timers.add(timer);
        res.on('close', () => clearTimeout(timer));
        return true;
      }
      if (!seenFlaky.has(rest)) {
        seenFlaky.add(rest);
        return (res.writeHead(503, { 'Content-Type': 'text/plain' }).end('try later'), true);
      }
      req.url = rest;
    }
    if (!/^\/(api\/v1|media)\//.test(req.url ?? '')) return false;
    await listener(req, res);
    return true;
  }

  return {
    handle,
    adminToken: config.adminToken,
    async close() {
      timers.forEach(clearTimeout);
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
