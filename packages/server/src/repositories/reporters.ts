import type { LegalField, Page, Reporter, ReporterInput, ReporterRole } from '@pbgdpl/contract';
import { compareVi, foldVi, normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { containsText } from '../db/dialect.ts';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export type ReporterData = z.output<typeof ReporterInput>;
type ReporterRow = Selectable<Tables['reporters']> & { unit_name: string };

export interface ReporterFilter {
  page: number;
  pageSize: number;
  q?: string | undefined;
  unit?: string | undefined;
  role?: ReporterRole | undefined;
  field?: LegalField | undefined;
  /** true: only terms running on `today`; false: only the others; absent: all. */
  current?: boolean | undefined;
  today: string;
}

const toReporter = (row: ReporterRow): Reporter => ({
  id: row.id,
  version: row.version,
  name: row.name,
  position: row.position,
  unitId: row.unit_id,
  unitName: row.unit_name,
  role: row.role as ReporterRole,
  fields: JSON.parse(row.fields) as LegalField[],
  termStart: row.term_start,
  termEnd: row.term_end,
  decision: row.decision,
});

function toRow(data: ReporterData) {
  const name = normalizeVi(data.name);
  const position = data.position === null ? null : normalizeVi(data.position);
  return {
    name,
    search_text: foldVi(`${name} ${position ?? ''}`),
    position,
    unit_id: data.unitId,
    role: data.role,
    fields: JSON.stringify(data.fields),
    term_start: data.termStart,
    term_end: data.termEnd,
    decision: data.decision === null ? null : normalizeVi(data.decision),
  };
}

/** The directory of legal reporters and propagandists: public fields only. */
export function reportersRepository(db: Db) {
  const select = () =>
    db
      .selectFrom('reporters')
      .innerJoin('units', 'units.id', 'reporters.unit_id')
      .selectAll('reporters')
      .select('units.name as unit_name');

  return {
    /**
     * A page in Vietnamese alphabetical order. A province has hundreds of reporters, not
     * millions: the filtered set is sorted with compareVi here, which SQL collations cannot do.
     */
    async page(filter: ReporterFilter): Promise<Page<Reporter>> {
      let query = select();
      if (filter.unit) query = query.where('reporters.unit_id', '=', filter.unit);
      if (filter.role) query = query.where('reporters.role', '=', filter.role);
      for (const word of foldVi(filter.q ?? '')
        .split(/\s+/)
        .filter(Boolean))
        query = query.where(containsText('reporters.search_text', word));
      const { current, today } = filter;
      if (current !== undefined) {
        query = query.where((eb) => {
          const running = eb.and([
            eb('reporters.term_start', '<=', today),
            eb.or([eb('reporters.term_end', 'is', null), eb('reporters.term_end', '>=', today)]),
          ]);
          return current ? running : eb.not(running);
        });
      }
      let items = (await query.execute()).map(toReporter);
      const { field } = filter;
      if (field) items = items.filter((reporter) => reporter.fields.includes(field));
      items.sort((a, b) => compareVi(a.name, b.name) || a.id - b.id);
      const start = (filter.page - 1) * filter.pageSize;
      return {
        items: items.slice(start, start + filter.pageSize),
        total: items.length,
        page: filter.page,
        pageSize: filter.pageSize,
      };
    },

    async get(id: number): Promise<Reporter | undefined> {
      const row = await select().where('reporters.id', '=', id).executeTakeFirst();
      return row && toReporter(row);
    },

    async create(data: ReporterData, now: Date): Promise<Reporter> {
      const at = toDbTime(now);
      const { id } = await db
        .insertInto('reporters')
        .values({ ...toRow(data), created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const reporter = await this.get(id);
      if (!reporter) throw new Error(`reporter ${id} vanished after insert`);
      return reporter;
    },

    async update(id: number, data: ReporterData, now: Date): Promise<Reporter | undefined> {
      const result = await db
        .updateTable('reporters')
        .set((eb) => ({ ...toRow(data), updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? this.get(id) : undefined;
    },

    async remove(id: number): Promise<boolean> {
      const result = await db.deleteFrom('reporters').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
