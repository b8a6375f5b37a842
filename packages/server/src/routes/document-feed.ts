import type { Hono } from 'hono';
import { atomFeed } from '../documents/feed.ts';
import { publicBody } from '../http/cache.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { apiPath } from '../http/route.ts';
import { documentListRepository } from '../repositories/document-list.ts';
import { siteRepository } from '../repositories/site.ts';

const FEED_SIZE = 30;

/** The newest published documents as Atom, for feed readers and other portals. */
export function documentFeedRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const list = documentListRepository(deps.db);
  const site = siteRepository(deps.db);
  app.get(apiPath('documentFeed'), async (c) => {
    const origin = new URL(c.req.url).origin;
    const xml = atomFeed(await list.newestPublished(FEED_SIZE), {
      siteName: (await site.settings())?.name ?? 'PBGDPL',
      selfUrl: origin + apiPath('documentFeed'),
      documentUrl: (id) => origin + apiPath('documentGet', { id }),
    });
    return publicBody(c, xml, 'application/atom+xml; charset=utf-8');
  });
}
