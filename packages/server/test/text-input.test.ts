import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type AdminContest,
  type AdminDialogue,
  type ContestForm,
  type QuestionForm,
  type ParticipantReceipt,
  type QuestionReceipt,
  routes,
} from '@pbgdpl/contract';
import type { TextKind } from '@pbgdpl/contract/text-rules';
import { z } from 'zod';
import { secretHash } from '../src/contests/secret-token.ts';
import { HOSTILE_TEXTS } from './fixtures/hostile-text.ts';
import { mp3, png } from './fixtures/media-files.ts';
import { contestInput, nextPhone, questionInput as contestQuestionInput, round } from './contests-support.ts';
import { dialogueInput } from './dialogues-support.ts';
import { bannerInput, documentInput, json } from './helpers.ts';
import { type QuestionsApp, questionInput, questionsApp, solve } from './questions-support.ts';

/**
 * One rule for text (`packages/contract/src/text-rules.ts`): every text field of every write
 * route meets the table of hostile inputs and either refuses it (400, naming the field) or
 * stores exactly the expected value. The suite runs on SQLite and again on PostgreSQL, with the
 * same expectations, so both databases give identical statuses and stored values.
 */
type RouteName = keyof typeof routes;
type Json = Record<string, unknown>;

interface Target {
  route: RouteName;
  /** Input path (`a.0.b`) → its kind, and where the stored value is read back when elsewhere. */
  fields: Record<string, { kind: TextKind; storedAt?: string }>;
  /** A valid body; `n` makes it unique where the data needs it (an activity per month). */
  body(n: number): Json;
  send(body: Json, n: number): Promise<Response>;
  /** The item as stored, read back through the admin API (or the database) after a success. */
  read(response: Response): Promise<unknown>;
  /**
   * Sent as multipart/form-data: its text travels as UTF-8, which has no lone surrogates (the
   * client's encoder makes each one U+FFFD before it leaves), so those cases cannot arrive.
   */
  multipart?: true;
}

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], value);

function withValue(body: Json, path: string, value: unknown): Json {
  const copy = structuredClone(body);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  // A body that leaves a group to `send` (consents next to the form token) gets it here.
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => (node[key] ??= {}) as Record<string, unknown>,
    copy,
  );
  parent[last] = value;
  return copy;
}

const html = (text: string) => `<p>${text}</p>`;

