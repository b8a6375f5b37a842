import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

/**
 * Leases on periodic jobs, so one node at a time runs each. Taking is one conditional update:
 * when two PostgreSQL nodes race, the second re-reads the row after the first commits and finds
 * it held. A holder renews its lease each round; if it dies, another node takes over once the
 * lease runs out.
 */
export function jobLeasesRepository(db: Db) {
  return {
    /** True when `owner` holds the job `name` until `now + ms` (taken, or renewed). */
    async take(name: string, owner: string, now: Date, ms: number): Promise<boolean> {
      await db
        .insertInto('job_leases')
        .values({ name, owner: null, lease_until: null })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const result = await db
        .updateTable('job_leases')
        .set({ owner, lease_until: toDbTime(new Date(now.getTime() + ms)) })
        .where('name', '=', name)
        .where((eb) =>
          eb.or([
            eb('owner', '=', owner),
            eb('lease_until', 'is', null),
            eb('lease_until', '<', toDbTime(now)),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Lets another node take the job at once (a node shutting down). */
    async release(name: string, owner: string): Promise<void> {
      await db
        .updateTable('job_leases')
        .set({ owner: null, lease_until: null })
        .where('name', '=', name)
        .where('owner', '=', owner)
        .execute();
    },
  };
}
