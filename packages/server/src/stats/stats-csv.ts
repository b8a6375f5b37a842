import type { StatsKey, StatsReport } from '@pbgdpl/contract';
import type { Lang } from '../http/language.ts';
import { csvFile, type CsvValue } from '../text/csv.ts';

type Labels = Record<
  | StatsKey
  | 'title'
  | 'from'
  | 'to'
  | 'unit'
  | 'province'
  | 'indicator'
  | 'current'
  | 'previous'
  | 'bucket'
  | 'unitId'
  | 'unitName'
  | 'activities'
  | 'field'
  | 'type'
  | 'site'
  | 'impressions'
  | 'clicks',
  string
>;

const LABELS: Record<Lang, Labels> = {
  vi: {
    title: 'Thống kê phổ biến, giáo dục pháp luật',
    from: 'Từ ngày',
    to: 'Đến ngày',
    unit: 'Đơn vị',
    province: 'Toàn tỉnh',
    indicator: 'Chỉ tiêu',
    current: 'Kỳ này',
    previous: 'Kỳ trước',
    bucket: 'Kỳ',
    unitId: 'Mã đơn vị',
    unitName: 'Tên đơn vị',
    activities: 'Hoạt động (hội nghị, tập huấn, cuộc thi)',
    field: 'Lĩnh vực',
    type: 'Loại văn bản',
    site: 'Trang nhúng',
    impressions: 'Lượt hiển thị',
    clicks: 'Lượt nhấp',
    documents: 'Văn bản đăng tải',
    questionsReceived: 'Câu hỏi nhận được',
    questionsAnswered: 'Câu hỏi đã trả lời',
    answerDays: 'Số ngày trả lời trung bình',
    videos: 'Video đăng tải',
    videoViews: 'Lượt xem video',
    bannerImpressions: 'Lượt hiển thị banner',
    bannerClicks: 'Lượt nhấp banner',
    conferences: 'Hội nghị, tọa đàm',
    trainings: 'Lớp tập huấn, bồi dưỡng',
    contests: 'Cuộc thi tìm hiểu pháp luật',
    participants: 'Lượt người tham dự',
    copies: 'Bản tài liệu phát hành',
  },
  en: {
    title: 'Legal dissemination and education statistics',
    from: 'From',
    to: 'To',
    unit: 'Unit',
    province: 'Whole province',
    indicator: 'Indicator',
    current: 'This period',
    previous: 'Previous period',
    bucket: 'Period',
    unitId: 'Unit id',
    unitName: 'Unit name',
    activities: 'Activities (conferences, trainings, contests)',
    field: 'Field',
    type: 'Document type',
    site: 'Embedding site',
    impressions: 'Impressions',
    clicks: 'Clicks',
    documents: 'Documents published',
    questionsReceived: 'Questions received',
    questionsAnswered: 'Questions answered',
    answerDays: 'Average days to answer',
    videos: 'Videos published',
    videoViews: 'Video plays',
    bannerImpressions: 'Banner impressions',
    bannerClicks: 'Banner clicks',
    conferences: 'Conferences',
    trainings: 'Trainings',
    contests: 'Legal knowledge contests',
    participants: 'Participants',
    copies: 'Copies of materials',
  },
};

/** dd/mm/yyyy, as Vietnamese spreadsheets expect (en-GB writes the same). */
const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The report as one CSV file of blocks separated by blank lines: header, KPIs, series, units,
 * fields, document types, sites. UTF-8 with a BOM (Excel otherwise reads Vietnamese as
 * Windows-1252), CRLF line ends. Fields and types keep their slugs: stable across languages.
 */
export function statsCsv(report: StatsReport, unitName: string | null, lang: Lang): string {
  const l = LABELS[lang];
  const keys = report.kpis.map((kpi) => kpi.key);
  const answered = (values: Record<StatsKey, number>) => values.questionsAnswered > 0;
  /** An average over no answered question is left empty, not written as 0 days. */
  const figure = (key: StatsKey, values: Record<StatsKey, number>) =>
    key === 'answerDays' && !answered(values) ? null : values[key];
  const now = Object.fromEntries(report.kpis.map((k) => [k.key, k.value])) as Record<StatsKey, number>;
  const before = Object.fromEntries(report.kpis.map((k) => [k.key, k.previous])) as Record<StatsKey, number>;
  const rows: CsvValue[][] = [
    [l.title],
    [l.from, day(report.period.from), l.to, day(report.period.to), l.unit, unitName ?? l.province],
    [],
    [l.indicator, l.current, l.previous, `${l.previous}: ${l.from}`, `${l.previous}: ${l.to}`],
    ...report.kpis.map((kpi) => [
      l[kpi.key],
      figure(kpi.key, now),
      figure(kpi.key, before),
      day(report.previous.from),
      day(report.previous.to),
    ]),
    [],
    [l.bucket, l.from, l.to, ...keys.map((key) => l[key])],
    ...report.series.map((bucket) => [
      bucket.key,
      day(bucket.from),
      day(bucket.to),
      ...keys.map((key) => figure(key, bucket.values)),
    ]),
    [],
    [l.unitId, l.unitName, l.documents, l.questionsReceived, l.activities, l.participants, l.copies],
    ...report.units.map((u) => [
      u.unitId,
      u.name,
      u.documents,
      u.questionsReceived,
      u.activities,
      u.participants,
      u.copies,
    ]),
    [],
    [l.field, l.documents, l.questionsReceived, l.questionsAnswered, l.answerDays],
    ...report.fields.map((f) => [
      f.field,
      f.documents,
      f.questionsReceived,
      f.questionsAnswered,
      f.answerDays,
    ]),
    [],
    [l.type, l.documents],
    ...report.documentTypes.map((t) => [t.value, t.count]),
    [],
    [l.site, l.impressions, l.clicks],
    ...report.sites.map((s) => [s.site, s.impressions, s.clicks]),
  ];
  return csvFile(rows);
}
