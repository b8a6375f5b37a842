import type { Activity, ActivityInput, AdminActivityPage, ContentState } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import { stateChange } from '../db/state-change.ts';

export type ActivityData = z.output<typeof ActivityInput>;
type ActivityRow = Selectable<Tables['activities']>;

const toActivity = (row: ActivityRow): Activity => ({
  id: row.id,
  unitId: row.unit_id,
  month: row.month,
  conferences: row.conferences,
  trainings: row.trainings,
  contests: row.contests,
  participants: row.participants,
  copies: row.copies,
  note: row.note,
  state: row.state as ContentState,
  version: row.version,
  updatedAt: row.updated_at,
});

const toRow = (data: ActivityData) => ({
  unit_id: data.unitId,
  month: data.month,
  conferences: data.conferences,
  trainings: data.trainings,
  contests: data.contests,
  participants: data.participants,
  copies: data.copies,
  note: data.note === null ? null : normalizeVi(data.note),
});

/** Monthly PBGDPL activity reports, one per unit and month. */
export function activitiesRepository(db: Db) {
  return {
    async page(query: {
      page: number;
      pageSize: number;
      unit?: string | undefined;
      year?: number | undefined;
      state?: ContentState | undefined;
    }): Promise<AdminActivityPage> {
      let base = db.selectFrom('activities');
      if (query.unit) base = base.where('unit_id', '=', query.unit);
      if (query.state) base = base.where('state', '=', query.state);
      if (query.year) base = base.where('month', 'like', `${query.year}-%`);
      const { total } = await base
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('month', 'desc')
        .orderBy('unit_id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return {
        items: rows.map(toActivity),
        total: Number(total),
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(id: number): Promise<Activity | undefined> {
      const row = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toActivity(row);
    },

    /** The report a unit already has for a month, other than `exceptId`. */
    async findOther(unitId: string, month: string, exceptId?: number): Promise<number | undefined> {
      let select = db
        .selectFrom('activities')
        .select('id')
        .where('unit_id', '=', unitId)
        .where('month', '=', month);
      if (exceptId !== undefined) select = select.where('id', '!=', exceptId);
      return (await select.executeTakeFirst())?.id;
    },

    async create(data: ActivityData, now: Date): Promise<Activity> {
      const at = toDbTime(now);
      const row = await db
        .insertInto('activities')
        .values({ ...toRow(data), created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toActivity(row);
    },

    async update(id: number, data: ActivityData, now: Date): Promise<Activity | undefined> {
      const row = await db
        .updateTable('activities')
        .set((eb) => ({ ...toRow(data), updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toActivity(row);
    },

    /**
     * Its place in the review; the public sees it only when that is `published`. The version
     * moves unless this write moved it already (`versionMoved`).
     */
    async setState(
      id: number,
      state: ContentState,
      now: Date,
      versionMoved = false,
    ): Promise<Activity | undefined> {
      const row = await db
        .updateTable('activities')
        .set(stateChange(state, now, versionMoved))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toActivity(row);
    },

    async remove(id: number): Promise<boolean> {
      const result = await db.deleteFrom('activities').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
