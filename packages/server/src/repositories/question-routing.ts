import { LEGAL_FIELDS, type LegalField, type QuestionRouting, type UnitAnswerRight } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { fromDbBool, toDbBool } from '../db/values.ts';
import { unitsRepository } from './units.ts';

/** The routing table (field → unit) and the units that publish their own answers. */
export function questionRoutingRepository(db: Db) {
  return {
    /** The unit a question of `field` goes to when it was not asked on a unit's site. */
    async unitFor(field: LegalField): Promise<string | null> {
      const row = await db
        .selectFrom('question_routing')
        .select('unit_id')
        .where('field', '=', field)
        .executeTakeFirst();
      return row?.unit_id ?? null;
    },

    /** Every field (unrouted ones with no unit) and every current unit with its answer right. */
    async read(): Promise<QuestionRouting> {
      const units = (await unitsRepository(db).all()).filter((unit) => unit.validTo === null);
      const names = new Map(units.map((unit) => [unit.id, unit.name]));
      const routes = new Map(
        (await db.selectFrom('question_routing').selectAll().execute()).map((r) => [r.field, r.unit_id]),
      );
      const rights = new Map(
        (await db.selectFrom('unit_answer_rights').selectAll().execute()).map((r) => [
          r.unit_id,
          fromDbBool(r.publishes_answers),
        ]),
      );
      return {
        fields: LEGAL_FIELDS.map((field) => {
          const unit = routes.get(field);
          return { field, unit: unit === undefined ? null : { id: unit, name: names.get(unit) ?? unit } };
        }),
        units: units.map(
          (unit): UnitAnswerRight => ({
            unit: { id: unit.id, name: unit.name },
            publishesAnswers: rights.get(unit.id) ?? false,
          }),
        ),
      };
    },

    /** Replaces the whole table; units are checked by the caller. */
    async replace(routes: Array<{ field: LegalField; unit: string }>): Promise<void> {
      await db.deleteFrom('question_routing').execute();
      if (routes.length > 0)
        await db
          .insertInto('question_routing')
          .values(routes.map((r) => ({ field: r.field, unit_id: r.unit })))
          .execute();
    },

    /** Whether `unit`'s contributors publish their own answers (questions, dialogues, feedback). */
    async publishesAnswers(unit: string): Promise<boolean> {
      const row = await db
        .selectFrom('unit_answer_rights')
        .select('publishes_answers')
        .where('unit_id', '=', unit)
        .executeTakeFirst();
      return row !== undefined && fromDbBool(row.publishes_answers);
    },

    async setPublishesAnswers(unit: string, publishes: boolean): Promise<void> {
      await db
        .insertInto('unit_answer_rights')
        .values({ unit_id: unit, publishes_answers: toDbBool(publishes) })
        .onConflict((oc) => oc.column('unit_id').doUpdateSet({ publishes_answers: toDbBool(publishes) }))
        .execute();
    },
  };
}
