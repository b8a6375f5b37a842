import type { Db } from '../db/schema.ts';
import { numberKey } from '../documents/number-key.ts';
import type { Lang } from '../http/language.ts';
import { ProblemError } from '../http/problem.ts';
import { unknownUnitMessage } from '../http/unknown-unit.ts';
import type { ArticleData } from '../repositories/article-rows.ts';
import { articlesRepository } from '../repositories/articles.ts';
import { mediaRepository } from '../repositories/media.ts';

export type FieldErrors = Record<string, string[]>;

/**
 * What an article names must exist: its unit, its files in the media library (the cover an
 * image), its related documents; an explicit slug must be its own. Errors per field, or null.
 * `id` is the article being replaced; an import passes `slugOf: false` (it matches by slug).
 */
export async function articleProblems(
  db: Db,
  data: ArticleData,
  lang: Lang,
  options: { id?: number; checkSlug: boolean },
): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  const add = (field: string, message: { vi: string; en: string }) =>
    (errors[field] ??= []).push(message[lang]);

  const unit = await db.selectFrom('units').select('id').where('id', '=', data.unitId).executeTakeFirst();
  if (!unit) add('unitId', unknownUnitMessage(data.unitId));

  if (options.checkSlug && data.slug && (await articlesRepository(db).slugTaken(data.slug, options.id)))
    add('slug', {
      vi: `Đường dẫn "${data.slug}" đã được bài viết khác dùng`,
      en: `The slug "${data.slug}" belongs to another article`,
    });

  const files = await mediaRepository(db).byUrls([
    ...(data.cover ? [data.cover.url] : []),
    ...data.attachments.map((a) => a.url),
  ]);
  if (data.cover && files.get(data.cover.url)?.kind !== 'image')
    add('cover.url', {
      vi: 'Ảnh bìa phải là một ảnh trong thư viện tệp',
      en: 'The cover must be an image of the media library',
    });
  data.attachments.forEach((a, i) => {
    const file = files.get(a.url);
    if (!file)
      add(`attachments.${i}.url`, {
        vi: `Không có tệp ${a.url} trong thư viện tệp`,
        en: `There is no file ${a.url} in the media library`,
      });
    // A recording is heard by some readers and read by the others (WCAG 1.2.1).
    else if (file.kind === 'audio' && !a.transcript)
      add(`attachments.${i}.transcript`, {
        vi: 'Tệp âm thanh cần lời thoại (nội dung được đọc) cho người không nghe được',
        en: 'An audio file needs its transcript, for readers who cannot listen',
      });
    else if (file.kind !== 'audio' && a.transcript)
      add(`attachments.${i}.transcript`, {
        vi: 'Chỉ tệp âm thanh mới có lời thoại',
        en: 'Only audio files have a transcript',
      });
  });

  const keys = data.relatedDocuments.map(numberKey);
  const known = keys.length
    ? new Set(
        (await db.selectFrom('documents').select('number_key').where('number_key', 'in', keys).execute()).map(
          (row) => row.number_key,
        ),
      )
    : new Set<string>();
  data.relatedDocuments.forEach((number, i) => {
    if (!known.has(numberKey(number)))
      add(`relatedDocuments.${i}`, {
        vi: `Không có văn bản số ${number}`,
        en: `There is no document numbered ${number}`,
      });
  });

  return Object.keys(errors).length > 0 ? errors : null;
}

/** The problems as a request's 400, said per field. */
export function articleProblem(errors: FieldErrors): ProblemError {
  const count = Object.keys(errors).length;
  return new ProblemError(400, {
    detail: { vi: `Có ${count} trường không hợp lệ.`, en: `${count} field(s) are invalid.` },
    errors,
  });
}
