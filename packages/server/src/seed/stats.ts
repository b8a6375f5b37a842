import type { Db } from '../db/schema.ts';
import { activitiesRepository } from '../repositories/activities.ts';
import { reportersRepository } from '../repositories/reporters.ts';
import { seedActivities } from './activities.ts';
import { seedReporters } from './reporters.ts';

/** The statistics board's entered data: monthly activity reports and the reporters directory. */
export async function seedStatsData(db: Db, now: Date): Promise<void> {
  const activities = activitiesRepository(db);
  for (const activity of seedActivities(now)) await activities.create(activity, now);
  const reporters = reportersRepository(db);
  for (const reporter of seedReporters) await reporters.create(reporter, now);
}
