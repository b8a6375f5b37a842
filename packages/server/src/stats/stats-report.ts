import type {
  DocumentType,
  LegalField,
  StatsFieldRow,
  StatsGranularity,
  StatsKey,
  StatsPeriod,
  StatsReport,
  StatsUnitRow,
} from '@pbgdpl/contract';
import { StatsKey as StatsKeys } from '@pbgdpl/contract';
import { compareCodes, compareVi } from '@pbgdpl/vi-text';
import type { Db } from '../db/schema.ts';
import { contestFigures } from './contest-figures.ts';
import { feedbackFigures } from './feedback-figures.ts';
import { activityArticles } from './activity-articles.ts';
import { eventDayCounts } from './stats-events.ts';
import {
  activityDay,
  addDays,
  type Bucket,
  bucketKey,
  buckets,
  inPeriod,
  previousPeriod,
  vnDay,
  vnDayStart,
} from './stats-period.ts';

export interface StatsRequest {
  period: StatsPeriod;
  unit: string | null;
  granularity: StatsGranularity;
}

type Totals = Record<StatsKey, number>;
/** Sums of answer times, so averages can be taken per bucket and per period. */
interface Tally {
  totals: Totals;
  answerDaysSum: number;
}

const emptyTally = (): Tally => ({
  totals: Object.fromEntries(StatsKeys.options.map((key) => [key, 0])) as Totals,
  answerDaysSum: 0,
});

const average = (tally: Tally) =>
  tally.totals.questionsAnswered === 0
    ? 0
    : Math.round((tally.answerDaysSum / tally.totals.questionsAnswered) * 10) / 10;

const DAY_MS = 86_400_000;

/**
 * The statistics for a period and unit. Each source is read once over the period and the one
 * before it; rows are few (events come pre-counted per day), so they are tallied here rather
 * than in dialect-specific SQL.
 */
