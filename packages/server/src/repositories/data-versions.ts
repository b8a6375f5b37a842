import type { Db } from '../db/schema.ts';

/**
 * A counter per kind of data, bumped in the transaction of every write. Caches of derived
 * data key on it, so a write by another server process on the same database invalidates them.
 */
export function dataVersionsRepository(db: Db) {
  return {
    async current(name: string): Promise<number> {
      const row = await db
        .selectFrom('data_versions')
        .select('version')
        .where('name', '=', name)
        .executeTakeFirst();
      return row?.version ?? 0;
    },

    async bump(name: string): Promise<void> {
      await db
        .insertInto('data_versions')
        .values({ name, version: 1 })
        .onConflict((oc) =>
          oc.column('name').doUpdateSet((eb) => ({ version: eb('data_versions.version', '+', 1) })),
        )
        .execute();
    },
  };
}
