import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { importDocuments } from '../documents/import.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { scopeOf } from '../http/unit-scope.ts';
import type { DocumentData } from '../repositories/document-rows.ts';
import { documentListRepository } from '../repositories/document-list.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { unitsRepository } from '../repositories/units.ts';
import { documentNotFound } from './documents.ts';

async function checkIssuer(data: DocumentData, c: Context, db: Db): Promise<void> {
  if (!(await unitsRepository(db).exists(data.issuerId)))
    throw unknownUnitProblem('issuerId', data.issuerId, requestLanguage(c));
}

/**
 * The console's documents: the list, one document's life (create, edit, review, publish, delete)
 * and NDJSON import. A unit's person drafts and submits the documents their unit issued.
 */
export function adminDocumentRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  registerRoute(app, deps, routes.adminDocumentList, async ({ query }, c) =>
    documentListRepository(deps.db).editorPage({ ...query, issuer: scopeOf(c) }),
  );

  const { setPublished } = entityRoutes(app, deps, {
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
    unit: { ofItem: (document) => document.issuer.id, ofData: (data) => data.issuerId },
    workflow: {
      stateOf: (document) => document.state,
      wantsPublished: (data) => data.published,
      setState: (db, id, state, now, versionMoved) =>
        documentsRepository(db).setState(id, state, now, versionMoved),
      consolePath: (id) => ['documents', id],
      routes: { transition: routes.adminDocumentTransition, history: routes.adminDocumentHistory },
    },
  });

  registerRoute(app, deps, routes.adminDocumentPublish, async ({ params, body }, c) =>
    setPublished(c, params.id, body.published),
  );

  registerRoute(app, deps, routes.adminDocumentImport, async ({ query, body }, c) =>
    importDocuments(deps.db, body, {
      dryRun: query.dryRun === 'true',
      now: deps.clock(),
      lang: requestLanguage(c),
      actor: c.get('principal'),
    }),
  );
}
