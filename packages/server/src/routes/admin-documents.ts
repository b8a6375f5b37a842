import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { importDocuments } from '../documents/import.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { API_PREFIX, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import type { DocumentData } from '../repositories/document-rows.ts';
import { documentListRepository } from '../repositories/document-list.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { unitsRepository } from '../repositories/units.ts';
import { documentNotFound } from './documents.ts';

export function adminDocumentRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const list = documentListRepository(deps.db);
  const units = unitsRepository(deps.db);
  /** Writes span several tables: each runs in its own transaction. */
  const write = <T>(work: (documents: ReturnType<typeof documentsRepository>) => Promise<T>) =>
    deps.db.transaction().execute((trx) => work(documentsRepository(trx)));

  async function checkIssuer(data: DocumentData, c: Context): Promise<void> {
    if (!(await units.exists(data.issuerId)))
      throw unknownUnitProblem('issuerId', data.issuerId, requestLanguage(c));
  }

  registerRoute(app, deps, routes.adminDocumentList, async ({ query }) => list.editorPage(query));

  registerRoute(app, deps, routes.adminDocumentGet, async ({ params }) => {
    const document = await documentsRepository(deps.db).getForEditor(params.id);
    if (!document) throw documentNotFound(params.id);
    return document;
  });

  registerRoute(app, deps, routes.adminDocumentCreate, async ({ body }, c) => {
    await checkIssuer(body, c);
    const document = await write((documents) => documents.create(body, deps.clock()));
    c.header('Location', `${API_PREFIX}/admin/documents/${document.id}`);
    return document;
  });

  registerRoute(app, deps, routes.adminDocumentUpdate, async ({ params, body }, c) => {
    await checkIssuer(body, c);
    const document = await write((documents) => documents.update(params.id, body, deps.clock()));
    if (!document) throw documentNotFound(params.id);
    return document;
  });

  registerRoute(app, deps, routes.adminDocumentPublish, async ({ params, body }) => {
    const document = await write((documents) =>
      documents.setPublished(params.id, body.published, deps.clock()),
    );
    if (!document) throw documentNotFound(params.id);
    return document;
  });

  registerRoute(app, deps, routes.adminDocumentDelete, async ({ params }) => {
    if (!(await write((documents) => documents.remove(params.id)))) throw documentNotFound(params.id);
    return undefined;
  });

  registerRoute(app, deps, routes.adminDocumentImport, async ({ query, body }, c) =>
    importDocuments(deps.db, body, {
      dryRun: query.dryRun === 'true',
      now: deps.clock(),
      lang: requestLanguage(c),
    }),
  );
}