export async function statsReport(db: Db, request: StatsRequest, now: Date): Promise<StatsReport> {
  const { period, unit, granularity } = request;
  const previous = previousPeriod(period);
  const whole = { from: previous.from, to: period.to };
  const since = vnDayStart(whole.from);
  const until = vnDayStart(addDays(whole.to, 1));

  const current = emptyTally();
  const before = emptyTally();
  const series = buckets(period, granularity);
  const byBucket = new Map<string, Tally>(series.map((bucket) => [bucket.key, emptyTally()]));
  /** Adds to the period (and bucket) a Vietnam day falls in. */
  const add = (day: string, key: StatsKey, amount = 1) => {
    const tallies = inPeriod(day, period)
      ? [current, byBucket.get(bucketKey(day, granularity))]
      : inPeriod(day, previous)
        ? [before]
        : [];
    for (const tally of tallies) if (tally) tally.totals[key] += amount;
    return tallies;
  };

  const unitRows = new Map<string, Omit<StatsUnitRow, 'name'>>();
  const unitRow = (unitId: string) => {
    let row = unitRows.get(unitId);
    if (!row) {
      row = { unitId, documents: 0, questionsReceived: 0, activities: 0, participants: 0, copies: 0 };
      unitRows.set(unitId, row);
    }
    return row;
  };
  const fieldRows = new Map<LegalField, StatsFieldRow & { daysSum: number }>();
  const fieldRow = (field: LegalField) => {
    let row = fieldRows.get(field);
    if (!row) {
      row = { field, documents: 0, questionsReceived: 0, questionsAnswered: 0, answerDays: null, daysSum: 0 };
      fieldRows.set(field, row);
    }
    return row;
  };
  const documentTypes = new Map<DocumentType, number>();

  // Documents published on the site.
  let documents = db
    .selectFrom('documents')
    .select(['id', 'type', 'issuer_id', 'published_at'])
    .where('published', '=', 1)
    .where('published_at', '>=', since)
    .where('published_at', '<', until);
  if (unit) documents = documents.where('issuer_id', '=', unit);
  const currentDocuments: number[] = [];
  for (const row of await documents.execute()) {
    if (!row.published_at) continue; // excluded by the query; narrows the type
    const day = vnDay(row.published_at);
    add(day, 'documents');
    if (!inPeriod(day, period)) continue;
    currentDocuments.push(row.id);
    unitRow(row.issuer_id).documents++;
    documentTypes.set(row.type as DocumentType, (documentTypes.get(row.type as DocumentType) ?? 0) + 1);
  }
  if (currentDocuments.length > 0) {
    const fields = await db
      .selectFrom('document_fields')
      .select(['field', (eb) => eb.fn.countAll<number>().as('count')])
      .where('document_id', 'in', currentDocuments)
      .groupBy('field')
      .execute();
    for (const row of fields) fieldRow(row.field as LegalField).documents += Number(row.count);
  }

  // Questions: received in the period, and answered in it (with the days it took).
  let questions = db
    .selectFrom('questions')
    .select(['field', 'unit_id', 'status', 'received_at', 'answered_at'])
    .where((eb) =>
      eb.or([
        eb.and([eb('received_at', '>=', since), eb('received_at', '<', until)]),
        eb.and([eb('answered_at', '>=', since), eb('answered_at', '<', until)]),
      ]),
    );
  if (unit) questions = questions.where('unit_id', '=', unit);
  for (const row of await questions.execute()) {
    const received = vnDay(row.received_at);
    if (row.received_at >= since && row.received_at < until) {
      add(received, 'questionsReceived');
      if (inPeriod(received, period)) {
        if (row.unit_id) unitRow(row.unit_id).questionsReceived++;
        fieldRow(row.field as LegalField).questionsReceived++;
      }
    }
    if (row.status !== 'answered' || !row.answered_at) continue;
    const answered = vnDay(row.answered_at);
    const days = (Date.parse(row.answered_at) - Date.parse(row.received_at)) / DAY_MS;
    for (const tally of add(answered, 'questionsAnswered')) if (tally) tally.answerDaysSum += days;
    if (inPeriod(answered, period)) {
      const field = fieldRow(row.field as LegalField);
      field.questionsAnswered++;
      field.daysSum += days;
    }
  }

  // Videos published, and their plays and the banners' beacons, pre-counted per day.
  let videos = db
    .selectFrom('videos')
    .select('published_at')
    .where('published', '=', 1)
    .where('published_at', '>=', since)
    .where('published_at', '<', until);
  if (unit) videos = videos.where('unit_id', '=', unit);
  for (const row of await videos.execute()) add(vnDay(row.published_at), 'videos');

  const sites = new Map<string, { site: string; impressions: number; clicks: number }>();
  for (const row of await eventDayCounts(db, whole, unit, now)) {
    const key: StatsKey =
      row.subject === 'video' ? 'videoViews' : row.type === 'click' ? 'bannerClicks' : 'bannerImpressions';
    add(row.day, key, row.count);
    if (row.subject !== 'banner' || !inPeriod(row.day, period)) continue;
    const site = sites.get(row.site) ?? { site: row.site, impressions: 0, clicks: 0 };
    if (row.type === 'click') site.clicks += row.count;
    else site.impressions += row.count;
    sites.set(row.site, site);
  }

  // What units reported, month by month: published reports only (drafts are not figures yet).
  let activities = db
    .selectFrom('activities')
    .selectAll()
    .where('state', '=', 'published')
    .where('month', '>=', whole.from.slice(0, 7))
    .where('month', '<=', whole.to.slice(0, 7));
  if (unit) activities = activities.where('unit_id', '=', unit);
  for (const row of await activities.execute()) {
    const day = activityDay(row.month);
    for (const key of ['conferences', 'trainings', 'contests', 'participants', 'copies'] as const)
      add(day, key, row[key]);
    if (!inPeriod(day, period)) continue;
    const target = unitRow(row.unit_id);
    target.activities += row.conferences + row.trainings + row.contests;
    target.participants += row.participants;
    target.copies += row.copies;
  }

  for (const tally of [current, before, ...byBucket.values()]) tally.totals.answerDays = average(tally);
  const names = await unitNames(db, [...unitRows.keys()]);

  return {
    period,
    previous,
    unit,
    granularity,
    kpis: StatsKeys.options.map((key) => ({ key, value: current.totals[key], previous: before.totals[key] })),
    series: series.map((bucket: Bucket) => ({
      ...bucket,
      values: (byBucket.get(bucket.key) ?? emptyTally()).totals,
    })),
    units: [...unitRows.values()]
      .map((row) => ({ ...row, name: names.get(row.unitId) ?? row.unitId }))
      .sort(
        (a, b) =>
          b.activities - a.activities ||
          b.documents + b.questionsReceived - (a.documents + a.questionsReceived) ||
          compareVi(a.name, b.name),
      ),
    fields: [...fieldRows.values()]
      .map(({ daysSum, ...row }) => ({
        ...row,
        answerDays:
          row.questionsAnswered === 0 ? null : Math.round((daysSum / row.questionsAnswered) * 10) / 10,
      }))
      .sort(
        (a, b) =>
          b.questionsReceived - a.questionsReceived ||
          b.documents - a.documents ||
          compareCodes(a.field, b.field),
      ),
    documentTypes: [...documentTypes.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareCodes(a.value, b.value)),
    sites: [...sites.values()].sort((a, b) => b.impressions - a.impressions || compareCodes(a.site, b.site)),
    contests: await contestFigures(db, period, unit),
    feedback: await feedbackFigures(db, period, unit),
    activityArticles: await activityArticles(db, period, unit),
  };
}

/** Short names where units have them: they fit beside a bar. */
async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name', 'short_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.short_name ?? row.name]));
}
