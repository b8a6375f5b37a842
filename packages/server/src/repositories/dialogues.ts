import {
  type AdminDialogue,
  type AdminDialoguePage,
  type ContentState,
  type Dialogue,
  DIALOGUE_TIME_ZONE,
  type DialogueInput,
  type DialoguePage,
  type DialogueQuery,
  type DialogueState,
  type DialogueSummary,
} from '@pbgdpl/contract';
import { normalizeVi, tokenizeVi } from '@pbgdpl/vi-text';
import type { Selectable, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import { vnDay } from '../stats/stats-period.ts';
import { sanitizeHtml } from '../text/html.ts';
import { dialogueChangesRepository } from './dialogue-changes.ts';
import { submissionConsentsRepository } from './submission-consents.ts';

export type DialogueData = z.output<typeof DialogueInput>;
type DialogueRow = Selectable<Tables['dialogues']>;

/** Questions the public sees: accepted ones and those answered in the session. */
export const PUBLIC_QUESTION_STATUSES = ['accepted', 'answered-in-session'] as const;

/** Sessions still to be held or going on come first (soonest first), then held ones (latest first). */
const HELD: ReadonlySet<DialogueState> = new Set(['concluded', 'archived']);
function publicOrder(a: DialogueSummary, b: DialogueSummary): number {
  const held = Number(HELD.has(a.state)) - Number(HELD.has(b.state));
  if (held !== 0) return held;
  return HELD.has(a.state)
    ? b.startsAt.localeCompare(a.startsAt) || b.id - a.id
    : a.startsAt.localeCompare(b.startsAt) || a.id - b.id;
}

const words = (text: string) => ` ${tokenizeVi(text).join(' ')} `;

const toRow = (data: DialogueData) => {
  const title = normalizeVi(data.title);
  const topic = normalizeVi(data.topic);
  return {
    title,
    topic,
    unit_id: data.unitId,
    fields: JSON.stringify(data.fields),
    target_groups: JSON.stringify(data.targetGroups),
    document_ids: JSON.stringify(data.documentIds),
    article_ids: JSON.stringify(data.articleIds),
    officials: JSON.stringify(
      data.officials.map((o) => ({
        name: normalizeVi(o.name),
        position: normalizeVi(o.position),
        unit: normalizeVi(o.unit),
      })),
    ),
    attachments: JSON.stringify(data.attachments.map((a) => ({ name: normalizeVi(a.name), url: a.url }))),
    starts_at: toDbTime(data.startsAt),
    ends_at: toDbTime(data.endsAt),
    format: data.format,
    place: data.place === null ? null : normalizeVi(data.place),
    online_url: data.onlineUrl,
    livestream_url: data.livestreamUrl,
    conclusion: sanitizeHtml(normalizeVi(data.conclusion)),
    conclusion_file: data.conclusionFile,
    recording_video_id: data.recordingVideoId,
    search_text: words(`${title} ${topic}`),
  };
};

const parse = <T>(json: string) => JSON.parse(json) as T;

/** Dialogue sessions: the editors' view, the public's (published only), and their states. */
export function dialoguesRepository(db: Db) {
  async function unitNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Questions per session in `statuses`. */
  async function questionCounts(ids: number[], statuses: readonly string[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('dialogue_questions')
      .select(['dialogue_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('dialogue_id', 'in', ids)
      .where('status', 'in', [...statuses])
      .groupBy('dialogue_id')
      .execute();
    return new Map(rows.map((row) => [row.dialogue_id, Number(row.n)]));
  }

  const summary = (row: DialogueRow, unitName: string, questions: number): DialogueSummary => {
    const state = row.session_state as DialogueState;
    return {
      id: row.id,
      title: row.title,
      topic: row.topic,
      fields: parse(row.fields),
      targetGroups: parse(row.target_groups),
      unit: { id: row.unit_id, name: unitName },
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      timeZone: DIALOGUE_TIME_ZONE,
      format: row.format as DialogueSummary['format'],
      place: row.place,
      state,
      acceptsQuestions: state === 'collecting' || state === 'live',
      questionCount: questions,
    };
  };

  /** The session as the public sees it; `publishedOnly` documents, articles and video unless an editor asks. */
  async function detail(row: DialogueRow, publishedOnly: boolean): Promise<Dialogue> {
    const unitName = (await unitNames([row.unit_id])).get(row.unit_id) ?? row.unit_id;
    const counts = await questionCounts([row.id], PUBLIC_QUESTION_STATUSES);
    const documentIds = parse<number[]>(row.document_ids);
    const articleIds = parse<number[]>(row.article_ids);
    let documents = db
      .selectFrom('documents')
      .select(['id', 'number', 'title'])
      .where('id', 'in', documentIds);
    if (publishedOnly) documents = documents.where('published', '=', 1);
    let articles = db.selectFrom('articles').select(['id', 'slug', 'title']).where('id', 'in', articleIds);
    if (publishedOnly) articles = articles.where('state', '=', 'published');
    const foundDocs = new Map((documentIds.length ? await documents.execute() : []).map((d) => [d.id, d]));
    const foundArticles = new Map((articleIds.length ? await articles.execute() : []).map((a) => [a.id, a]));
    const held = HELD.has(row.session_state as DialogueState);
    let recording = null;
    if (held && row.recording_video_id !== null) {
      let video = db.selectFrom('videos').select(['id', 'title']).where('id', '=', row.recording_video_id);
      if (publishedOnly) video = video.where('published', '=', 1);
      recording = (await video.executeTakeFirst()) ?? null;
    }
    return {
      ...summary(row, unitName, counts.get(row.id) ?? 0),
      officials: parse(row.officials),
      documents: documentIds.flatMap((id) => foundDocs.get(id) ?? []),
      articles: articleIds.flatMap((id) => foundArticles.get(id) ?? []),
      onlineUrl: row.online_url,
      livestreamUrl: row.livestream_url,
      conclusion: held && row.conclusion !== '' ? row.conclusion : null,
      conclusionFile: held ? row.conclusion_file : null,
      recording,
      attachments: parse(row.attachments),
      updatedAt: row.updated_at,
    };
  }

  async function toAdmin(row: DialogueRow): Promise<AdminDialogue> {
    const pending = await questionCounts([row.id], ['pending']);
    return {
      ...(await detail(row, false)),
      reviewState: row.review_state as ContentState,
      documentIds: parse(row.document_ids),
      articleIds: parse(row.article_ids),
      recordingVideoId: row.recording_video_id,
      conclusionDraft: row.conclusion,
      conclusionFileDraft: row.conclusion_file,
      pendingQuestions: pending.get(row.id) ?? 0,
      version: row.version,
    };
  }

  const byId = (id: number) => db.selectFrom('dialogues').selectAll().where('id', '=', id).executeTakeFirst();

  /** Moves one column group of a session, with its version and time, and tells the live streams. */
  async function change(id: number, set: Updateable<Tables['dialogues']>, now: Date) {
    const updated = await db
      .updateTable('dialogues')
      .set((eb) => ({ ...set, updated_at: toDbTime(now), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!updated) return undefined;
    await dialogueChangesRepository(db).record({ dialogueId: id, kind: 'session', itemId: id }, now);
    return toAdmin(updated);
  }

  return {
    async get(id: number): Promise<AdminDialogue | undefined> {
      const row = await byId(id);
      return row && toAdmin(row);
    },

    async getPublished(id: number): Promise<Dialogue | undefined> {
      const row = await byId(id);
      return row && row.review_state === 'published' ? detail(row, true) : undefined;
    },

    /** A published session's host unit and state, for the public forms. */
    async publishedState(id: number): Promise<{ unitId: string; state: DialogueState } | undefined> {
      const row = await db
        .selectFrom('dialogues')
        .select(['unit_id', 'session_state'])
        .where('id', '=', id)
        .where('review_state', '=', 'published')
        .executeTakeFirst();
      return row && { unitId: row.unit_id, state: row.session_state as DialogueState };
    },

    async unitOf(id: number): Promise<string | undefined> {
      return (await db.selectFrom('dialogues').select('unit_id').where('id', '=', id).executeTakeFirst())
        ?.unit_id;
    },

    async create(data: DialogueData, now: Date): Promise<AdminDialogue> {
      const row = await db
        .insertInto('dialogues')
        .values({ ...toRow(data), created_at: toDbTime(now), updated_at: toDbTime(now) })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAdmin(row);
    },

    update: (id: number, data: DialogueData, now: Date) => change(id, toRow(data), now),
    setState: (id: number, state: ContentState, now: Date) => change(id, { review_state: state }, now),
    setSessionState: (id: number, state: DialogueState, now: Date) =>
      change(id, { session_state: state }, now),

    /** With its questions (and their supports, by cascade) and the askers' consent records. */
    async remove(id: number): Promise<boolean> {
      const questions = await db
        .selectFrom('dialogue_questions')
        .select('id')
        .where('dialogue_id', '=', id)
        .execute();
      await submissionConsentsRepository(db).remove(
        'dialogue-question',
        questions.map((q) => q.id),
      );
      const result = await db.deleteFrom('dialogues').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Published sessions, filtered and ordered in code: a province holds tens a year. */
    async publicPage(query: z.output<typeof DialogueQuery>): Promise<DialoguePage> {
      const rows = await db
        .selectFrom('dialogues')
        .selectAll()
        .where('review_state', '=', 'published')
        .execute();
      const terms = query.q ? tokenizeVi(query.q) : [];
      const matching = rows.filter(
        (row) =>
          (!query.state || row.session_state === query.state) &&
          (!query.unit || row.unit_id === query.unit) &&
          (!query.field || parse<string[]>(row.fields).includes(query.field)) &&
          (!query.year || vnDay(row.starts_at).startsWith(`${query.year}-`)) &&
          // Every word whole, the last one also as the start of a word.
          terms.every((term, i) =>
            i === terms.length - 1
              ? row.search_text.includes(` ${term}`)
              : row.search_text.includes(` ${term} `),
          ),
      );
      const names = await unitNames([...new Set(matching.map((row) => row.unit_id))]);
      const counts = await questionCounts(
        matching.map((row) => row.id),
        PUBLIC_QUESTION_STATUSES,
      );
      const items = matching
        .map((row) => summary(row, names.get(row.unit_id) ?? row.unit_id, counts.get(row.id) ?? 0))
        .sort(publicOrder);
      const start = (query.page - 1) * query.pageSize;
      return {
        items: items.slice(start, start + query.pageSize),
        total: items.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async adminPage(query: {
      unit?: string | undefined;
      state?: DialogueState | undefined;
      reviewState?: ContentState | undefined;
      page: number;
      pageSize: number;
    }): Promise<AdminDialoguePage> {
      let select = db.selectFrom('dialogues');
      if (query.unit) select = select.where('unit_id', '=', query.unit);
      if (query.state) select = select.where('session_state', '=', query.state);
      if (query.reviewState) select = select.where('review_state', '=', query.reviewState);
      const { n } = await select
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await select
        .selectAll()
        .orderBy('starts_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      const items = [];
      for (const row of rows) items.push(await toAdmin(row));
      return { items, total: Number(n), page: query.page, pageSize: query.pageSize };
    },
  };
}
