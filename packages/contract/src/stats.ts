import { z } from 'zod';
import { FeedbackFigures } from './feedback.ts';
import { ContentState } from './workflow.ts';
import { ROUTES } from './route-table.ts';
import { LANGUAGES, STATS_GRANULARITIES, STATS_KEYS } from './values.ts';
import { multiLine } from './text.ts';
import { IsoDate, MAX_PAGE_SIZE, PageQuery, pageOf, Slug, Version } from './common.ts';
import { DocumentType, LegalField } from './documents.ts';

export const StatsGranularity = z.enum(STATS_GRANULARITIES);
export type StatsGranularity = z.infer<typeof StatsGranularity>;

/** Longest period one request may cover: enough for a five-year plan, bounded so a query stays cheap. */
export const MAX_STATS_DAYS = 366 * 10;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

const periodFields = {
  from: IsoDate.optional().describe('First day (default: 1 January of this year)'),
  to: IsoDate.optional().describe('Last day, included (default: 31 December of this year)'),
  unit: Slug.optional().describe('Only this unit: issuer, unit asked, site showing the widget'),
  granularity: StatsGranularity.default('month'),
};

/** From before to, and not longer than MAX_STATS_DAYS. */
function checkedPeriod<T extends z.ZodObject<typeof periodFields>>(schema: T) {
  return schema
    .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Phải sau ngày bắt đầu' })
    .refine((q) => !q.from || !q.to || dayNumber(q.to) - dayNumber(q.from) < MAX_STATS_DAYS, {
      path: ['to'],
      message: 'Khoảng thời gian tối đa 10 năm',
    });
}

export const StatsQuery = checkedPeriod(z.object(periodFields));
export type StatsQuery = z.input<typeof StatsQuery>;

export const StatsKey = z.enum(STATS_KEYS);
export type StatsKey = z.infer<typeof StatsKey>;

const Count = z.number().min(0);

export const StatsPeriod = z.object({ from: IsoDate, to: IsoDate }).meta({ id: 'StatsPeriod' });
export type StatsPeriod = z.infer<typeof StatsPeriod>;

export const StatsKpi = z
  .object({
    key: StatsKey,
    value: Count,
    previous: Count.describe('The same figure over the previous period of equal length'),
  })
  .meta({ id: 'StatsKpi' });
export type StatsKpi = z.infer<typeof StatsKpi>;

/** One bucket of the time series; `values` holds every key except the average. */
export const StatsBucket = z
  .object({
    key: z.string().describe('2026-03, 2026-Q1 or 2026'),
    from: IsoDate,
    to: IsoDate,
    values: z.record(StatsKey, Count),
  })
  .meta({ id: 'StatsBucket' });
export type StatsBucket = z.infer<typeof StatsBucket>;

export const StatsUnitRow = z
  .object({
    unitId: Slug,
    name: z.string(),
    documents: Count,
    questionsReceived: Count,
    activities: Count.describe('Conferences + trainings + contests'),
    participants: Count,
    copies: Count,
  })
  .meta({ id: 'StatsUnitRow' });
export type StatsUnitRow = z.infer<typeof StatsUnitRow>;

export const StatsFieldRow = z
  .object({
    field: LegalField,
    documents: Count,
    questionsReceived: Count,
    questionsAnswered: Count,
    answerDays: Count.nullable().describe('Average days to answer; null when none was answered'),
  })
  .meta({ id: 'StatsFieldRow' });
export type StatsFieldRow = z.infer<typeof StatsFieldRow>;

/** Only a base: each report row narrows `value`, so it is no OpenAPI component of its own. */
export const StatsCount = z.object({ value: z.string(), count: Count });
export type StatsCount = z.infer<typeof StatsCount>;

export const StatsSiteRow = z
  .object({
    site: z.string().describe('Origin of the embedding site, or "" when unknown'),
    impressions: Count,
    clicks: Count,
  })
  .meta({ id: 'StatsSiteRow' });
export type StatsSiteRow = z.infer<typeof StatsSiteRow>;

