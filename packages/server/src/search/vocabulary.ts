import { type RawBuilder, sql } from 'kysely';
import { isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import type { Catalog } from './catalog.ts';
import type { FoldedText } from './search.ts';

/** Words as both indexes split folded text (FTS5's unicode61, postgres-words.ts). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * In how many of these documents each word occurs (each document's distinct words of its
 * folded columns).
 */
function wordCounts(texts: FoldedText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set<string>();
    for (const column of [text.number, text.title, text.summary, text.body]) {
      for (const [word] of column.matchAll(WORD)) words.add(word);
    }
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Counts documents' words into (1) or out of (-1) the vocabulary, in the transaction that
 * indexes or removes them. Only appended here: every document of a large import would otherwise
 * update the row of each common word again, and PostgreSQL follows a longer chain of that row's
 * versions at each update of one transaction. The changes are added up when the vocabulary is
 * next read (foldVocabulary).
 */
export async function countWords(db: Db, texts: FoldedText[], delta: 1 | -1): Promise<void> {
  const counts = [...wordCounts(texts)];
  if (counts.length === 0) return;
  const changes = isPostgres(db)
    ? sql`select * from unnest(${counts.map(([word]) => word)}::text[], ${counts.map(([, n]) => n * delta)}::int[])`
    : sql`select key, value * ${delta} from json_each(${JSON.stringify(Object.fromEntries(counts))})`;
  await sql`insert into documents_search_vocabulary_changes (word, change) ${changes}`.execute(db);
}

/**
 * Adds the appended changes into the vocabulary, in one transaction; a word no document contains
 * any more leaves it. Nodes doing it at once each take the changes they deleted.
 */
export async function foldVocabulary(db: Db): Promise<void> {
  const fold = async (trx: Db) => {
    // `where true`: SQLite would otherwise read `on conflict` as part of the select.
    const upsert = (changes: RawBuilder<unknown>) => sql`
      insert into documents_search_vocabulary (word, documents)
      select word, sum(change) from ${changes} as changes where true group by word
      on conflict (word) do update set documents = documents_search_vocabulary.documents + excluded.documents`;
    if (isPostgres(trx)) {
      await sql`with taken as (delete from documents_search_vocabulary_changes returning word, change)
                ${upsert(sql`taken`)}`.execute(trx);
    } else {
      await upsert(sql`documents_search_vocabulary_changes`).execute(trx);
      await sql`delete from documents_search_vocabulary_changes`.execute(trx);
    }
    await sql`delete from documents_search_vocabulary where documents <= 0`.execute(trx);
  };
  await (db.isTransaction ? fold(db) : db.transaction().execute(fold));
}

/** The index's words: sorted (a prefix's words stand together) and each one's document count. */
export interface Vocabulary {
  words: string[];
  counts: Map<string, number>;
}

const vocabularies = new WeakMap<Catalog, Promise<Vocabulary>>();

/** The vocabulary of a catalog's data version, read once (a few thousand rows, even for 100,000 documents). */
export function vocabulary(db: Db, catalog: Catalog): Promise<Vocabulary> {
  let loading = vocabularies.get(catalog);
  if (!loading) {
    loading = foldVocabulary(db)
      .then(() => db.selectFrom('documents_search_vocabulary').select(['word', 'documents']).execute())
      .then((rows) => ({
        words: rows.map((row) => row.word).sort(),
        counts: new Map(rows.map((row) => [row.word, row.documents])),
      }));
    vocabularies.set(catalog, loading);
    loading.catch(() => vocabularies.delete(catalog));
  }
  return loading;
}

/** The words of a sorted list starting with prefix (they stand together: a binary search finds the first). */
export function wordsStartingWith(words: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < words.length && (words[i] ?? '').startsWith(prefix); i++) found.push(words[i] ?? '');
  return found;
}
