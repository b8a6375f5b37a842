import {
  MEDIA_EXTENSIONS,
  MEDIA_KINDS,
  MEDIA_TYPES,
  type MediaDetail,
  MediaFileName,
  type MediaItem,
  type MediaRules,
  MediaUploadFields,
  routes,
} from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { Db } from '../db/schema.ts';
import { outsideUnit, versionedWrites } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { type Lang, zodErrorMaps } from '../http/language.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { apiPath, registerRoute } from '../http/route.ts';
import { inScope, scopeOf } from '../http/unit-scope.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { addIssues } from '../http/validate.ts';
import { checkVersion, sendVersion } from '../http/versions.ts';
import { discardReceived, forgetUnused } from '../media/library.ts';
import { readUpload } from '../media/multipart.ts';
import { MediaRefusal } from '../media/refusal.ts';
import { addUpload, type UploadFields } from '../media/upload.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { mediaRepository, parseMediaPath } from '../repositories/media.ts';
import { mediaUsersRepository } from '../repositories/media-users.ts';
import { unitsRepository } from '../repositories/units.ts';

const notFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có tệp số ${id}.`, en: `There is no file ${id}.` } });

const USER_KINDS: Record<Lang, Record<MediaDetail['usedBy'][number]['kind'], string>> = {
  vi: { document: 'Văn bản', video: 'Video', banner: 'Banner', article: 'Bài viết' },
  en: { document: 'Document', video: 'Video', banner: 'Banner', article: 'Article' },
};

/** Refused while items use the file; `errors.usedBy` names each of them. */
const inUse = (detail: MediaDetail, lang: Lang) =>
  new ProblemError(409, {
    detail: {
      vi: `Tệp đang được dùng ở ${detail.usedBy.length} mục; hãy bỏ tệp khỏi các mục đó trước khi xóa.`,
      en: `The file is used by ${detail.usedBy.length} item(s); remove it from them before deleting it.`,
    },
    errors: {
      usedBy: detail.usedBy.map((user) => `${USER_KINDS[lang][user.kind]} ${user.id}: ${user.title}`),
    },
  });

/** A unit's person reads their unit's files and the shared ones (no unit); others are 404. */
const readable = (c: Context<AppEnv>, item: MediaItem) => item.unitId === null || inScope(c, item.unitId);

/** A unit's person changes and deletes their own unit's files only: the shared ones are the editors'. */
function checkOwn(c: Context<AppEnv>, unitId: string | null): void {
  if (!inScope(c, unitId)) throw outsideUnit();
}

async function withUsers(db: Db, item: MediaItem): Promise<MediaDetail> {
  const addresses = await mediaRepository(db).addressesOf(item);
  return { ...item, usedBy: await mediaUsersRepository(db).usersOf(addresses) };
}

/** An upload's text fields and file name, checked with the contract's rules; 400 naming each field. */
async function checkDescription(
  c: Context<AppEnv>,
  db: Db,
  fields: Record<string, string>,
  fileName: string,
): Promise<UploadFields> {
  const lang = requestLanguage(c);
  const errors: Record<string, string[]> = {};
  const parsed = MediaUploadFields.safeParse(fields, { error: zodErrorMaps[lang] });
  if (!parsed.success) addIssues(errors, parsed.error.issues, lang, 'body');
  const name = MediaFileName.safeParse(fileName, { error: zodErrorMaps[lang] });
  if (!name.success)
    addIssues(
      errors,
      name.error.issues.map((issue) => ({ ...issue, path: ['file'] })),
      lang,
      'file',
    );
  const count = Object.keys(errors).length;
  if (count > 0 || !parsed.success)
    throw new ProblemError(400, {
      detail: { vi: `Có ${count} trường không hợp lệ.`, en: `${count} field(s) are invalid.` },
      errors,
    });
  // A unit's person adds to their own unit's files; without a unit, a file is shared.
  const unitId = parsed.data.unitId ?? scopeOf(c);
  if (unitId !== undefined) checkOwn(c, unitId);
  if (unitId !== undefined && !(await unitsRepository(db).exists(unitId)))
    throw unknownUnitProblem('unitId', unitId, lang);
  return { ...parsed.data, unitId };
}

/**
 * The media library: list and search, the rules a file must meet, upload (streamed,
 * checked from its bytes, see `media/`), read with the items using the file, change its words
 * (If-Match), and delete what nothing uses. Editors reach every file; a unit's person (a
 * contributor) lists their unit's and the shared files, and adds, changes and deletes their
 * unit's only.
 */
export function adminMediaRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { media } = deps.config;
  registerRoute(app, deps, routes.adminMediaList, async ({ query }, c) =>
    mediaRepository(deps.db).page({ ...query, scope: scopeOf(c) }),
  );

  registerRoute(app, deps, routes.adminMediaRules, async () => ({
    kinds: Object.fromEntries(
      MEDIA_KINDS.map((kind) => [
        kind,
        {
          maxBytes: media.maxBytes[kind],
          types: Object.keys(MEDIA_TYPES[kind]),
          extensions: [...MEDIA_EXTENSIONS[kind]],
        },
      ]),
    ) as MediaRules['kinds'],
  }));

  registerRoute(app, deps, routes.adminMediaUpload, async ({ query }, c) => {
    const lang = requestLanguage(c);
    try {
      const upload = await readUpload(c, media, query.use);
      let fields: UploadFields;
      try {
        fields = await checkDescription(c, deps.db, upload.fields, upload.fileName);
      } catch (error) {
        await discardReceived(upload.received);
        throw error;
      }
      const item = await addUpload(
        { config: media, db: deps.db, now: deps.clock(), actor: c.get('principal').name },
        upload.received,
        upload.fileName,
        fields,
      );
      c.header('Location', apiPath('adminMediaGet', { id: item.id }));
      sendVersion(c, item);
      return item;
    } catch (error) {
      throw error instanceof MediaRefusal ? error.problem(lang) : error;
    }
  });

  registerRoute(app, deps, routes.adminMediaGet, async ({ params }, c) => {
    const item = await mediaRepository(deps.db).get(params.id);
    if (!item || !readable(c, item)) throw notFound(params.id);
    sendVersion(c, item);
    return withUsers(deps.db, item);
  });

  const write = versionedWrites(deps, {
    load: (db, id) => mediaRepository(db).get(id),
    notFound,
    visible: readable,
    afterWrite: (db, c, item, action) =>
      auditLogRepository(db).record('media', item.id, {
        at: deps.clock(),
        actor: c.get('principal').name,
        action,
        detail: item.title,
      }),
  });

  registerRoute(app, deps, routes.adminMediaUpdate, async ({ params, body }, c) => {
    const item = await write(c, params.id, async (trx, before) => {
      checkOwn(c, before.unitId);
      if (body.unitId !== undefined) checkOwn(c, body.unitId);
      if (body.unitId && !(await unitsRepository(trx).exists(body.unitId)))
        throw unknownUnitProblem('unitId', body.unitId, requestLanguage(c));
      return mediaRepository(trx).update(params.id, body, deps.clock());
    });
    return withUsers(deps.db, item);
  });

  registerRoute(app, deps, routes.adminMediaDelete, async ({ params }, c) => {
    const keys = await deps.db.transaction().execute(async (trx) => {
      const item = await mediaRepository(trx).get(params.id);
      if (!item || !readable(c, item)) throw notFound(params.id);
      checkOwn(c, item.unitId);
      checkVersion(c, item);
      const detail = await withUsers(trx, item);
      if (detail.usedBy.length > 0) throw inUse(detail, requestLanguage(c));
      await mediaRepository(trx).remove(item.id);
      await auditLogRepository(trx).record('media', item.id, {
        at: deps.clock(),
        actor: c.get('principal').name,
        action: 'deleted',
        detail: item.title,
      });
      return [item.url, ...item.variants.map((v) => v.url)].flatMap((url) => parseMediaPath(url)?.key ?? []);
    });
    await forgetUnused(media, deps.db, keys);
    return undefined;
  });
}