async function targets(t: QuestionsApp): Promise<Target[]> {
  const admin = (method: string, path: string, body: unknown) => t.adminCall(method, path, t.editor, body);
  let activityMoves = 0;
  // Files are named by their bytes: every upload is an image of its own size.
  let images = 0;
  const uploadImage = async (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    images += 1;
    form.append('file', new Blob([new Uint8Array(await png(images, 1))]), 'ap-phich.png');
    return t.app.request('/api/v1/admin/media', {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.editor}` },
      body: form,
    });
  };
  let movedReport = 0;
  const readBack = (path: string) => async (response: Response) =>
    json(await admin('GET', `${path}/${(await json<{ id: number }>(response)).id}`, undefined));
  const pending = await t.database.db
    .selectFrom('questions')
    .select('id')
    .where('status', '=', 'pending')
    .orderBy('id')
    .limit(3)
    .execute();
  const [edited, answered, rejected] = pending.map((row) => row.id);
  // The library image an article's cover names, and the recording it attaches with its transcript.
  const articleImage = (await json<{ url: string }>(await uploadImage({}))).url;
  const sound = new FormData();
  sound.append('file', new Blob([new Uint8Array(mp3(40))]), 'giay-moi.mp3');
  const articleSound = (
    await json<{ url: string }>(
      await t.app.request('/api/v1/admin/media', {
        method: 'POST',
        headers: { Authorization: `Bearer ${t.editor}` },
        body: sound,
      }),
    )
  ).url;
  const readQuestion = (id: number | undefined) => async () =>
    json(await admin('GET', `/questions/${id}`, undefined));
  // Open all year round the test clock, so people can register while the suite runs.
  const openContest = contestInput({ rounds: [round('Vòng 1', '2026-01-01T00:00:00+07:00', 24 * 365)] });
  const contest = await json<AdminContest>(await admin('POST', '/contests', openContest));
  const session = await json<AdminDialogue>(await admin('POST', '/dialogues', dialogueInput()));
  await admin('PUT', `/dialogues/${session.id}/session-state`, { state: 'collecting' });
  const libraryFile = await t.database.db
    .selectFrom('media')
    .select('key')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const feedbackDocument = await t.database.db
    .selectFrom('documents')
    .select('id')
    .where('published', '=', 1)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  /** A public form's post from an address of its own, with the form's token, consents and proof of work. */
  const publicForm = (formPath: string, path: string) => async (body: Json, n: number) => {
    const headers = {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `2001:db8:d::${n.toString(16)}`,
    };
    const form = await json<QuestionForm>(await t.app.request(`/api/v1${formPath}`, { headers }));
    t.wait(form.minFillSeconds + 1);
    const consents = {
      version: form.consentVersion,
      processAndAnswer: true,
      publishName: false,
      ...(body.consents as object),
    };
    const proof = form.challenge ? { proofOfWork: await solve(form.challenge) } : {};
    return t.app.request(`/api/v1${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ formToken: form.formToken, ...proof, ...body, consents }),
    });
  };
  const asked = await json<{ id: number }>(
    await publicForm(`/dialogues/${session.id}/form`, `/dialogues/${session.id}/questions`)(
      { name: 'Nguyễn Văn An', phone: '0912345678', body: 'Xin hỏi về hòa giải tranh chấp ranh giới đất?' },
      4000,
    ),
  );
  await admin('POST', `/dialogue-questions/${asked.id}/moderation`, { action: 'accept' });
  const readDialogueQuestion = async () =>
    json(await admin('GET', `/dialogue-questions/${asked.id}`, undefined));
  const feedbackRow = async () =>
    (
      await t.database.db
        .selectFrom('document_feedback')
        .select('id')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;

  return [
    {
      route: 'questionCreate',
      fields: {
        name: { kind: 'line', storedAt: 'sender.name' },
        address: { kind: 'line', storedAt: 'sender.address' },
        title: { kind: 'line' },
        body: { kind: 'lines' },
      },
      body: () => ({}),
      async send(body, n) {
        const client = `198.51.100.${n + 1}`;
        const form = await t.form(client);
        t.wait(10);
        const input = questionInput(form);
        const consents = { ...input.consents, ...(body.consents as object) };
        return t.post({ ...input, ...body, consents }, { client });
      },
      async read(response) {
        const { trackingCode } = await json<QuestionReceipt>(response);
        const { id } = await t.database.db
          .selectFrom('questions')
          .select('id')
          .where('tracking_code', '=', trackingCode)
          .executeTakeFirstOrThrow();
        return json(await admin('GET', `/questions/${id}`, undefined));
      },
    },
    {
      route: 'adminQuestionEdit',
      fields: { title: { kind: 'line' }, body: { kind: 'lines' } },
      body: () => ({}),
      send: (body) => admin('PATCH', `/questions/${edited}`, body),
      read: readQuestion(edited),
    },
    {
      route: 'adminQuestionAnswer',
      fields: {
        html: { kind: 'html', storedAt: 'answer.html' },
        answeredBy: { kind: 'line', storedAt: 'answer.answeredBy' },
        answererTitle: { kind: 'line', storedAt: 'answer.answererTitle' },
      },
      body: () => ({ html: html('Trả lời.'), answeredBy: 'Sở Tư pháp', answererTitle: 'Phòng Phổ biến' }),
      send: (body) => admin('PUT', `/questions/${answered}/answer`, body),
      read: readQuestion(answered),
    },
    {
      route: 'adminQuestionReject',
      fields: { reason: { kind: 'lines', storedAt: 'rejectReason' } },
      body: () => ({ reason: 'Không thuộc phạm vi.' }),
      send: (body) => admin('PUT', `/questions/${rejected}/rejection`, body),
      read: readQuestion(rejected),
    },
    {
      route: 'adminBannerCreate',
      fields: { title: { kind: 'line' }, alt: { kind: 'line' } },
      body: () => bannerInput,
      send: (body) => admin('POST', '/banners', body),
      read: readBack('/banners'),
    },
    {
      route: 'adminDocumentCreate',
      fields: {
        number: { kind: 'line' },
        title: { kind: 'line' },
        signerName: { kind: 'line' },
        signerTitle: { kind: 'line' },
        scope: { kind: 'line' },
        summary: { kind: 'lines' },
        statusReason: { kind: 'lines' },
        body: { kind: 'html' },
        'attachments.0.name': { kind: 'line' },
        'materials.0.title': { kind: 'line' },
        'materials.0.file.name': { kind: 'line' },
        'materials.0.body': { kind: 'html' },
        'relations.0.targetNumber': { kind: 'line' },
        'relations.0.targetTitle': { kind: 'line' },
      },
      body: (n) => ({
        ...documentInput({ number: `${n + 1}/2026/QĐ-UBND` }),
        // Set by hand, so the reason is kept.
        statusExplicit: true,
        statusReason: 'Một số điều bị bãi bỏ.',
        attachments: [{ name: 'Tệp', url: '/media/documents/a.pdf', mediaType: 'application/pdf', size: 1 }],
        materials: [
          {
            kind: 'press-release',
            title: 'Thông cáo',
            body: html('Nội dung.'),
            file: { name: 'Thông cáo', url: '/media/documents/b.pdf', mediaType: 'application/pdf', size: 1 },
          },
        ],
        relations: [{ type: 'replaces', targetNumber: '12/2020/QĐ-UBND', targetTitle: 'Quyết định cũ' }],
      }),
      send: (body) => admin('POST', '/documents', body),
      read: readBack('/documents'),
    },
    {
      route: 'adminArticleCreate',
      fields: {
        title: { kind: 'line' },
        summary: { kind: 'lines' },
        body: { kind: 'html' },
        authorName: { kind: 'line' },
        'event.place': { kind: 'line' },
        'cover.alt': { kind: 'line' },
        'attachments.0.name': { kind: 'line' },
        'attachments.0.transcript': { kind: 'lines' },
      },
      body: (n) => ({
        title: 'Hội nghị tập huấn công tác hòa giải ở cơ sở',
        // Given, so titles that differ only by refused characters need no slug of their own.
        slug: `hostile-text-${n}`,
        summary: 'Mời các tổ hòa giải dự hội nghị.',
        body: html('Tổ hòa giải phối hợp trưởng ấp.'),
        category: 'thong-bao-giay-moi',
        unitId: 'xa-hoa-thanh',
        authorName: 'Nguyễn Văn An',
        event: { startsAt: '2026-03-10T01:30:00Z', place: 'Hội trường UBND xã Hòa Thạnh' },
        cover: { url: articleImage, alt: 'Áp phích hội nghị' },
        attachments: [{ url: articleSound, name: 'Giấy mời', transcript: 'Kính mời các tổ hòa giải.' }],
        relatedDocuments: [],
      }),
      send: (body) => admin('POST', '/articles', body),
      read: readBack('/articles'),
    },
    {
      route: 'adminContestCreate',
      fields: {
        title: { kind: 'line' },
        description: { kind: 'lines' },
        rules: { kind: 'html' },
        'prizes.0.name': { kind: 'line' },
        'prizes.0.value': { kind: 'line' },
        'rounds.0.title': { kind: 'line' },
      },
      body: () => openContest,
      send: (body) => admin('POST', '/contests', body),
      read: readBack('/contests'),
    },
    {
      route: 'adminContestQuestionCreate',
      fields: {
        text: { kind: 'lines' },
        'options.0': { kind: 'line' },
        explanation: { kind: 'lines' },
        'tags.0': { kind: 'line' },
      },
      body: (n) => contestQuestionInput(contest.id, n, { tags: ['hòa giải'] }),
      send: (body) => admin('POST', '/contest-questions', body),
      read: readBack('/contest-questions'),
    },
    {
      route: 'contestRegister',
      fields: { name: { kind: 'line' }, commune: { kind: 'line' } },
      body: () => ({ name: 'Nguyễn Văn An', birthYear: 1990, commune: 'Xã Hòa Thạnh' }),
      // Each from an address of its own, with a phone number of its own.
      async send(body, n) {
        const headers = {
          'Content-Type': 'application/json',
          'X-Forwarded-For': `2001:db8::${n.toString(16)}`,
        };
        const form = await json<ContestForm>(
          await t.app.request(`/api/v1/contests/${contest.id}/form`, { headers }),
        );
        t.wait(form.minFillSeconds);
        const consents = {
          version: form.consentVersion,
          takePart: true,
          publishResult: true,
          prizeContact: true,
          ...(body.consents as object),
        };
        const proof = form.challenge ? { proofOfWork: await solve(form.challenge) } : {};
        const input = { phone: nextPhone(), formToken: form.formToken, ...proof, ...body, consents };
        return t.app.request(`/api/v1/contests/${contest.id}/participants`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        });
      },
      // No API shows a registration itself (the organisers' CSV lists only those who took part): the row.
      async read(response) {
        const { participantToken } = await json<ParticipantReceipt>(response);
        return t.database.db
          .selectFrom('contest_participants')
          .select(['name', 'commune'])
          .where('token_hash', '=', secretHash(participantToken))
          .executeTakeFirstOrThrow();
      },
    },
    {
      // Its one text, the participant's token, has a format of its own (below).
      route: 'contestAttemptStart',
      fields: {},
      // Well formed but no one's: every case replaces it.
      body: () => ({ participantToken: 'x'.repeat(43) }),
      send: async (body) =>
        t.app.request(`/api/v1/contests/${contest.id}/attempts`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.201' },
          body: JSON.stringify(body),
        }),
      read: async () => undefined,
    },
    {
      route: 'dialogueAsk',
      fields: {
        name: { kind: 'line', storedAt: 'sender.name' },
        organisation: { kind: 'line', storedAt: 'sender.organisation' },
        body: { kind: 'lines' },
      },
      body: () => ({
        name: 'Nguyễn Văn An',
        phone: '0912345678',
        body: 'Xin hỏi về hòa giải tranh chấp ranh giới đất?',
      }),
      send: publicForm(`/dialogues/${session.id}/form`, `/dialogues/${session.id}/questions`),
      read: async (response) =>
        json(
          await admin('GET', `/dialogue-questions/${(await json<{ id: number }>(response)).id}`, undefined),
        ),
    },
    {
      route: 'documentFeedbackCreate',
      fields: {
        name: { kind: 'line', storedAt: 'sender.name' },
        organisation: { kind: 'line', storedAt: 'sender.organisation' },
        provision: { kind: 'line' },
        body: { kind: 'lines' },
      },
      body: () => ({
        name: 'Nguyễn Văn An',
        email: 'an@example.com',
        reason: 'unclear',
        body: 'Điều 3 chưa nói rõ áp dụng cho phường mới sau sắp xếp hay không.',
      }),
      send: publicForm(
        `/documents/${feedbackDocument.id}/feedback/form`,
        `/documents/${feedbackDocument.id}/feedback`,
      ),
      read: async () => json(await admin('GET', `/feedback/${await feedbackRow()}`, undefined)),
    },
    {
      route: 'adminDialogueCreate',
      fields: {
        title: { kind: 'line' },
        topic: { kind: 'lines' },
        place: { kind: 'line' },
        conclusion: { kind: 'html', storedAt: 'conclusionDraft' },
        'officials.0.name': { kind: 'line' },
        'officials.0.position': { kind: 'line' },
        'officials.0.unit': { kind: 'line' },
        'attachments.0.name': { kind: 'line' },
      },
      body: () => dialogueInput({ attachments: [{ name: 'Giấy mời', url: `/media/${libraryFile.key}` }] }),
      send: (body) => admin('POST', '/dialogues', body),
      read: readBack('/dialogues'),
    },
    {
      route: 'adminDialogueQuestionModerate',
      fields: { reason: { kind: 'lines', storedAt: 'rejectReason' } },
      body: () => ({ action: 'reject', reason: 'Không thuộc nội dung buổi đối thoại.' }),
      send: (body) => admin('POST', `/dialogue-questions/${asked.id}/moderation`, body),
      read: readDialogueQuestion,
    },
    {
      route: 'adminDialogueQuestionAnswer',
      fields: {
        html: { kind: 'html', storedAt: 'answer.html' },
        answeredBy: { kind: 'line', storedAt: 'answer.answeredBy' },
        answererTitle: { kind: 'line', storedAt: 'answer.answererTitle' },
      },
      body: () => ({
        html: '<p>Trả lời.</p>',
        answeredBy: 'Lâm Thị Diệu',
        answererTitle: 'Công chức Tư pháp',
      }),
      // The question goes back to accepted first: a rejected one has no answer to write.
      send: async (body) => {
        await admin('POST', `/dialogue-questions/${asked.id}/moderation`, { action: 'accept' });
        return admin('PUT', `/dialogue-questions/${asked.id}/answer`, body);
      },
      read: readDialogueQuestion,
    },
    {
      route: 'adminFeedbackRespond',
      fields: {
        html: { kind: 'html', storedAt: 'response.html' },
        answeredBy: { kind: 'line', storedAt: 'response.answeredBy' },
        answererTitle: { kind: 'line', storedAt: 'response.answererTitle' },
      },
      body: () => ({
        html: '<p>Trả lời.</p>',
        answeredBy: 'Phan Văn Tiến',
        answererTitle: 'Chánh Văn phòng',
        published: false,
      }),
      send: async (body) => admin('PUT', `/feedback/${await feedbackRow()}/response`, body),
      read: async () => json(await admin('GET', `/feedback/${await feedbackRow()}`, undefined)),
    },
    {
      // Its one text names one of the contest's prizes (below); the organisers award it.
      route: 'adminContestPrize',
      fields: {},
      body: () => ({ roundId: contest.rounds[0]!.id, participantId: 1, prize: 'Giải Nhất' }),
      send: (body) => admin('PUT', `/contests/${contest.id}/prizes`, body),
      read: async () => undefined,
    },
    {
      route: 'adminVideoCreate',
      fields: { title: { kind: 'line' }, description: { kind: 'lines' }, transcript: { kind: 'lines' } },
      body: () => ({
        title: 'Tình huống pháp luật',
        category: 'tinh-huong',
        publishedAt: '2026-02-20T02:00:00Z',
        durationSeconds: 95,
        poster: { url: '/media/videos/poster.jpg', width: 480, height: 270 },
        sources: [{ url: '/media/videos/clip.mp4', type: 'video/mp4' }],
      }),
      send: (body) => admin('POST', '/videos', body),
      read: readBack('/videos'),
    },
    {
      route: 'adminActivityCreate',
      fields: { note: { kind: 'lines' } },
      body: (n) => ({
        unitId: 'so-tu-phap',
        month: `${1990 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`,
        conferences: 1,
        trainings: 0,
        contests: 0,
        participants: 10,
        copies: 0,
      }),
      send: (body) => admin('POST', '/activities', body),
      read: readBack('/activities'),
    },
    {
      route: 'adminActivityTransition',
      fields: { comment: { kind: 'lines' } },
      body: () => ({ action: 'unpublish', comment: 'Gỡ để đơn vị rà soát lại.' }),
      // Each move on a report of its own (an editor's report starts published).
      send: async (body) => {
        const month = `19${String(50 + (activityMoves % 40))}-${String((activityMoves++ % 12) + 1).padStart(2, '0')}`;
        const created = await admin('POST', '/activities', {
          unitId: 'so-tu-phap',
          month,
          conferences: 1,
          trainings: 0,
          contests: 0,
          participants: 1,
          copies: 0,
        });
        const { id, version } = await json<{ id: number; version: number }>(created);
        movedReport = id;
        return t.app.request(`/api/v1/admin/activities/${id}/state`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${t.editor}`,
            'Content-Type': 'application/json',
            'If-Match': `"${version}"`,
          },
          body: JSON.stringify(body),
        });
      },
      read: async () => {
        const { items } = await json<{ items: Array<{ comment: string | null }> }>(
          await admin('GET', `/activities/${movedReport}/history`, undefined),
        );
        return { comment: items.at(-1)?.comment };
      },
    },
    {
      route: 'adminMediaUpload',
      fields: { title: { kind: 'line' }, alt: { kind: 'line' }, caption: { kind: 'lines' } },
      body: () => ({ title: 'Áp phích tuyên truyền', alt: 'Áp phích màu vàng', caption: 'Ngày Pháp luật' }),
      send: async (body) => uploadImage(body as Record<string, string>),
      multipart: true,
      read: readBack('/media'),
    },
    {
      route: 'adminMediaUpdate',
      fields: { title: { kind: 'line' }, alt: { kind: 'line' }, caption: { kind: 'lines' } },
      body: () => ({ title: 'Áp phích tuyên truyền', alt: 'Áp phích màu vàng', caption: 'Ngày Pháp luật' }),
      // Each change on a file of its own.
      send: async (body) => {
        const { id, version } = await json<{ id: number; version: number }>(await uploadImage({}));
        return t.app.request(`/api/v1/admin/media/${id}`, {
          method: 'PATCH',
          headers: {
            Authorization: `Bearer ${t.editor}`,
            'Content-Type': 'application/json',
            'If-Match': `"${version}"`,
          },
          body: JSON.stringify(body),
        });
      },
      read: readBack('/media'),
    },
    {
      route: 'adminReporterCreate',
      fields: { name: { kind: 'line' }, position: { kind: 'line' }, decision: { kind: 'line' } },
      body: () => ({
        name: 'Trần Thị Bình',
        unitId: 'so-tu-phap',
        role: 'bao-cao-vien',
        fields: ['dat-dai'],
        termStart: '2025-01-01',
      }),
      send: (body) => admin('POST', '/reporters', body),
      read: readBack('/reporters'),
    },
    {
      route: 'adminUserCreate',
      fields: { name: { kind: 'line' } },
      body: (n) => ({ email: `canbo${n}@sotuphap.vn`, name: 'Nguyễn Văn An', role: 'editor', unitId: null }),
      send: (body) => t.adminCall('POST', '/users', t.admin, body),
      read: async (response) =>
        json(await t.adminCall('GET', `/users/${(await json<{ id: number }>(response)).id}`, t.admin)),
    },
    {
      route: 'adminTokenCreate',
      fields: { name: { kind: 'line' } },
      body: () => ({ name: 'Nhập văn bản từ Sở', role: 'editor', unitId: null }),
      send: (body) => t.adminCall('POST', '/tokens', t.admin, body),
      read: async (response) => {
        const { id } = await json<{ id: number }>(response);
        const { items } = await json<{ items: Array<{ id: number }> }>(
          await t.adminCall('GET', '/tokens', t.admin),
        );
        return items.find((token) => token.id === id);
      },
    },
    {
      route: 'adminSourceCreate',
      fields: { name: { kind: 'line' } },
      body: () => ({
        name: 'CSDL quốc gia về văn bản pháp luật',
        kind: 'instance-ndjson',
        url: 'https://sotuphap.tayninh.gov.vn/api/v1/documents/export.ndjson',
      }),
      send: (body) => t.adminCall('POST', '/sources', t.admin, body),
      read: async (response) =>
        json(await t.adminCall('GET', `/sources/${(await json<{ id: number }>(response)).id}`, t.admin)),
    },
    {
      route: 'events',
      fields: { 'events.0.subjectId': { kind: 'line' }, 'events.0.unit': { kind: 'line' } },
      body: (n) => ({
        pageViewId: `hostile-text-${n}`,
        events: [{ type: 'impression', subject: 'banner', subjectId: '1', unit: 'so-tu-phap' }],
      }),
      send: async (body) =>
        t.app.request('/api/v1/events', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.200' },
          body: JSON.stringify(body),
        }),
      read: async () => {
        const row = await t.database.db
          .selectFrom('events')
          .select(['subject_id', 'unit'])
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        return { events: [{ subjectId: row.subject_id, unit: row.unit }] };
      },
    },
  ];
}

/** Where the value sent at `path` must come back: HTML fields are sent and stored inside a paragraph. */
function expected(kind: TextKind, value: string | 400): string | 400 {
  return value === 400 || kind !== 'html' ? value : html(value);
}

test('every text field of every write route refuses control, surrogate and direction characters, and stores NFC', async () => {
  const t = await questionsApp({ PBGDPL_QUESTIONS_PER_HOUR: '1000', PBGDPL_EVENTS_PER_MINUTE: '100000' });
  const mismatches: string[] = [];
  let n = 0;
  for (const target of await targets(t)) {
    for (const [path, { kind, storedAt = path }] of Object.entries(target.fields)) {
      for (const hostile of HOSTILE_TEXTS) {
        if (target.multipart && /surrogate/.test(hostile.name)) continue;
        n++;
        const sent = kind === 'html' ? html(hostile.value) : hostile.value;
        const want = expected(kind, hostile.expect[kind]);
        const response = await target.send(withValue(target.body(n), path, sent), n);
        const where = `${target.route} ${path} (${hostile.name})`;
        if (want === 400) {
          const problem = response.status === 400 ? await json<{ errors?: Json }>(response) : undefined;
          if (!problem?.errors?.[path])
            mismatches.push(`${where}: ${response.status}, not a 400 naming the field`);
          continue;
        }
        if (response.status >= 300) {
          mismatches.push(`${where}: ${response.status} ${await response.text()}`);
          continue;
        }
        const value = at(await target.read(response), storedAt);
        if (value !== want) mismatches.push(`${where}: stored ${JSON.stringify(value)}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
});

test('the English message names the problem too', async () => {
  const t = await questionsApp();
  const response = await t.adminCall('POST', '/banners', t.editor, { ...bannerInput, title: 'Tên\u0000' });
  assert.equal(response.status, 400);
  const problem = await json<{ errors: Record<string, string[]> }>(response);
  assert.match(problem.errors.title?.[0] ?? '', /ký tự điều khiển/);
  const english = await t.app.request('/api/v1/admin/banners', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${t.editor}`,
      'Content-Type': 'application/json',
      'Accept-Language': 'en',
    },
    body: JSON.stringify({ ...bannerInput, alt: 'A\u202eB' }),
  });
  const englishProblem = await json<{ errors: Record<string, string[]> }>(english);
  assert.match(englishProblem.errors.alt?.[0] ?? '', /text-direction/);
});

test('query words follow the same rule: a NUL in any free-text query parameter is a 400, not a database error', async () => {
  const t = await questionsApp();
  const checked: string[] = [];
  for (const [name, spec] of Object.entries(routes)) {
    const query = 'query' in spec ? (spec.query as z.ZodType | undefined) : undefined;
    if (!query) continue;
    for (const parameter of freeTextPaths(query)) {
      const path = `/api/v1${spec.path.replace(/\{\w+\}/g, '1')}?${parameter}=${encodeURIComponent('đất\u0000đai')}`;
      const headers: Record<string, string> = 'role' in spec ? { Authorization: `Bearer ${t.admin}` } : {};
      const response = await t.app.request(path, { headers });
      const problem = response.status === 400 ? await json<{ errors?: Json }>(response) : undefined;
      assert.ok(problem?.errors?.[parameter], `${name} ${parameter}: ${response.status}`);
      checked.push(`${name} ${parameter}`);
    }
  }
  assert.ok(checked.length >= 6, checked.join(', '));
});

/**
 * Free text: strings with no format, pattern or list of values of their own. A field added to
 * a write route's schema without a row above fails here.
 */
function freeTextPaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const defs = (root.$defs ?? {}) as Record<string, Record<string, unknown>>;
  // A shared part (`Attachment`, `ArticleEvent`) is a `$ref` into `$defs`; `seen` stops a part that contains itself.
  const walk = (node: Record<string, unknown>, path: string[], seen: readonly string[] = []) => {
    const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/$defs/', '') : undefined;
    if (ref !== undefined) {
      if (!seen.includes(ref) && defs[ref]) walk(defs[ref], path, [...seen, ref]);
      return;
    }
    const next = (child: unknown, at: string[]) => walk(child as Record<string, unknown>, at, seen);
    for (const option of [...((node.anyOf as object[]) ?? []), ...((node.oneOf as object[]) ?? [])])
      next(option, path);
    const types = ([] as unknown[]).concat(node.type ?? []);
    if (types.includes('string') && !node.format && !node.pattern && !node.enum && node.const === undefined)
      paths.push(path.join('.'));
    for (const [key, child] of Object.entries((node.properties as Record<string, object>) ?? {}))
      next(child, [...path, key]);
    if (node.items) next(node.items, [...path, '0']);
  };
  walk(root, []);
  return [...new Set(paths)];
}

/** Strings with a format of their own (checked by it, and by the text rule) or never stored. */
const OWN_FORMAT: Partial<Record<RouteName, Record<string, string>>> = {
  questionCreate: {
    email: 'an\u0000@example.com',
    phone: '0912\u0000345678',
    unit: 'so-tu\u0000phap',
    'consents.version': '2026-01\u0000',
    formToken: '1\u0000.abc',
    proofOfWork: 'eyJ\u0000',
    website: '\u0000',
  },
  contestRegister: {
    email: 'an\u0000@example.com',
    phone: '0912\u0000345678',
    idNumber: '0721\u000090001234',
    'consents.version': '2026-01\u0000',
    formToken: '1\u0000.abc',
    proofOfWork: 'eyJ\u0000',
    website: '\u0000',
  },
  contestAttemptStart: { participantToken: 'abc\u0000' },
  dialogueAsk: {
    email: 'an\u0000@example.com',
    phone: '0912\u0000345678',
    'consents.version': '2026-01\u0000',
    formToken: '1\u0000.abc',
    proofOfWork: 'eyJ\u0000',
    website: '\u0000',
  },
  documentFeedbackCreate: {
    email: 'an\u0000@example.com',
    phone: '0912\u0000345678',
    'consents.version': '2026-01\u0000',
    formToken: '1\u0000.abc',
    proofOfWork: 'eyJ\u0000',
    website: '\u0000',
  },
  // A prize is named by one of the contest's own.
  adminContestPrize: { prize: 'Giải Nhất\u0000' },
  // A related document is named by the number of one the browser holds.
  adminArticleCreate: { slug: 'hoa-giai\u0000', 'relatedDocuments.0': '12/2020/QĐ-UBND\u0000' },
};

test('fields with a format of their own refuse a NUL as well', async () => {
  const t = await questionsApp();
  let n = 0;
  for (const target of await targets(t))
    for (const [path, value] of Object.entries(OWN_FORMAT[target.route] ?? {})) {
      n++;
      const response = await target.send(withValue(target.body(n), path, value), n);
      const problem = response.status === 400 ? await json<{ errors?: Json }>(response) : undefined;
      assert.ok(problem?.errors?.[path], `${target.route} ${path}: ${response.status}`);
    }
  assert.equal(n, Object.values(OWN_FORMAT).flatMap((fields) => Object.keys(fields)).length);
});

test('the table covers every free-text field of every write route (updates share their create schema)', async () => {
  const t = await questionsApp();
  const covered = new Map((await targets(t)).map((target) => [target.route, Object.keys(target.fields)]));
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(routes) as [RouteName, (typeof routes)[RouteName]][]) {
    const body = 'body' in spec ? (spec.body as z.ZodType | undefined) : undefined;
    if (spec.method === 'get' || !body) continue;
    const twin = (Object.entries(routes) as [RouteName, { body?: unknown }][]).find(
      ([other, otherSpec]) => covered.has(other) && otherSpec.body === body,
    );
    const fields = covered.get(twin?.[0] ?? name) ?? [];
    for (const path of freeTextPaths(body))
      if (!fields.includes(path) && !(path in (OWN_FORMAT[twin?.[0] ?? name] ?? {})))
        missing.push(`${name} ${path}`);
  }
  assert.deepEqual(missing, []);
});
