import { isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { postgresDocumentSearch } from './postgres-search.ts';
import type { DocumentSearch } from './search.ts';
import { sqliteDocumentSearch } from './sqlite-search.ts';

/** The full-text search of the database in use. */
export const documentSearch = (db: Db): DocumentSearch =>
  isPostgres(db) ? postgresDocumentSearch(db) : sqliteDocumentSearch(db);
