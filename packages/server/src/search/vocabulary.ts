import { sql } from 'kysely';
import { isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import type { Catalog } from './catalog.ts';
import type { FoldedText } from './search.ts';

/** Words as both indexes split folded text (FTS5's unicode61, postgres-words.ts). */
const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of a document's folded columns, sorted: concurrent writers lock rows in one order. */
function distinctWords(text: FoldedText): string[] {
  const words = new Set<string>();
  for (const column of [text.number, text.title, text.summary, text.body]) {
    for (const [word] of column.matchAll(WORD)) words.add(word);
  }
  return [...words].sort();
}

/**
 * Counts a document's words into (1) or out of (-1) the vocabulary, in the transaction that
 * indexes or removes it; a word no document contains any more leaves it.
 */
export async function countWords(db: Db, text: FoldedText, delta: 1 | -1): Promise<void> {
  const words = distinctWords(text);
  if (words.length === 0) return;
  const listed = isPostgres(db)
    ? sql`select unnest(${words}::text[]) as word`
    : sql`select value as word from json_each(${JSON.stringify(words)})`;
  if (delta === 1) {
    // `where true`: SQLite would otherwise read `on conflict` as part of the select.
    await sql`insert into documents_search_words (word, documents)
              select word, 1 from (${listed}) as listed where true
              on conflict (word) do update set documents = documents_search_words.documents + 1`.execute(db);
    return;
  }
  await sql`delete from documents_search_words where documents <= 1 and word in (${listed})`.execute(db);
  await sql`update documents_search_words set documents = documents - 1 where word in (${listed})`.execute(
    db,
  );
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
    loading = db
      .selectFrom('documents_search_words')
      .select(['word', 'documents'])
      .execute()
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
