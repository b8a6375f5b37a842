import type {
  AdminVideo,
  ContentState,
  ImageVariant,
  LegalField,
  Page,
  Video,
  VideoCaption,
  VideoCategory,
  VideoInput,
  VideoQuery,
  VideoSource,
  VideoSummary,
} from '@pbgdpl/contract';
import { normalizeVi, tokenizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';
import { mediaRepository } from './media.ts';
import { stateChange } from '../db/state-change.ts';

export type VideoData = z.output<typeof VideoInput>;
type PublicQuery = z.output<typeof VideoQuery>;
interface EditorQuery {
  page: number;
  pageSize: number;
  q?: string | undefined;
  /** A unit's person sees their unit's videos only. */
  unit?: string | undefined;
  published?: 'true' | 'false' | undefined;
}
type VideoRow = Selectable<Tables['videos']> & { unit_name: string | null };

const text = (value: string | null) => (value === null ? null : normalizeVi(value));

function toRow(data: VideoData) {
  const title = normalizeVi(data.title);
  const description = normalizeVi(data.description);
  const transcript = text(data.transcript);
  return {
    title,
    description,
    category: data.category,
    unit_id: data.unitId,
    published_at: toDbTime(data.publishedAt),
    duration_seconds: data.durationSeconds,
    poster_url: data.poster.url,
    poster_width: data.poster.width,
    poster_height: data.poster.height,
    sources: JSON.stringify(data.sources),
    youtube_id: data.youtubeId,
    captions: JSON.stringify(data.captions),
    transcript,
    // Folded words between spaces, so a word matches whole (` tam `) or by its start (` tam`).
    search_text: ` ${tokenizeVi([title, description, transcript ?? ''].join('\n')).join(' ')} `,
  };
}

function toAdminVideo(row: VideoRow, fields: string[], variants: ImageVariant[]): AdminVideo {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category as VideoCategory,
    fields: fields as LegalField[],
    unit: row.unit_id === null ? null : { id: row.unit_id, name: row.unit_name ?? row.unit_id },
    publishedAt: row.published_at,
    durationSeconds: row.duration_seconds,
    poster: { url: row.poster_url, width: row.poster_width, height: row.poster_height, variants },
    sources: JSON.parse(row.sources) as VideoSource[],
    youtubeId: row.youtube_id,
    captions: JSON.parse(row.captions) as VideoCaption[],
    transcript: row.transcript,
    published: fromDbBool(row.published),
    state: row.state as ContentState,
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function toVideo({
  published: _p,
  state: _s,
  version: _v,
  createdAt: _c,
  updatedAt: _u,
  ...video
}: AdminVideo): Video {
  return video;
}

function toSummary({ transcript: _t, ...video }: Video): VideoSummary {
  return video;
}

export function videosRepository(db: Db) {
  const selectVideos = () =>
    db
      .selectFrom('videos as v')
      .leftJoin('units as u', 'u.id', 'v.unit_id')
      .selectAll('v')
      .select('u.name as unit_name');

  async function fieldsOf(ids: number[]): Promise<Map<number, string[]>> {
    const byVideo = new Map<number, string[]>();
    if (ids.length === 0) return byVideo;
    const rows = await db
      .selectFrom('video_fields')
      .select(['video_id', 'field'])
      .where('video_id', 'in', ids)
      .orderBy('field')
      .execute();
    for (const row of rows) byVideo.set(row.video_id, [...(byVideo.get(row.video_id) ?? []), row.field]);
    return byVideo;
  }

  /** Videos with their fields and the smaller copies of their posters (when in the library). */
  async function withFields(rows: VideoRow[]): Promise<AdminVideo[]> {
    const fields = await fieldsOf(rows.map((row) => row.id));
    const variants = await mediaRepository(db).variantsByUrl(rows.map((row) => row.poster_url));
    return rows.map((row) => toAdminVideo(row, fields.get(row.id) ?? [], variants.get(row.poster_url) ?? []));
  }

  /** One page, newest first; every folded word of `q` must occur in the folded text. */
  async function page(
    filter: { q?: string | undefined; published?: boolean; category?: string; field?: string; unit?: string },
    page: number,
    pageSize: number,
  ): Promise<Page<AdminVideo>> {
    let base = db.selectFrom('videos as v');
    if (filter.published !== undefined) base = base.where('v.published', '=', toDbBool(filter.published));
    if (filter.category) base = base.where('v.category', '=', filter.category);
    if (filter.unit) base = base.where('v.unit_id', '=', filter.unit);
    if (filter.field) {
      const field = filter.field;
      base = base.where((eb) =>
        eb.exists(
          eb
            .selectFrom('video_fields as f')
            .select('f.video_id')
            .whereRef('f.video_id', '=', 'v.id')
            .where('f.field', '=', field),
        ),
      );
    }
    // Whole words, but the last may be a prefix (the reader may still be typing it). Words are
    // letters and digits only, so they never carry LIKE wildcards.
    const words = tokenizeVi(filter.q ?? '');
    words.forEach((word, i) => {
      base = base.where('v.search_text', 'like', i === words.length - 1 ? `% ${word}%` : `% ${word} %`);
    });
    const { total } = await base
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const ids = await base
      .select('v.id')
      .orderBy('v.published_at', 'desc')
      .orderBy('v.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    const rows = ids.length
      ? await selectVideos()
          .where(
            'v.id',
            'in',
            ids.map((row) => row.id),
          )
          .execute()
      : [];
    const byId = new Map((await withFields(rows)).map((video) => [video.id, video]));
    const items = ids.flatMap((row) => byId.get(row.id) ?? []);
    return { items, total: Number(total), page, pageSize };
  }

  async function putFields(videoId: number, fields: string[]): Promise<void> {
    await db.deleteFrom('video_fields').where('video_id', '=', videoId).execute();
    const unique = [...new Set(fields)];
    if (unique.length)
      await db
        .insertInto('video_fields')
        .values(unique.map((field) => ({ video_id: videoId, field })))
        .execute();
  }

  return {
    async publicPage(query: PublicQuery): Promise<Page<VideoSummary>> {
      const { q, category, field, unit } = query;
      const found = await page({ q, category, field, unit, published: true }, query.page, query.pageSize);
      return { ...found, items: found.items.map((video) => toSummary(toVideo(video))) };
    },

    editorPage(query: EditorQuery): Promise<Page<AdminVideo>> {
      const published = query.published === undefined ? undefined : query.published === 'true';
      return page(
        {
          q: query.q,
          ...(query.unit && { unit: query.unit }),
          ...(published === undefined ? {} : { published }),
        },
        query.page,
        query.pageSize,
      );
    },

    async get(id: number): Promise<AdminVideo | undefined> {
      const row = await selectVideos().where('v.id', '=', id).executeTakeFirst();
      return row && (await withFields([row]))[0];
    },

    /** Missing and unpublished look the same to the public. */
    async getPublished(id: number): Promise<Video | undefined> {
      const video = await this.get(id);
      return video?.published ? toVideo(video) : undefined;
    },

    /**
     * Writes the row and its fields: call inside a transaction (`db.transaction().execute(…)`).
     * Published or a draft as its input says; the console's routes then set its workflow state.
     */
    async create(data: VideoData, now: Date): Promise<AdminVideo> {
      const at = toDbTime(now);
      const { id } = await db
        .insertInto('videos')
        .values({
          ...toRow(data),
          published: toDbBool(data.published),
          state: data.published ? 'published' : 'draft',
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await putFields(id, data.fields);
      const video = await this.get(id);
      if (!video) throw new Error(`video ${id} vanished after insert`);
      return video;
    },

    /** As create: inside a transaction. Whether it is public moves along the workflow only (`setState`). */
    async update(id: number, data: VideoData, now: Date): Promise<AdminVideo | undefined> {
      const result = await db
        .updateTable('videos')
        .set((eb) => ({ ...toRow(data), updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return undefined;
      await putFields(id, data.fields);
      return this.get(id);
    },

    /**
     * Its place in the review; the public sees it exactly when that is `published`. The version
     * moves unless this write moved it already (`versionMoved`).
     */
    async setState(
      id: number,
      state: ContentState,
      now: Date,
      versionMoved = false,
    ): Promise<AdminVideo | undefined> {
      await db
        .updateTable('videos')
        .set({ ...stateChange(state, now, versionMoved), published: toDbBool(state === 'published') })
        .where('id', '=', id)
        .execute();
      return this.get(id);
    },

    async remove(id: number): Promise<boolean> {
      const result = await db.deleteFrom('videos').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
