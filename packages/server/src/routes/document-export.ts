import type { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { exportDocuments } from '../documents/export.ts';
import { etagMatches, PUBLIC_CACHE } from '../http/cache.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { describedBy, lineSchemaRoute } from '../http/exchange.ts';
import { apiPath } from '../http/route.ts';
import { dataVersionsRepository } from '../repositories/data-versions.ts';
import { DOCUMENTS_VERSION } from '../search/catalog.ts';

/**
 * The outgoing side of the exchange: every published document as NDJSON in the import
 * format, and the JSON Schema of one line. The export is streamed (it can be large), so its
 * ETag is the documents' data version, which every write and every status move bumps.
 */
export function documentExportRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const versions = dataVersionsRepository(deps.db);
  lineSchemaRoute(app, 'document');

  app.get(apiPath('documentExport'), async (c) => {
    const etag = `"documents-${await versions.current(DOCUMENTS_VERSION)}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', PUBLIC_CACHE);
    c.header('Link', describedBy('document'));
    if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    return stream(c, async (out) => {
      for await (const line of exportDocuments(deps.db, { publishedOnly: true })) await out.write(line);
    });
  });
}
