import type {
  DocumentRef,
  DocumentStatus,
  DocumentType,
  Relation,
  RelationDirection,
  RelationType,
} from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { toDbBool } from '../db/values.ts';
import { isWithoutNumber } from '../documents/number-key.ts';

const flip = (direction: string): RelationDirection => (direction === 'active' ? 'passive' : 'active');

/**
 * Relations of a published document from both sides: the rows it declares, and rows of other
 * published documents that name its number (seen from here, their direction flips). A pair
 * entered on both sides is shown once, as this document declares it.
 */
export function documentRelationsRepository(db: Db) {
  const publishedRefs = async (keys: string[]): Promise<Map<string, DocumentRef>> => {
    const usable = [...new Set(keys)].filter((key) => !isWithoutNumber(key));
    if (usable.length === 0) return new Map();
    const rows = await db
      .selectFrom('documents')
      .select(['id', 'number', 'number_key', 'title', 'type', 'issued_on', 'status'])
      .where('published', '=', toDbBool(true))
      .where('number_key', 'in', usable)
      .orderBy('id', 'desc')
      .execute();
    // Oldest id last, so it wins when two documents share a number.
    return new Map(rows.map((row) => [row.number_key, toRef(row)]));
  };

  return {
    /** Undefined when the document is missing or unpublished. */
    async related(id: number): Promise<Relation[] | undefined> {
      const self = await db
        .selectFrom('documents')
        .select(['number_key'])
        .where('id', '=', id)
        .where('published', '=', toDbBool(true))
        .executeTakeFirst();
      if (!self) return undefined;

      const own = await db
        .selectFrom('document_relations')
        .selectAll()
        .where('document_id', '=', id)
        .orderBy('position')
        .execute();
      const targets = await publishedRefs(own.map((r) => r.target_key));
      const relations: Relation[] = own.map((r) => {
        const document = targets.get(r.target_key) ?? null;
        return {
          type: r.type as RelationType,
          direction: r.direction as RelationDirection,
          number: r.target_number,
          title: r.target_title ?? document?.title ?? null,
          url: r.target_url,
          document,
        };
      });
      if (isWithoutNumber(self.number_key)) return relations;

      const seen = new Set(own.map((r) => `${r.type}|${r.direction}|${r.target_key}`));
      const incoming = await db
        .selectFrom('document_relations as r')
        .innerJoin('documents as d', 'd.id', 'r.document_id')
        .select([
          'r.type',
          'r.direction',
          'd.id',
          'd.number',
          'd.number_key',
          'd.title',
          'd.type as doc_type',
        ])
        .select(['d.issued_on', 'd.status'])
        .where('r.target_key', '=', self.number_key)
        .where('d.published', '=', toDbBool(true))
        .where('d.id', '!=', id)
        .orderBy('d.issued_on', 'desc')
        .orderBy('d.id', 'desc')
        .execute();
      for (const row of incoming) {
        const direction = flip(row.direction);
        const key = `${row.type}|${direction}|${row.number_key}`;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push({
          type: row.type as RelationType,
          direction,
          number: row.number,
          title: row.title,
          url: null,
          document: toRef({ ...row, type: row.doc_type }),
        });
      }
      return relations;
    },
  };
}

function toRef(row: {
  id: number;
  number: string;
  title: string;
  type: string;
  issued_on: string;
  status: string;
}): DocumentRef {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    type: row.type as DocumentType,
    issuedOn: row.issued_on,
    status: row.status as DocumentStatus,
  };
}
