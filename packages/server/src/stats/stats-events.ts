import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { addDays, vnDay, vnDayStart } from './stats-period.ts';

export interface EventDayCount {
  day: string;
  subject: string;
  type: string;
  site: string;
  count: number;
}

const ROLLUP = 'events';
/** The subjects and types the statistics read. */
const COUNTED = [
  ['video', 'play'],
  ['banner', 'impression'],
  ['banner', 'click'],
] as const;

/** The beacons the statistics read (document views are rolled up too, but not a figure yet). */
const counted = sql<boolean>`(${sql.join(
  COUNTED.map(([subject, type]) => sql`(subject = ${subject} and type = ${type})`),
  sql` or `,
)})`;

/** No unit or site is stored as '' in `event_days`: part of its key, so never NULL. */
const unitKey = sql<string>`coalesce(unit, '')`;
const siteKey = sql<string>`coalesce(site_origin, '')`;

/**
 * Counts whole past days of beacons into `event_days`, from where the last roll-up stopped to
 * yesterday, one day per transaction. Beacons are stored with the server's time, so a past day
 * never changes; rerunning a day overwrites its counts, so two processes rolling up at once
 * agree. Between days the event loop serves other requests: the first roll-up of a large
 * history (a year: seconds) never freezes the server, and what is done stays done.
 */
export async function rollUpEvents(db: Db, now: Date): Promise<void> {
  const today = vnDay(now);
  const state = await db
    .selectFrom('event_rollup')
    .select('until_day')
    .where('name', '=', ROLLUP)
    .executeTakeFirst();
  if (state?.until_day === today) return;
  let day = state?.until_day;
  if (!day) {
    const oldest = await db
      .selectFrom('events')
      .select((eb) => eb.fn.min('created_at').as('at'))
      .executeTakeFirst();
    day = oldest?.at ? vnDay(oldest.at) : today;
  }
  for (; day < today; day = addDays(day, 1)) {
    const from = vnDayStart(day);
    const next = addDays(day, 1);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('event_days')
        .columns(['day', 'subject', 'type', 'unit', 'site_origin', 'count'])
        .expression(
          trx
            .selectFrom('events')
            .select([
              sql<string>`${day}`.as('day'),
              'subject',
              'type',
              unitKey.as('unit'),
              siteKey.as('site_origin'),
              (eb) => eb.fn.countAll<number>().as('count'),
            ])
            .where('created_at', '>=', from)
            .where('created_at', '<', vnDayStart(next))
            .groupBy(['subject', 'type', unitKey, siteKey]),
        )
        .onConflict((oc) =>
          oc
            .columns(['day', 'subject', 'type', 'unit', 'site_origin'])
            .doUpdateSet({ count: (eb) => eb.ref('excluded.count') }),
        )
        .execute();
      await trx
        .insertInto('event_rollup')
        .values({ name: ROLLUP, until_day: next })
        .onConflict((oc) => oc.column('name').doUpdateSet({ until_day: next }))
        .execute();
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Beacon counts per day, subject, type and site over [from, to] (Vietnam days), optionally for
 * one unit's sites: rolled-up days from `event_days`, today straight from `events`.
 */
export async function eventDayCounts(
  db: Db,
  range: { from: string; to: string },
  unit: string | null,
  now: Date,
): Promise<EventDayCount[]> {
  await rollUpEvents(db, now);
  const today = vnDay(now);
  let rolled = db
    .selectFrom('event_days')
    .select(['day', 'subject', 'type', 'site_origin as site', (eb) => eb.fn.sum<number>('count').as('count')])
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .where(counted)
    .groupBy(['day', 'subject', 'type', 'site_origin']);
  if (unit) rolled = rolled.where('unit', '=', unit);
  const rows: EventDayCount[] = (await rolled.execute()).map((row) => ({ ...row, count: Number(row.count) }));
  if (range.from <= today && today <= range.to) {
    let raw = db
      .selectFrom('events')
      .select([
        'subject',
        'type',
        sql<string>`coalesce(site_origin, '')`.as('site'),
        (eb) => eb.fn.countAll<number>().as('count'),
      ])
      .where('created_at', '>=', vnDayStart(today))
      .where(counted)
      .groupBy(['subject', 'type', 'site']);
    if (unit) raw = raw.where('unit', '=', unit);
    for (const row of await raw.execute()) rows.push({ ...row, day: today, count: Number(row.count) });
  }
  return rows;
}
