import { type AdminDocument, type ContentState, type LegalDocument, LegalField } from '@pbgdpl/contract';
import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { toDbBool, toDbTime } from '../db/values.ts';
import { isWithoutNumber, numberKey } from '../documents/number-key.ts';
import { DOCUMENTS_VERSION } from '../search/catalog.ts';
import { documentSearch } from '../search/document-search.ts';
import { dataVersionsRepository } from './data-versions.ts';
import {
  type DocumentData,
  documentColumns,
  relationColumns,
  toLegalDocument,
  toRelationInput,
} from './document-rows.ts';
import { stateChange } from '../db/state-change.ts';

const byFieldOrder = (a: string, b: string) =>
  LegalField.options.indexOf(a as LegalField) - LegalField.options.indexOf(b as LegalField);

/** Documents with their issuer's name, kind and end of validity. */
export const selectWithIssuer = (db: Db) =>
  db
    .selectFrom('documents as d')
    .innerJoin('units as u', 'u.id', 'd.issuer_id')
    .select(['u.name as issuer_name', 'u.kind as issuer_kind', 'u.valid_to as issuer_valid_to']);

/**
 * Legal documents. Writes touch several tables (fields, relations, search index, version):
 * call them inside a transaction (`db.transaction().execute(trx => documentsRepository(trx)…)`).
 */
export function documentsRepository(db: Db) {
  const search = documentSearch(db);

  async function fieldsOf(ids: number[]): Promise<Map<number, string[]>> {
    const fields = new Map<number, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return fields;
    const rows = await db
      .selectFrom('document_fields')
      .select(['document_id', 'field'])
      .where('document_id', 'in', ids)
      .execute();
    for (const row of rows) fields.get(row.document_id)?.push(row.field);
    for (const list of fields.values()) list.sort(byFieldOrder);
    return fields;
  }

  async function load(
    id: number,
    publishedOnly: boolean,
  ): Promise<{ document: LegalDocument; version: number; state: ContentState } | undefined> {
    let select = selectWithIssuer(db).selectAll('d').where('d.id', '=', id);
    if (publishedOnly) select = select.where('d.published', '=', toDbBool(true));
    const row = await select.executeTakeFirst();
    return (
      row && {
        document: toLegalDocument(row, (await fieldsOf([id])).get(id) ?? []),
        version: row.version,
        state: row.state as ContentState,
      }
    );
  }

  /** Everything that hangs off a document, replaced whole (`fresh`: a new document has none yet). */
  async function writeDependents(
    id: number,
    data: DocumentData,
    columns: ReturnType<typeof documentColumns>,
    fresh: boolean,
  ) {
    if (!fresh) {
      await db.deleteFrom('document_fields').where('document_id', '=', id).execute();
      await db.deleteFrom('document_relations').where('document_id', '=', id).execute();
      await search.remove(id);
    }
    await db
      .insertInto('document_fields')
      .values([...new Set(data.fields)].map((field) => ({ document_id: id, field })))
      .execute();
    if (data.relations.length > 0) {
      await db.insertInto('document_relations').values(relationColumns(id, data.relations)).execute();
    }
    await search.index([
      {
        id,
        text: {
          number: columns.number,
          title: columns.title,
          summary: columns.summary,
          bodyText: columns.body_text,
        },
      },
    ]);
    await dataVersionsRepository(db).bump(DOCUMENTS_VERSION);
  }

  /** Published since when: kept while it stays published, cleared when withdrawn. */
  async function publishedAt(id: number | null, published: boolean, now: Date): Promise<string | null> {
    if (!published) return null;
    if (id === null) return toDbTime(now);
    const row = await db
      .selectFrom('documents')
      .select('published_at')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.published_at ?? toDbTime(now);
  }

  const repository = {
    /** A document as the public sees it: undefined when missing or unpublished. */
    getPublished: async (id: number) => (await load(id, true))?.document,

    async getForEditor(id: number): Promise<AdminDocument | undefined> {
      const loaded = await load(id, false);
      if (!loaded) return undefined;
      const relations = await db
        .selectFrom('document_relations')
        .selectAll()
        .where('document_id', '=', id)
        .orderBy('position')
        .execute();
      return {
        ...loaded.document,
        relations: relations.map(toRelationInput),
        state: loaded.state,
        version: loaded.version,
      };
    },

    async create(data: DocumentData, now: Date): Promise<AdminDocument> {
      return (await repository.getForEditor(await repository.insert(data, now))) as AdminDocument;
    },

    /**
     * Adds a document and returns its id: all that bulk writers (import, seed) need. It is
     * published or a draft as its input says; the console's routes then set its workflow state.
     */
    async insert(data: DocumentData, now: Date): Promise<number> {
      const columns = documentColumns(data, now);
      const at = toDbTime(now);
      const { id } = await db
        .insertInto('documents')
        .values({
          ...columns,
          published: toDbBool(data.published),
          state: data.published ? 'published' : 'draft',
          published_at: await publishedAt(null, data.published, now),
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeDependents(id, data, columns, true);
      return id;
    },

    /** Replaces the content; whether it is public moves along the workflow only (`setState`). */
    async update(id: number, data: DocumentData, now: Date): Promise<AdminDocument | undefined> {
      const columns = documentColumns(data, now);
      const result = await db
        .updateTable('documents')
        .set({
          ...columns,
          updated_at: toDbTime(now),
          version: sql`version + 1`,
        })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return undefined;
      await writeDependents(id, data, columns, false);
      return repository.getForEditor(id);
    },

    /**
     * Its place in the review; the public sees it exactly when that is `published`. The version
     * moves unless this write moved it already (`versionMoved`).
     */
    async setState(
      id: number,
      state: ContentState,
      now: Date,
      versionMoved = false,
    ): Promise<AdminDocument | undefined> {
      const published = state === 'published';
      const result = await db
        .updateTable('documents')
        .set({
          ...stateChange(state, now, versionMoved),
          published: toDbBool(published),
          published_at: await publishedAt(id, published, now),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return undefined;
      await dataVersionsRepository(db).bump(DOCUMENTS_VERSION);
      return repository.getForEditor(id);
    },

    /** Which of these ids name a document (published or not). */
    async existing(ids: number[]): Promise<Set<number>> {
      if (ids.length === 0) return new Set();
      const rows = await db.selectFrom('documents').select('id').where('id', 'in', ids).execute();
      return new Set(rows.map((row) => row.id));
    },

    async remove(id: number): Promise<boolean> {
      // The index first: it reads the words it counts out, which PostgreSQL's cascade would delete.
      await search.remove(id);
      const result = await db.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
      if (result.numDeletedRows === 0n) return false;
      await dataVersionsRepository(db).bump(DOCUMENTS_VERSION);
      return true;
    },

    /** The document an import row updates: same issuer and number; "Không số" never matches. */
    async idByNumber(issuerId: string, number: string): Promise<number | undefined> {
      const key = numberKey(number);
      if (isWithoutNumber(key)) return undefined;
      const row = await db
        .selectFrom('documents')
        .select('id')
        .where('issuer_id', '=', issuerId)
        .where('number_key', '=', key)
        .orderBy('id')
        .executeTakeFirst();
      return row?.id;
    },

    fieldsOf,
  };
  return repository;
}
