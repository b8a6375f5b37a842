import { ActivityInput, BannerInput, ReporterInput, VideoInput } from '@pbgdpl/contract';
import { z } from 'zod';
import type { Db } from '../db/schema.ts';
import { importDocuments } from '../documents/import.ts';
import { activitiesRepository } from '../repositories/activities.ts';
import { bannersRepository } from '../repositories/banners.ts';
import { reportersRepository } from '../repositories/reporters.ts';
import { unitsRepository } from '../repositories/units.ts';
import { videosRepository } from '../repositories/videos.ts';
import {
  checked,
  DemoContentError,
  daysFrom,
  demoContentDir,
  readDemoEntries,
  readDemoText,
  requireUnit,
} from './demo-file.ts';
import { loadDemoQuestions } from './demo-questions.ts';

/** Days around the seeding day, so the demo always has a running, an upcoming and an expired banner. */
const BannerSchedule = z.object({
  startDaysFromNow: z.number().int().nullable(),
  endDaysFromNow: z.number().int().nullable(),
});

const ActivityYear = z.object({ lastMonths: z.number().int().min(1).max(120) });
const ActivityMonth = z.object({ monthOfYear: z.number().int().min(1).max(12) });

/**
 * Loads the demo content of `dir` (top-level `demo-content/`) in the caller's transaction,
 * each kind through the path editors use: documents through the NDJSON import, the rest
 * checked by the contract's input schemas and written by the repositories the admin API uses.
 */
export async function loadDemoContent(db: Db, now: Date, dir = demoContentDir): Promise<void> {
  const units = unitsRepository(db);

  const banners = bannersRepository(db);
  for (const { entry, where } of readDemoEntries(dir, 'banners.json', 'banners').entries) {
    const { startDaysFromNow: start, endDaysFromNow: end } = checked(BannerSchedule, entry, where);
    const at = (days: number | null) => (days === null ? null : daysFrom(now, days).toISOString());
    const banner = checked(
      BannerInput,
      { ...(entry as object), startsAt: at(start), endsAt: at(end) },
      where,
    );
    await requireUnit(units, 'unitId', banner.unitId, where);
    await banners.create(banner, now);
  }

  const report = await importDocuments(db, readDemoText(dir, 'documents.ndjson'), {
    dryRun: false,
    now,
    lang: 'vi',
  });
  for (const { line, errors } of report.rejected)
    throw new DemoContentError(`documents.ndjson, dòng (line) ${line}`, errors);

  await loadDemoQuestions(db, now, dir); // after documents: answers cite them

  const videos = videosRepository(db);
  for (const { entry, where } of readDemoEntries(dir, 'videos.json', 'videos').entries) {
    const video = checked(VideoInput, entry, where);
    await requireUnit(units, 'unitId', video.unitId, where);
    await videos.create(video, now);
  }

  // Each unit's figures for each month of the year, laid over the months before this one.
  const activities = activitiesRepository(db);
  const year = readDemoEntries(dir, 'activities.json', 'reports');
  const { lastMonths } = checked(ActivityYear, year.file, 'activities.json');
  const reports = year.entries.map((report) => ({
    ...report,
    ...checked(ActivityMonth, report.entry, report.where),
  }));
  for (let back = lastMonths; back >= 1; back--) {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const month = first.toISOString().slice(0, 7);
    for (const { entry, where } of reports.filter((r) => r.monthOfYear === first.getUTCMonth() + 1)) {
      const activity = checked(ActivityInput, { ...(entry as object), month }, where);
      await requireUnit(units, 'unitId', activity.unitId, where);
      await activities.create(activity, now);
    }
  }

  const reporters = reportersRepository(db);
  for (const { entry, where } of readDemoEntries(dir, 'reporters.json', 'reporters').entries) {
    const reporter = checked(ReporterInput, entry, where);
    await requireUnit(units, 'unitId', reporter.unitId, where);
    await reporters.create(reporter, now);
  }
}
