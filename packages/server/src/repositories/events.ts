import type { EventBatch, EventReceipt, TrackedEvent } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export function eventsRepository(db: Db) {
  return {
    /** Stores a batch; events already counted for this page view are duplicates, not errors. */
    async record(batch: EventBatch, siteOrigin: string | null, now: Date): Promise<EventReceipt> {
      const createdAt = toDbTime(now);
      const result = await db
        .insertInto('events')
        .values(
          batch.events.map((event) => ({
            page_view_id: batch.pageViewId,
            type: event.type,
            subject: event.subject,
            subject_id: event.subjectId,
            unit: event.unit ?? null,
            site_origin: siteOrigin,
            created_at: createdAt,
          })),
        )
        .onConflict((oc) => oc.columns(['page_view_id', 'type', 'subject', 'subject_id']).doNothing())
        .executeTakeFirst();
      const accepted = Number(result.numInsertedOrUpdatedRows ?? 0n);
      return { accepted, duplicates: batch.events.length - accepted };
    },

    /** How many page views each of these items was seen in (`view` beacons), by id; none: absent. */
    async viewCounts(
      subject: TrackedEvent['subject'],
      ids: readonly (number | string)[],
    ): Promise<Map<string, number>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('events')
        .select(['subject_id', (eb) => eb.fn.countAll<number>().as('count')])
        .where('subject', '=', subject)
        .where('type', '=', 'view')
        .where('subject_id', 'in', ids.map(String))
        .groupBy('subject_id')
        .execute();
      return new Map(rows.map((row) => [row.subject_id, Number(row.count)]));
    },
  };
}
