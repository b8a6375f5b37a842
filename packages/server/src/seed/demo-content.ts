import { ActivityInput, BannerInput, type ImportReport, ReporterInput, VideoInput } from '@pbgdpl/contract';
import { z } from 'zod';
import type { MediaConfig } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { importArticles } from '../articles/import.ts';
import { importDocuments } from '../documents/import.ts';
import { activitiesRepository } from '../repositories/activities.ts';
import { bannersRepository } from '../repositories/banners.ts';
import { reportersRepository } from '../repositories/reporters.ts';
import { unitsRepository } from '../repositories/units.ts';
import { videosRepository } from '../repositories/videos.ts';
import { outsideValidity, type UnitValidity } from '../stats/unit-months.ts';
import {
  checked,
  DemoContentError,
  type DemoEntry,
  daysFrom,
  demoContentDir,
  readDemoEntries,
  readDemoText,
  requireUnit,
} from './demo-file.ts';
import { DEMO_ACTOR, loadDemoMedia, withLibraryAddresses } from './demo-media.ts';
import { loadDemoContests } from './demo-contests.ts';
import { loadDemoDialogues } from './demo-dialogues.ts';
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
 * each kind through the path editors use: its files through the media library's upload
 * (the data files then name them by their library address), documents through the NDJSON
 * import, the rest checked by the contract's input schemas and written by the repositories
 * the admin API uses.
 */
export async function loadDemoContent(
  db: Db,
  now: Date,
  media: MediaConfig,
  dir = demoContentDir,
): Promise<void> {
  const inLibrary = withLibraryAddresses(await loadDemoMedia(db, now, dir, media));
  const each = eachChecked(db);
  await each(bannerEntries(dir, now, inLibrary), BannerInput, (banner) =>
    bannersRepository(db).create(banner, now),
  );
  await importDemoDocuments(db, now, dir, inLibrary);
  await loadDemoQuestions(db, now, dir); // after documents: answers cite them
  const videos = readDemoEntries(dir, 'videos.json', 'videos', inLibrary).entries;
  await each(videos, VideoInput, (video) => videosRepository(db).create(video, now));
  const units = new Map((await unitsRepository(db).all()).map((unit) => [unit.id, unit]));
  await each(activityMonths(dir, now, units), ActivityInput, (report) =>
    activitiesRepository(db).create(report, now),
  );
  const reporters = readDemoEntries(dir, 'reporters.json', 'reporters').entries;
  await each(reporters, ReporterInput, (reporter) => reportersRepository(db).create(reporter, now));
  await loadDemoContests(db, now, dir);
  await importDemoArticles(db, now, dir, inLibrary); // after documents and files: articles name them
  await loadDemoDialogues(db, now, dir); // after documents: sessions and feedback name them
}

/** Writes entries checked by the admin API's input schema, their unit known, with `write`. */
function eachChecked(db: Db) {
  const units = unitsRepository(db);
  return async <T extends { unitId: string | null }>(
    entries: DemoEntry[],
    schema: z.ZodType<T>,
    write: (data: T) => Promise<unknown>,
  ) => {
    for (const { entry, where } of entries) {
      const data = checked(schema, entry, where);
      await requireUnit(units, 'unitId', data.unitId, where);
      await write(data);
    }
  };
}

/** A file through an NDJSON import editors use, all or nothing; every refused line is named. */
async function importDemoFile(
  file: string,
  dir: string,
  inLibrary: (text: string) => string,
  importer: (ndjson: string) => Promise<ImportReport>,
): Promise<void> {
  const report = await importer(inLibrary(readDemoText(dir, file)));
  if (report.rejected.length === 0) return;
  const errors = report.rejected.flatMap(({ line, errors }) =>
    Object.entries(errors).map(([field, messages]) => [`dòng (line) ${line}: ${field}`, messages] as const),
  );
  throw new DemoContentError(file, Object.fromEntries(errors));
}

const DEMO_AUTHOR = { name: DEMO_ACTOR, userId: null };

const importDemoDocuments = (db: Db, now: Date, dir: string, inLibrary: (text: string) => string) =>
  importDemoFile('documents.ndjson', dir, inLibrary, (ndjson) =>
    importDocuments(db, ndjson, { dryRun: false, now, lang: 'vi', actor: DEMO_AUTHOR }),
  );

const importDemoArticles = (db: Db, now: Date, dir: string, inLibrary: (text: string) => string) =>
  importDemoFile('articles.ndjson', dir, inLibrary, (ndjson) =>
    importArticles(db, ndjson, { dryRun: false, now, lang: 'vi', actor: DEMO_AUTHOR }),
  );

/** Banners with their schedule placed around `now`. */
function bannerEntries(dir: string, now: Date, inLibrary: (text: string) => string): DemoEntry[] {
  const at = (days: number | null) => (days === null ? null : daysFrom(now, days).toISOString());
  return readDemoEntries(dir, 'banners.json', 'banners', inLibrary).entries.map(({ entry, where }) => {
    const { startDaysFromNow, endDaysFromNow } = checked(BannerSchedule, entry, where);
    return {
      where,
      entry: { ...(entry as object), startsAt: at(startDaysFromNow), endsAt: at(endDaysFromNow) },
    };
  });
}

/**
 * Each unit's figures for each month of the year, laid over the `lastMonths` months before this
 * one, from the month the unit was created (a ward of the 2025 reform has no figures before it).
 */
function activityMonths(dir: string, now: Date, units: Map<string, UnitValidity>): DemoEntry[] {
  const { root, entries } = readDemoEntries(dir, 'activities.json', 'reports');
  const { lastMonths } = checked(ActivityYear, root, 'activities.json');
  const reports = entries.map((report) => ({
    ...report,
    ...checked(ActivityMonth, report.entry, report.where),
  }));
  const months: DemoEntry[] = [];
  for (let back = lastMonths; back >= 1; back--) {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const month = first.toISOString().slice(0, 7);
    for (const { entry, where } of reports.filter((r) => r.monthOfYear === first.getUTCMonth() + 1)) {
      const unit = units.get((entry as { unitId: string }).unitId);
      if (unit && outsideValidity(month, unit)) continue;
      months.push({ entry: { ...(entry as object), month }, where });
    }
  }
  return months;
}
