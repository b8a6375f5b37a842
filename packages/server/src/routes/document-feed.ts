import type { Hono } from 'hono';
import { atomFeed } from '../documents/feed.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { apiPath } from '../http/route.ts';
import { atomAnswer, FEED_SIZE, feedSite } from '../http/exchange.ts';
import { documentListRepository } from '../repositories/document-list.ts';

/** The newest published documents as Atom, for feed readers and other portals. */
export function documentFeedRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const list = documentListRepository(deps.db);
  app.get(apiPath('documentFeed'), async (c) => {
    const site = await feedSite(c, deps);
    const xml = atomFeed(await list.newestPublished(FEED_SIZE), {
      siteName: site.siteName,
      selfUrl: site.url('documentFeed'),
      itemUrl: (id) => site.url('documentGet', { id }),
    });
    return atomAnswer(c, xml);
  });
}
