import type { Unit, UnitKind } from '@pbgdpl/contract';
import { compareVi, normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { Db, Tables } from '../db/schema.ts';
import type { UnitValidity } from '../stats/unit-months.ts';

type UnitRow = Selectable<Tables['units']>;

/** A unit named in a reply: its id and name. */
export interface UnitName {
  id: string;
  name: string;
}

/** Current units first (province, departments, communes), then the historical ones. */
const KIND_ORDER: UnitKind[] = [
  'province',
  'department',
  'ward',
  'commune',
  'special-zone',
  'former-province',
  'former-district',
  'former-commune',
];

const toUnit = (row: UnitRow, successorIds: string[]): Unit => ({
  id: row.id,
  name: row.name,
  shortName: row.short_name,
  kind: row.kind as UnitKind,
  parentId: row.parent_id,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  successorId: successorIds[0] ?? null,
  successorIds,
  website: row.website,
});

const byKindThenName = (a: Unit, b: Unit) =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareVi(a.name, b.name);

export function unitsRepository(db: Db) {
  return {
    async all(): Promise<Unit[]> {
      const rows = await db.selectFrom('units').selectAll().execute();
      const successors = await db
        .selectFrom('unit_successors')
        .select(['unit_id', 'successor_id'])
        .orderBy('unit_id')
        .orderBy('position')
        .execute();
      const successorsOf = new Map<string, string[]>();
      for (const { unit_id, successor_id } of successors)
        successorsOf.set(unit_id, [...(successorsOf.get(unit_id) ?? []), successor_id]);
      return rows.map((row) => toUnit(row, successorsOf.get(row.id) ?? [])).sort(byKindThenName);
    },

    /**
     * The successors (id and name, in order) of those of `ids` that have any: a unit gone in a
     * reform is shown with them ("nay là …").
     */
    async successorsOf(ids: Iterable<string>): Promise<Map<string, UnitName[]>> {
      const wanted = [...new Set(ids)];
      const rows = wanted.length
        ? await db
            .selectFrom('unit_successors as s')
            .innerJoin('units as u', 'u.id', 's.successor_id')
            .select(['s.unit_id', 'u.id', 'u.name'])
            .where('s.unit_id', 'in', wanted)
            .orderBy('s.unit_id')
            .orderBy('s.position')
            .execute()
        : [];
      const found = new Map<string, UnitName[]>();
      for (const row of rows)
        found.set(row.unit_id, [...(found.get(row.unit_id) ?? []), { id: row.id, name: row.name }]);
      return found;
    },

    /** A unit's name, or undefined when there is no such unit. */
    async nameOf(id: string): Promise<string | undefined> {
      const row = await db.selectFrom('units').select('name').where('id', '=', id).executeTakeFirst();
      return row?.name;
    },

    /** The days a unit existed (`null`: open-ended), or undefined when there is no such unit. */
    async validity(id: string): Promise<UnitValidity | undefined> {
      const row = await db
        .selectFrom('units')
        .select(['valid_from', 'valid_to'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { validFrom: row.valid_from, validTo: row.valid_to };
    },

    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    async isEmpty(): Promise<boolean> {
      return (await db.selectFrom('units').select('id').limit(1).executeTakeFirst()) === undefined;
    },

    async put(unit: Unit): Promise<void> {
      const values = {
        name: normalizeVi(unit.name),
        short_name: unit.shortName === null ? null : normalizeVi(unit.shortName),
        kind: unit.kind,
        parent_id: unit.parentId,
        valid_from: unit.validFrom,
        valid_to: unit.validTo,
        website: unit.website,
      };
      await db
        .insertInto('units')
        .values({ id: unit.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
      await db.deleteFrom('unit_successors').where('unit_id', '=', unit.id).execute();
      if (unit.successorIds.length)
        await db
          .insertInto('unit_successors')
          .values(
            unit.successorIds.map((successorId, position) => ({
              unit_id: unit.id,
              successor_id: successorId,
              position,
            })),
          )
          .execute();
    },
  };
}
