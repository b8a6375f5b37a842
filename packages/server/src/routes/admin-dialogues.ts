import { DIALOGUE_STATE_MOVES, type DialogueState, routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { dialogueNotFound } from '../dialogues/problems.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { scopeOf } from '../http/unit-scope.ts';
import { mediaRepository } from '../repositories/media.ts';
import { type DialogueData, dialoguesRepository } from '../repositories/dialogues.ts';
import { adminDialogueQuestionRoutes } from './admin-dialogue-questions.ts';

const STATE_NAMES: Record<DialogueState, string> = {
  upcoming: 'sắp diễn ra',
  collecting: 'đang nhận câu hỏi',
  live: 'đang diễn ra',
  concluded: 'đã kết thúc',
  archived: 'đã lưu trữ',
};

/** Ids of `table` among `ids` that do not exist. */
async function missing(db: Db, table: 'documents' | 'articles' | 'videos', ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = new Set(
    (await db.selectFrom(table).select('id').where('id', 'in', ids).execute()).map((r) => r.id),
  );
  return ids.filter((id) => !found.has(id));
}

/** What a session names must exist: its unit, documents, articles, recording and files. */
async function checkDialogue(data: DialogueData, c: Context, db: Db): Promise<void> {
  const en = requestLanguage(c) === 'en';
  const errors: Record<string, string[]> = {};
  const say = (field: string, vi: string, english: string) => (errors[field] ??= []).push(en ? english : vi);
  if (!(await db.selectFrom('units').select('id').where('id', '=', data.unitId).executeTakeFirst()))
    say('unitId', `Không có đơn vị "${data.unitId}"`, `There is no unit "${data.unitId}"`);
  const documents = await missing(db, 'documents', data.documentIds);
  if (documents.length)
    say(
      'documentIds',
      `Không có văn bản số ${documents.join(', ')}`,
      `No such documents: ${documents.join(', ')}`,
    );
  const articles = await missing(db, 'articles', data.articleIds);
  if (articles.length)
    say(
      'articleIds',
      `Không có bài viết số ${articles.join(', ')}`,
      `No such articles: ${articles.join(', ')}`,
    );
  if (data.recordingVideoId !== null && (await missing(db, 'videos', [data.recordingVideoId])).length)
    say('recordingVideoId', 'Không có video này', 'No such video');
  const files = await mediaRepository(db).byUrls([
    ...(data.conclusionFile ? [data.conclusionFile] : []),
    ...data.attachments.map((a) => a.url),
  ]);
  if (data.conclusionFile && !files.has(data.conclusionFile))
    say('conclusionFile', 'Tệp không có trong thư viện tệp', 'The file is not in the media library');
  data.attachments.forEach((a, i) => {
    if (!files.has(a.url))
      say(`attachments.${i}.url`, 'Tệp không có trong thư viện tệp', 'The file is not in the media library');
  });
  const count = Object.keys(errors).length;
  if (count > 0)
    throw new ProblemError(400, {
      detail: { vi: `Có ${count} trường không hợp lệ.`, en: `${count} field(s) are invalid.` },
      errors,
    });
}

/**
 * The organisers' routes: sessions (a unit's person drafts their unit's, editors publish the
 * page), the session's own state moving forward, and the moderation of its questions.
 */
export function adminDialogueRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const store = dialoguesRepository;

  registerRoute(app, deps, routes.adminDialogueList, async ({ query }, c) =>
    store(deps.db).adminPage({ ...query, unit: scopeOf(c) ?? query.unit }),
  );

  const { write } = entityRoutes(app, deps, {
    entity: 'dialogue',
    routes: {
      get: routes.adminDialogueGet,
      create: routes.adminDialogueCreate,
      update: routes.adminDialogueUpdate,
      remove: routes.adminDialogueDelete,
    },
    getRoute: 'adminDialogueGet',
    store,
    notFound: dialogueNotFound,
    check: checkDialogue,
    describe: (dialogue) => dialogue.title,
    unit: { ofItem: (dialogue) => dialogue.unit.id, ofData: (data) => data.unitId },
    workflow: {
      stateOf: (dialogue) => dialogue.reviewState,
      setState: (db, id, state, now) => store(db).setState(id, state, now),
      consolePath: (id) => ['dialogues', id],
      routes: { transition: routes.adminDialogueTransition, history: routes.adminDialogueHistory },
    },
  });

  registerRoute(app, deps, routes.adminDialogueSessionState, async ({ params, body }, c) =>
    write(c, params.id, async (db, current) => {
      const allowed: readonly DialogueState[] = DIALOGUE_STATE_MOVES[current.state];
      if (!allowed.includes(body.state))
        throw new ProblemError(409, {
          detail: {
            vi: `Buổi đối thoại đang ở trạng thái "${STATE_NAMES[current.state]}", không chuyển sang "${STATE_NAMES[body.state]}" được.`,
            en: `The session is ${current.state}; it cannot move to ${body.state}.`,
          },
        });
      return store(db).setSessionState(params.id, body.state, deps.clock());
    }),
  );

  adminDialogueQuestionRoutes(app, deps);
}
