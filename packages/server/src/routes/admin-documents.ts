import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { importDocuments } from '../documents/import.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import type { DocumentData } from '../repositories/document-rows.ts';
import { documentListRepository } from '../repositories/document-list.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { unitsRepository } from '../repositories/units.ts';
import { documentNotFound } from './documents.ts';

async function checkIssuer(data: DocumentData, c: Context, db: Db): Promise<void> {
  if (!(await unitsRepository(db).exists(data.issuerId)))
    throw unknownUnitProblem('issuerId', data.issuerId, requestLanguage(c));
}

/** The editors' documents: the list, one document's life (create, edit, publish, delete) and NDJSON import. */
export function adminDocumentRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.adminDocumentList, async ({ query }) =>
    documentListRepository(deps.db).editorPage(query),
  );

  const write = entityRoutes(app, deps, {
    entity: 'document',
    routes: {
      get: routes.adminDocumentGet,
      create: routes.adminDocumentCreate,
      update: routes.adminDocumentUpdate,
      remove: routes.adminDocumentDelete,
    },
    getRoute: 'adminDocumentGet',
    store: (db) => {
      const documents = documentsRepository(db);
      return { ...documents, get: documents.getForEditor };
    },
    notFound: documentNotFound,
    check: checkIssuer,
    describe: (document) => `${document.number} ${document.title}`,
  });

  registerRoute(app, deps, routes.adminDocumentPublish, async ({ params, body }, c) =>
    write(
      c,
      params.id,
      (db) => documentsRepository(db).setPublished(params.id, body.published, deps.clock()),
      body.published ? 'published' : 'unpublished',
    ),
  );

  registerRoute(app, deps, routes.adminDocumentImport, async ({ query, body }, c) =>
    importDocuments(deps.db, body, {
      dryRun: query.dryRun === 'true',
      now: deps.clock(),
      lang: requestLanguage(c),
    }),
  );
}
