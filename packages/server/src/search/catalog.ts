import { LegalField } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { dataVersionsRepository } from '../repositories/data-versions.ts';

export const DOCUMENTS_VERSION = 'documents';

/**
 * What every search filters, counts and sorts on, for every document, in compact arrays: one
 * pass over them answers a page, its total and all facets in about a millisecond per 100,000
 * documents, where five GROUP BY queries over a full-text match take hundreds. Values are
 * stored as codes into the `values` tables. A catalog belongs to one data version.
 */
export interface Catalog {
  version: number;
  size: number;
  ids: Int32Array;
  published: Uint8Array;
  type: Uint16Array;
  issuer: Uint16Array;
  status: Uint16Array;
  year: Uint16Array;
  /** Dates as yyyymmdd numbers; 0 for no effective date. */
  issued: Int32Array;
  effective: Int32Array;
  /** Bit i set: the document has field `LegalField.options[i]`. */
  fields: Uint32Array;
  values: { type: string[]; issuer: string[]; status: string[] };
  /** Positions newest first (ties: higher id first), and by effective date (none last). */
  byIssued: Int32Array;
  byEffective: Int32Array;
  /** Position of each document id (-1: none): an array, since ids are dense and looked up per match. */
  positionById: Int32Array;
}

/** The catalog position of a document id, or -1 when the catalog does not know it. */
export const positionOf = (catalog: Catalog, id: number): number =>
  id >= 0 && id < catalog.positionById.length ? (catalog.positionById[id] ?? -1) : -1;

export const dateNumber = (date: string | null | undefined): number =>
  date ? Number(date.slice(0, 10).replaceAll('-', '')) : 0;

/** Interns strings as small integers. */
function codes() {
  const values: string[] = [];
  const index = new Map<string, number>();
  return {
    values,
    code(value: string): number {
      let code = index.get(value);
      if (code === undefined) {
        code = values.push(value) - 1;
        index.set(value, code);
      }
      return code;
    },
  };
}

/** Lets other requests run between the catalog's reads: loading 100,000 documents takes a while. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function load(db: Db): Promise<Catalog> {
  // One read transaction: the version and the rows come from the same snapshot (PostgreSQL
  // needs repeatable read for that; SQLite gives it to any transaction and ignores the setting).
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const version = await dataVersionsRepository(trx).current(DOCUMENTS_VERSION);
      // A narrow query per column: SQLite reads each from a covering (published, column) index
      // instead of scanning the table with every body, several times less to read.
      const first = await trx.selectFrom('documents').select(['id', 'published', 'issued_year']).execute();
      const size = first.length;
      const ids = Int32Array.from(first, (row) => row.id).sort();
      const [types, issuers, statuses] = [codes(), codes(), codes()];
      const catalog: Catalog = {
        version,
        size,
        ids,
        published: new Uint8Array(size),
        type: new Uint16Array(size),
        issuer: new Uint16Array(size),
        status: new Uint16Array(size),
        year: new Uint16Array(size),
        issued: new Int32Array(size),
        effective: new Int32Array(size),
        fields: new Uint32Array(size),
        values: { type: types.values, issuer: issuers.values, status: statuses.values },
        byIssued: new Int32Array(size),
        byEffective: new Int32Array(size),
        positionById: new Int32Array((ids[size - 1] ?? 0) + 1).fill(-1),
      };
      ids.forEach((id, p) => {
        catalog.positionById[id] = p;
      });
      const fill = async <R extends { id: number }>(rows: R[], set: (p: number, row: R) => void) => {
        for (const row of rows) {
          const p = positionOf(catalog, row.id);
          if (p !== -1) set(p, row);
        }
        await nextTurn();
      };
      await fill(first, (p, row) => {
        catalog.published[p] = row.published;
        catalog.year[p] = row.issued_year;
      });
      const column = trx.selectFrom('documents');
      await fill(await column.select(['id', 'type']).execute(), (p, row) => {
        catalog.type[p] = types.code(row.type);
      });
      await fill(await column.select(['id', 'issuer_id']).execute(), (p, row) => {
        catalog.issuer[p] = issuers.code(row.issuer_id);
      });
      await fill(await column.select(['id', 'status']).execute(), (p, row) => {
        catalog.status[p] = statuses.code(row.status);
      });
      await fill(await column.select(['id', 'issued_on']).execute(), (p, row) => {
        catalog.issued[p] = dateNumber(row.issued_on);
      });
      await fill(await column.select(['id', 'effective_from']).execute(), (p, row) => {
        catalog.effective[p] = dateNumber(row.effective_from);
      });
      const fieldRows = await trx.selectFrom('document_fields').select(['document_id', 'field']).execute();
      await fill(
        fieldRows.map((row) => ({
          id: row.document_id,
          bit: LegalField.options.indexOf(row.field as LegalField),
        })),
        (p, { bit }) => {
          if (bit >= 0) catalog.fields[p] = (catalog.fields[p] ?? 0) | (1 << bit);
        },
      );
      const positions = Array.from({ length: size }, (_, p) => p);
      const newest = (key: Int32Array) => (a: number, b: number) =>
        (key[b] ?? 0) - (key[a] ?? 0) || (catalog.ids[b] ?? 0) - (catalog.ids[a] ?? 0);
      catalog.byIssued.set(positions.sort(newest(catalog.issued)));
      await nextTurn();
      catalog.byEffective.set(positions.sort(newest(catalog.effective)));
      return catalog;
    });
}

const cache = new WeakMap<Db, Promise<Catalog>>();

/**
 * The catalog of the database's current data version. Every write bumps the version in its
 * transaction, so a write by this or any other process sharing the database is seen by the
 * next search (one indexed read of the version per search).
 */
export async function currentCatalog(db: Db): Promise<Catalog> {
  const version = await dataVersionsRepository(db).current(DOCUMENTS_VERSION);
  const cached = cache.get(db);
  if (cached && (await cached).version === version) return cached;
  const loading = load(db);
  cache.set(db, loading);
  loading.catch(() => cache.delete(db));
  return loading;
}