/** One round of a published contest: who took part in the period, computed from the attempts. */
export const StatsContestRow = z
  .object({
    contestId: z.number().int(),
    title: z.string(),
    unitId: Slug,
    unitName: z.string(),
    roundId: z.number().int(),
    roundTitle: z.string(),
    startsAt: z.string().describe('ISO date-time the round opens'),
    endsAt: z.string(),
    participants: Count.describe('People who started at least one attempt in the period'),
    attempts: Count.describe('Attempts started in the period'),
    submitted: Count.describe('Of which submitted or closed at the deadline'),
  })
  .meta({ id: 'StatsContestRow' });
export type StatsContestRow = z.infer<typeof StatsContestRow>;

/** An article reporting activities of the period (`ACTIVITY_ARTICLE_CATEGORIES`), to open from the board. */
export const StatsArticle = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    title: z.string(),
    publishedAt: z.string().describe('ISO date-time'),
    unitId: Slug,
  })
  .meta({ id: 'StatsArticle' });
export type StatsArticle = z.infer<typeof StatsArticle>;

export const StatsReport = z
  .object({
    period: StatsPeriod,
    previous: StatsPeriod,
    unit: Slug.nullable(),
    granularity: StatsGranularity,
    kpis: z.array(StatsKpi),
    series: z.array(StatsBucket),
    units: z.array(StatsUnitRow).describe('Most active first'),
    fields: z.array(StatsFieldRow),
    documentTypes: z.array(StatsCount.extend({ value: DocumentType })),
    sites: z.array(StatsSiteRow),
    contests: z
      .array(StatsContestRow)
      .describe('Rounds of published contests that ran in the period (or had attempts in it), by start'),
    feedback: FeedbackFigures.describe(
      'Feedback on documents (of the issuing unit, when one is asked): received in the period, answered in it, and the average days those answers took',
    ),
    activityArticles: z
      .object({ total: Count, items: z.array(StatsArticle).max(5).describe('Newest first') })
      .describe("Published articles reporting the period's activities (of the unit, when one is asked)"),
  })
  .meta({ id: 'StatsReport' });
export type StatsReport = z.infer<typeof StatsReport>;

/** The CSV twin of /stats, beside the route table because it answers text/csv, not JSON. */
export const statsExportRoute = {
  ...ROUTES.statsExport,
  summary: 'The statistics as CSV (UTF-8 with BOM, dd/mm/yyyy) for spreadsheets',
  query: checkedPeriod(
    z.object({
      ...periodFields,
      lang: z.enum(LANGUAGES).optional().describe('Language of the headers (default: Accept-Language)'),
    }),
  ),
};

/** One month of a unit's PBGDPL work as its editor reports it. */
const activityFields = {
  unitId: Slug,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'tháng dạng yyyy-mm')
    .describe('yyyy-mm'),
  conferences: z.number().int().min(0).max(100_000).describe('Hội nghị, tọa đàm'),
  trainings: z.number().int().min(0).max(100_000).describe('Lớp tập huấn, bồi dưỡng'),
  contests: z.number().int().min(0).max(100_000).describe('Cuộc thi tìm hiểu pháp luật'),
  participants: z.number().int().min(0).max(100_000_000).describe('Lượt người tham dự'),
  copies: z.number().int().min(0).max(100_000_000).describe('Bản tài liệu phát hành'),
  note: multiLine({ max: 1000 }).nullable(),
};

export const ActivityInput = z
  .object({ ...activityFields, note: activityFields.note.default(null) })
  .meta({ id: 'ActivityInput' });
export type ActivityInput = z.input<typeof ActivityInput>;

export const Activity = z
  .object({
    id: z.number().int(),
    ...activityFields,
    state: ContentState.describe('Only published reports count in the statistics'),
    version: Version,
    updatedAt: z.string(),
  })
  .meta({ id: 'Activity' });
export type Activity = z.infer<typeof Activity>;

export const AdminActivityQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  unit: Slug.optional().describe("A contributor sees only their own unit's"),
  state: ContentState.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const AdminActivityPage = pageOf(Activity).meta({ id: 'ActivityPage' });
export type AdminActivityPage = z.infer<typeof AdminActivityPage>;
