import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticlePage, StatsReport } from '@pbgdpl/contract';
import { ACTIVITY_ARTICLE_CATEGORIES } from '@pbgdpl/contract/values';
import { currentConsents } from '../src/questions/consent-texts.ts';
import { documentFeedbackRepository } from '../src/repositories/document-feedback.ts';
import { questionsRepository } from '../src/repositories/questions.ts';
import { videosRepository } from '../src/repositories/videos.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { demoVideos } from './demo-content.ts';
import { addDocuments, documentInput, json, makeApp, makeDocumentsApp, type TestApp } from './helpers.ts';

const ADMIN = 'stats-admin-token-0123456789abcdef';

/**
 * Known inputs around the edges of 2025 in Vietnam time (UTC+7): a beacon at 17:30 UTC on
 * 31/12/2024 is already 1/1/2025 there. Expected figures are written out by hand below,
 * not computed by the code under test.
 */
const DOCUMENTS = [
  { at: '2024-12-31T17:30:00Z', type: 'quyet-dinh', issuerId: 'so-tu-phap', fields: ['dat-dai'] }, // VN 01/01/2025, Q1
  { at: '2025-05-20T03:00:00Z', type: 'ke-hoach', issuerId: 'tay-ninh', fields: ['tu-phap', 'dat-dai'] }, // Q2
  { at: '2025-11-09T03:00:00Z', type: 'quyet-dinh', issuerId: 'so-tu-phap', fields: ['tu-phap'] }, // Q4
  { at: '2025-12-31T17:30:00Z', type: 'quyet-dinh', issuerId: 'so-tu-phap', fields: ['tu-phap'] }, // VN 2026: outside
  { at: '2024-07-01T03:00:00Z', type: 'chi-thi', issuerId: 'tay-ninh', fields: ['y-te'] }, // previous period
] as const;

const QUESTIONS = [
  // received, answered (or null), field, unit
  {
    received: '2025-01-10T02:00:00Z',
    answered: '2025-01-14T02:00:00Z',
    field: 'dat-dai',
    unitId: 'so-tu-phap',
  }, // 4 days
  {
    received: '2025-02-01T02:00:00Z',
    answered: '2025-02-03T14:00:00Z',
    field: 'dat-dai',
    unitId: 'so-tu-phap',
  }, // 2.5 days
  { received: '2025-08-01T02:00:00Z', answered: null, field: 'hon-nhan-gia-dinh', unitId: 'tay-ninh' },
  { received: '2024-12-20T02:00:00Z', answered: '2025-01-02T02:00:00Z', field: 'y-te', unitId: null }, // received before, answered in (13 days)
  { received: '2024-06-01T02:00:00Z', answered: '2024-06-05T02:00:00Z', field: 'y-te', unitId: null }, // previous: 4 days
] as const;

const VIDEOS = [
  { at: '2025-03-01T03:00:00Z', unitId: 'so-tu-phap', published: true },
  { at: '2025-09-01T03:00:00Z', unitId: null, published: true },
  { at: '2025-09-02T03:00:00Z', unitId: null, published: false },
] as const;

/** [time, subject, type, unit, page view] — sent through POST /events as widgets do. */
const EVENTS: Array<[string, 'video' | 'banner', 'play' | 'impression' | 'click', string | null, string]> = [
  ['2025-01-05T03:00:00Z', 'banner', 'impression', 'so-tu-phap', 'pageview-0001'],
  ['2025-01-05T03:00:00Z', 'banner', 'click', 'so-tu-phap', 'pageview-0001'],
  ['2025-01-06T03:00:00Z', 'banner', 'impression', null, 'pageview-0002'],
  ['2025-04-06T03:00:00Z', 'video', 'play', 'so-tu-phap', 'pageview-0003'],
  ['2025-04-06T03:00:00Z', 'video', 'play', 'so-tu-phap', 'pageview-0003'], // duplicate: counted once
  ['2025-12-31T16:59:00Z', 'video', 'play', null, 'pageview-0004'], // VN 31/12 23:59: in
  ['2025-12-31T17:01:00Z', 'video', 'play', null, 'pageview-0005'], // VN 01/01/2026: out
  ['2024-10-10T03:00:00Z', 'banner', 'impression', null, 'pageview-0006'], // previous
];

const ACTIVITIES = [
  {
    unitId: 'so-tu-phap',
    month: '2025-03',
    conferences: 3,
    trainings: 2,
    contests: 1,
    participants: 900,
    copies: 5000,
    note: null,
  },
  {
    unitId: 'tay-ninh',
    month: '2025-11',
    conferences: 1,
    trainings: 0,
    contests: 1,
    participants: 1200,
    copies: 300,
    note: null,
  },
  {
    unitId: 'so-tu-phap',
    month: '2024-11',
    conferences: 2,
    trainings: 1,
    contests: 0,
    participants: 100,
    copies: 10,
    note: null,
  },
];

