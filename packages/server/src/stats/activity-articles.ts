import type { StatsPeriod, StatsReport } from '@pbgdpl/contract';
import { ACTIVITY_ARTICLE_CATEGORIES } from '@pbgdpl/contract/values';
import type { Db } from '../db/schema.ts';
import { addDays, vnDayStart } from './stats-period.ts';

/** How many of the articles the board lists under the activity figures. */
const SHOWN = 5;

/**
 * The published articles that report the period's activities (a unit's own, the coordination
 * council's, the reporters'), of one unit when asked: how many, and the newest few, so that the
 * statistics board can open what the figures count.
 */
export async function activityArticles(
  db: Db,
  period: StatsPeriod,
  unit: string | null,
): Promise<StatsReport['activityArticles']> {
  let query = db
    .selectFrom('articles')
    .where('state', '=', 'published')
    .where('category', 'in', [...ACTIVITY_ARTICLE_CATEGORIES])
    .where('published_at', '>=', vnDayStart(period.from))
    .where('published_at', '<', vnDayStart(addDays(period.to, 1)));
  if (unit) query = query.where('unit_id', '=', unit);
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select(['id', 'slug', 'title', 'published_at', 'unit_id'])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(SHOWN)
    .execute();
  return {
    total: Number(total),
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      publishedAt: row.published_at ?? '',
      unitId: row.unit_id,
    })),
  };
}