async function call(t: TestApp, path: string, init: RequestInit = {}) {
  return t.app.request(`/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json', ...init.headers },
  });
}

/** The number's code names the type, as the contract checks. */
const TYPE_CODE: Record<string, string> = { 'quyet-dinh': 'QĐ', 'ke-hoach': 'KH', 'chi-thi': 'CT' };

async function fill(t: TestApp): Promise<void> {
  for (const doc of DOCUMENTS) {
    t.clock.set(doc.at);
    await addDocuments(t, [
      documentInput({
        number: `${doc.at.slice(0, 10)}/${TYPE_CODE[doc.type]}`,
        type: doc.type,
        issuerId: doc.issuerId,
        fields: [...doc.fields],
      }),
    ]);
  }
  t.clock.set('2025-06-01T00:00:00Z');
  await addDocuments(t, [documentInput({ number: 'draft/QĐ', published: false })]);

  const questions = questionsRepository(t.database.db);
  for (const q of QUESTIONS) {
    const { id } = await questions.create(
      {
        name: 'Nguyễn Văn A',
        email: 'a@example.vn',
        phone: null,
        address: null,
        field: q.field,
        unitId: q.unitId,
        title: 'Hỏi về thủ tục',
        body: 'Nội dung câu hỏi đủ dài để hợp lệ.',
        publishName: false,
        consents: currentConsents('vi'),
      },
      new Date(q.received),
    );
    if (q.answered) {
      await questions.answer(
        id,
        {
          html: '<p>Trả lời.</p>',
          text: 'Trả lời.',
          answeredBy: 'Sở Tư pháp',
          answererTitle: 'Chuyên viên',
          documentIds: [],
        },
        new Date(q.answered),
        'test',
      );
    }
  }

  const videos = videosRepository(t.database.db);
  const [sample] = demoVideos();
  for (const v of VIDEOS)
    await videos.create(
      { ...sample!, publishedAt: v.at, unitId: v.unitId, published: v.published },
      new Date(v.at),
    );

  for (const [at, subject, type, unit, pageViewId] of EVENTS) {
    t.clock.set(at);
    const response = await t.app.request('/api/v1/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        pageViewId,
        events: [{ type, subject, subjectId: '1', ...(unit ? { unit } : {}) }],
      }),
    });
    assert.equal(response.status, 202);
  }

  t.clock.set('2025-01-01T00:00:00Z');
  for (const activity of ACTIVITIES) {
    const response = await call(t, '/admin/activities', { method: 'POST', body: JSON.stringify(activity) });
    assert.equal(response.status, 201, await response.clone().text());
  }
}

async function statsApp(): Promise<TestApp> {
  const t = await makeApp({ seed: false, env: { PBGDPL_ADMIN_TOKEN: ADMIN } });
  await seedIfEmpty(t.database.db, t.clock(), { demoContent: false, media: t.config.media });
  await fill(t);
  // Stats are asked for later, when all of 2025 is in the past.
  t.clock.set('2026-02-01T05:00:00Z');
  return t;
}

const kpis = (report: StatsReport) =>
  Object.fromEntries(report.kpis.map((k) => [k.key, [k.value, k.previous]]));

test('the statistics equal the known inputs: KPIs, previous year, quarters, units, fields, sites', async () => {
  const t = await statsApp();
  const response = await t.app.request('/api/v1/stats?from=2025-01-01&to=2025-12-31&granularity=quarter');
  assert.equal(response.status, 200);
  const report = await json<StatsReport>(response);
  assert.deepEqual(report.previous, { from: '2024-01-01', to: '2024-12-31' });
  assert.deepEqual(kpis(report), {
    documents: [3, 1],
    questionsReceived: [3, 2],
    questionsAnswered: [3, 1],
    answerDays: [Math.round(((4 + 2.5 + 13) / 3) * 10) / 10, 4],
    videos: [2, 0],
    videoViews: [2, 0],
    bannerImpressions: [2, 1],
    bannerClicks: [1, 0],
    conferences: [4, 2],
    trainings: [2, 1],
    contests: [2, 0],
    participants: [2100, 100],
    copies: [5300, 10],
  });
  assert.deepEqual(
    report.series.map((b) => [
      b.key,
      b.from,
      b.to,
      b.values.documents,
      b.values.questionsReceived,
      b.values.videoViews,
      b.values.participants,
    ]),
    [
      ['2025-Q1', '2025-01-01', '2025-03-31', 1, 2, 0, 900],
      ['2025-Q2', '2025-04-01', '2025-06-30', 1, 0, 1, 0],
      ['2025-Q3', '2025-07-01', '2025-09-30', 0, 1, 0, 0],
      ['2025-Q4', '2025-10-01', '2025-12-31', 1, 0, 1, 1200],
    ],
  );
  assert.deepEqual(report.units, [
    {
      unitId: 'so-tu-phap',
      name: 'Sở Tư pháp',
      documents: 2,
      questionsReceived: 2,
      activities: 6,
      participants: 900,
      copies: 5000,
    },
    {
      unitId: 'tay-ninh',
      name: 'UBND tỉnh Tây Ninh',
      documents: 1,
      questionsReceived: 1,
      activities: 2,
      participants: 1200,
      copies: 300,
    },
  ]);
  assert.deepEqual(report.fields, [
    { field: 'dat-dai', documents: 2, questionsReceived: 2, questionsAnswered: 2, answerDays: 3.3 },
    {
      field: 'hon-nhan-gia-dinh',
      documents: 0,
      questionsReceived: 1,
      questionsAnswered: 0,
      answerDays: null,
    },
    { field: 'tu-phap', documents: 2, questionsReceived: 0, questionsAnswered: 0, answerDays: null },
    { field: 'y-te', documents: 0, questionsReceived: 0, questionsAnswered: 1, answerDays: 13 },
  ]);
  assert.deepEqual(report.documentTypes, [
    { value: 'quyet-dinh', count: 2 },
    { value: 'ke-hoach', count: 1 },
  ]);
  assert.deepEqual(report.sites, [{ site: '', impressions: 2, clicks: 1 }]);
});

test('one unit: its documents, questions, videos, its sites’ beacons and its reports only', async () => {
  const t = await statsApp();
  const report = await json<StatsReport>(
    await t.app.request('/api/v1/stats?from=2025-01-01&to=2025-12-31&unit=so-tu-phap'),
  );
  assert.deepEqual(kpis(report), {
    documents: [2, 0],
    questionsReceived: [2, 0],
    questionsAnswered: [2, 0],
    answerDays: [3.3, 0],
    videos: [1, 0],
    videoViews: [1, 0],
    bannerImpressions: [1, 0],
    bannerClicks: [1, 0],
    conferences: [3, 2],
    trainings: [2, 1],
    contests: [1, 0],
    participants: [900, 100],
    copies: [5000, 10],
  });
  assert.equal(report.series.length, 12);
  assert.deepEqual(report.series[2]!.values.conferences, 3);
});

test('the roll-up of past days gives the same figures as today’s raw beacons', async () => {
  const t = await statsApp();
  t.clock.set('2025-04-06T10:00:00Z'); // the day of the video plays: read raw
  const raw = await json<StatsReport>(
    await t.app.request('/api/v1/stats?from=2025-04-01&to=2025-04-30&unit=so-tu-phap'),
  );
  t.clock.set('2025-04-08T10:00:00Z'); // two days later: rolled up
  const rolled = await json<StatsReport>(
    await t.app.request('/api/v1/stats?from=2025-04-01&to=2025-04-30&unit=so-tu-phap'),
  );
  assert.equal(kpis(raw).videoViews![0], 1);
  assert.equal(kpis(rolled).videoViews![0], 1);
});

test('CSV: BOM, dd/mm/yyyy, Vietnamese labels, the same figures', async () => {
  const t = await statsApp();
  const response = await t.app.request(
    '/api/v1/stats/export.csv?from=2025-01-01&to=2025-12-31&granularity=year',
  );
  assert.equal(response.status, 200);
  assert.match(response.headers.get('Content-Type')!, /^text\/csv; charset=utf-8/);
  assert.match(response.headers.get('Content-Disposition')!, /thong-ke-pbgdpl-2025-01-01-2025-12-31\.csv/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  const lines = text.split('\r\n');
  assert.equal(lines[1], 'Từ ngày,01/01/2025,Đến ngày,31/12/2025,Đơn vị,Toàn tỉnh');
  assert.ok(lines.includes('Văn bản đăng tải,3,1,01/01/2024,31/12/2024'));
  assert.ok(lines.includes('Lượt người tham dự,2100,100,01/01/2024,31/12/2024'));
  assert.ok(lines.includes('so-tu-phap,Sở Tư pháp,2,2,6,900,5000'));
  assert.ok(lines.some((line) => line.startsWith('2025,01/01/2025,31/12/2025,3,3,3,')));
});

test('bad queries get per-field messages; an unknown unit is named', async () => {
  const t = await makeDocumentsApp();
  const bad = await t.app.request('/api/v1/stats?from=2025-13-01&to=2024-01-01&granularity=week', {
    headers: { 'Accept-Language': 'en' },
  });
  assert.equal(bad.status, 400);
  const problem = await json<{ errors: Record<string, string[]> }>(bad);
  assert.deepEqual(Object.keys(problem.errors).sort(), ['from', 'granularity']);
  const reversed = await json<{ errors: Record<string, string[]> }>(
    await t.app.request('/api/v1/stats?from=2025-02-01&to=2025-01-01'),
  );
  assert.deepEqual(Object.keys(reversed.errors), ['to']);
  const tooLong = await t.app.request('/api/v1/stats?from=2000-01-01&to=2025-01-01');
  assert.equal(tooLong.status, 400);
  const unknown = await t.app.request('/api/v1/stats/export.csv?unit=khong-co');
  assert.equal(unknown.status, 400);
  assert.deepEqual((await json<{ errors: Record<string, string[]> }>(unknown)).errors, {
    unit: ['Không có đơn vị "khong-co"'],
  });
});

test('an empty database gives zeros, every bucket and no rows, by default for this year', async () => {
  const t = await makeDocumentsApp();
  t.clock.set('2026-05-10T00:00:00Z');
  const report = await json<StatsReport>(await t.app.request('/api/v1/stats'));
  assert.deepEqual(report.period, { from: '2026-01-01', to: '2026-12-31' });
  assert.equal(report.series.length, 12);
  assert.ok(report.kpis.every((k) => k.value === 0 && k.previous === 0));
  assert.deepEqual([report.units, report.fields, report.documentTypes, report.sites], [[], [], [], []]);
});

test('the activity figures come with the articles that report the activities of the period and unit', async () => {
  const t = await makeApp();
  const articles = async (query: string) =>
    json<ArticlePage>(await t.app.request(`/api/v1/articles?${query}`));
  const reported = await articles('category=hoat-dong-don-vi&pageSize=1');
  const unit = reported.facets.unit[0]!.value;
  const year = (
    await articles(`category=hoat-dong-don-vi&unit=${unit}&pageSize=1`)
  ).items[0]!.publishedAt.slice(0, 4);
  const expected = await Promise.all(
    ACTIVITY_ARTICLE_CATEGORIES.map((category) =>
      articles(`category=${category}&unit=${unit}&year=${year}&sort=newest&pageSize=100`),
    ),
  );
  const report = await json<StatsReport>(
    await t.app.request(`/api/v1/stats?from=${year}-01-01&to=${year}-12-31&unit=${unit}`),
  );
  const all = expected.flatMap((page) => page.items);
  assert.ok(all.length > 0);
  assert.equal(report.activityArticles.total, all.length);
  const newest = all
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id)
    .slice(0, 5)
    .map((a) => ({ id: a.id, slug: a.slug, title: a.title, publishedAt: a.publishedAt, unitId: unit }));
  assert.deepEqual(report.activityArticles.items, newest);
  const province = await json<StatsReport>(
    await t.app.request(`/api/v1/stats?from=${year}-01-01&to=${year}-12-31`),
  );
  assert.ok(province.activityArticles.total >= report.activityArticles.total);
});

test('feedback figures: received and answered in the period, with the average days, per issuing unit', async () => {
  const t = await makeDocumentsApp();
  const [documentId] = await addDocuments(t, [documentInput()]);
  const feedback = documentFeedbackRepository(t.database.db);
  const sent = async (unitId: string, received: string, answered?: string) => {
    const { id } = await feedback.create(
      {
        name: 'Người Gửi',
        body: 'Điều khoản này chưa rõ cách áp dụng.',
        publishName: false,
        trackingCode: `PA-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
        documentId: documentId!,
        unitId,
        reason: 'unclear',
      },
      new Date(received),
    );
    if (answered)
      await feedback.respond(
        id,
        { html: '<p>Trả lời.</p>', answeredBy: 'Trần Văn Trả Lời', answererTitle: 'Chuyên viên' },
        true,
        new Date(answered),
      );
  };
  // Times in Vietnam (UTC+7): 1 March begins at 28 February 17:00 UTC.
  await sent('tay-ninh', '2026-03-02T03:00:00Z', '2026-03-06T03:00:00Z');
  await sent('tay-ninh', '2026-03-03T03:00:00Z', '2026-03-05T03:00:00Z');
  await sent('xa-hoa-thanh', '2026-02-18T03:00:00Z', '2026-03-07T03:00:00Z');
  await sent('xa-hoa-thanh', '2026-02-28T18:00:00Z');
  await sent('xa-hoa-thanh', '2026-04-02T03:00:00Z');
  const figures = async (query: string) =>
    (await json<StatsReport>(await t.app.request(`/api/v1/stats?from=2026-03-01&to=2026-03-31${query}`)))
      .feedback;
  assert.deepEqual(await figures(''), { received: 3, answered: 3, averageDays: 7.7 });
  assert.deepEqual(await figures('&unit=tay-ninh'), { received: 2, answered: 2, averageDays: 3 });
  assert.deepEqual(await figures('&unit=xa-hoa-thanh'), { received: 1, answered: 1, averageDays: 17 });
  assert.deepEqual(await figures('&unit=phuong-tan-ninh'), { received: 0, answered: 0, averageDays: null });
});
