import type { ImageVariant, MediaEdit, MediaItem, MediaKind, Page } from '@pbgdpl/contract';
import { normalizeVi, tokenizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

type MediaRow = Selectable<Tables['media']>;
type VariantRow = Selectable<Tables['media_variants']>;
export type MediaChanges = z.output<typeof MediaEdit>;

/** Every stored file is served at `/media/<key>`. */
export const MEDIA_PREFIX = '/media/';
export const mediaPath = (key: string): string => MEDIA_PREFIX + key;

/** What a new library entry records (the rest is the row's bookkeeping). */
export interface NewMedia {
  key: string;
  name: string;
  title: string;
  alt: string | null;
  caption: string | null;
  kind: MediaKind;
  mediaType: string;
  size: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  pages: number | null;
  unitId: string | null;
  uploadedBy: string;
  variants: Array<{ key: string; width: number; height: number; size: number }>;
}

/** What serving a stored file needs to know of it. */
export interface StoredMedia {
  mediaType: string;
  size: number;
  name: string;
  kind: MediaKind;
  createdAt: string;
}

interface Query {
  page: number;
  pageSize: number;
  q?: string | undefined;
  kind?: MediaKind | undefined;
  unit?: string | undefined;
  uploader?: string | undefined;
  /** A unit's person: only that unit's files and the shared ones (no unit). */
  scope?: string | undefined;
}

const toVariant = (row: Pick<VariantRow, 'key' | 'width' | 'height'>): ImageVariant => ({
  url: mediaPath(row.key),
  width: row.width,
  height: row.height,
});

function toItem(row: MediaRow, variants: VariantRow[]): MediaItem {
  return {
    id: row.id,
    version: row.version,
    url: mediaPath(row.key),
    name: row.name,
    title: row.title,
    alt: row.alt,
    caption: row.caption,
    unitId: row.unit_id,
    kind: row.kind as MediaKind,
    mediaType: row.media_type,
    size: Number(row.size),
    width: row.width,
    height: row.height,
    durationSeconds: row.duration_seconds,
    pages: row.pages,
    variants: variants.map(toVariant),
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Folded words between spaces, so a word matches whole or by its start (see videos). */
const searchText = (name: string, title: string) => ` ${tokenizeVi(`${name}\n${title}`).join(' ')} `;
const line = (value: string | null | undefined) => (value == null ? null : normalizeVi(value));

export function mediaRepository(db: Db) {
  async function variantsOf(ids: number[]): Promise<Map<number, VariantRow[]>> {
    const byMedia = new Map<number, VariantRow[]>();
    if (ids.length === 0) return byMedia;
    const rows = await db
      .selectFrom('media_variants')
      .selectAll()
      .where('media_id', 'in', ids)
      .orderBy('width')
      .execute();
    for (const row of rows) byMedia.set(row.media_id, [...(byMedia.get(row.media_id) ?? []), row]);
    return byMedia;
  }

  async function items(rows: MediaRow[]): Promise<MediaItem[]> {
    const variants = await variantsOf(rows.map((row) => row.id));
    return rows.map((row) => toItem(row, variants.get(row.id) ?? []));
  }

  return {
    /** Newest first; every folded word of `q` must occur in the name or title (the last as a prefix). */
    async page(query: Query): Promise<Page<MediaItem>> {
      let base = db.selectFrom('media');
      const { scope } = query;
      if (scope !== undefined)
        base = base.where((eb) => eb.or([eb('unit_id', '=', scope), eb('unit_id', 'is', null)]));
      if (query.kind) base = base.where('kind', '=', query.kind);
      if (query.unit) base = base.where('unit_id', '=', query.unit);
      if (query.uploader) base = base.where('uploaded_by', '=', normalizeVi(query.uploader));
      const words = tokenizeVi(query.q ?? '');
      words.forEach((word, i) => {
        base = base.where('search_text', 'like', i === words.length - 1 ? `% ${word}%` : `% ${word} %`);
      });
      const { total } = await base
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { items: await items(rows), total: Number(total), page: query.page, pageSize: query.pageSize };
    },

    async get(id: number): Promise<MediaItem | undefined> {
      const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
      return row && (await items([row]))[0];
    },

    /** Inside the transaction that stored its files. */
    async create(media: NewMedia, now: Date): Promise<MediaItem> {
      const at = toDbTime(now);
      const name = normalizeVi(media.name);
      const title = normalizeVi(media.title);
      const { id } = await db
        .insertInto('media')
        .values({
          key: media.key,
          name,
          title,
          alt: line(media.alt),
          caption: line(media.caption),
          kind: media.kind,
          media_type: media.mediaType,
          size: media.size,
          width: media.width,
          height: media.height,
          duration_seconds: media.durationSeconds,
          pages: media.pages,
          unit_id: media.unitId,
          uploaded_by: media.uploadedBy,
          search_text: searchText(name, title),
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (media.variants.length > 0)
        await db
          .insertInto('media_variants')
          .values(media.variants.map((v) => ({ media_id: id, ...v })))
          .execute();
      const item = await this.get(id);
      if (!item) throw new Error(`media ${id} vanished after insert`);
      return item;
    },

    /** Changes only the fields given. */
    async update(id: number, changes: MediaChanges, now: Date): Promise<MediaItem | undefined> {
      const row = await db
        .selectFrom('media')
        .select(['name', 'title'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const title = changes.title === undefined ? row.title : normalizeVi(changes.title);
      await db
        .updateTable('media')
        .set((eb) => ({
          title,
          search_text: searchText(row.name, title),
          ...(changes.alt === undefined ? {} : { alt: line(changes.alt) }),
          ...(changes.caption === undefined ? {} : { caption: line(changes.caption) }),
          ...(changes.unitId === undefined ? {} : { unit_id: changes.unitId }),
          updated_at: toDbTime(now),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .execute();
      return this.get(id);
    },

    /** Removes the entry (its variants with it); its stored files are the caller's to forget. */
    async remove(id: number): Promise<void> {
      await db.deleteFrom('media_variants').where('media_id', '=', id).execute();
      await db.deleteFrom('media').where('id', '=', id).execute();
    },

    /** Whether any entry still names `key`, as its file or a variant. */
    async isStored(key: string): Promise<boolean> {
      const own = await db.selectFrom('media').select('id').where('key', '=', key).limit(1).execute();
      if (own.length > 0) return true;
      const variant = await db
        .selectFrom('media_variants')
        .select('key')
        .where('key', '=', key)
        .limit(1)
        .execute();
      return variant.length > 0;
    },

    /** A stored file by key, as served: an entry's own file, or one of its variants (WebP). */
    async stored(key: string): Promise<StoredMedia | undefined> {
      const own = await db
        .selectFrom('media')
        .select(['media_type', 'size', 'name', 'kind', 'created_at'])
        .where('key', '=', key)
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (own)
        return {
          mediaType: own.media_type,
          size: Number(own.size),
          name: own.name,
          kind: own.kind as MediaKind,
          createdAt: own.created_at,
        };
      const variant = await db
        .selectFrom('media_variants as v')
        .innerJoin('media as m', 'm.id', 'v.media_id')
        .select(['v.size', 'v.width', 'm.name', 'm.created_at'])
        .where('v.key', '=', key)
        .limit(1)
        .executeTakeFirst();
      return (
        variant && {
          mediaType: 'image/webp',
          size: Number(variant.size),
          name: `${variant.name.replace(/\.[^.]+$/, '')}-${variant.width}.webp`,
          kind: 'image',
          createdAt: variant.created_at,
        }
      );
    },

    /** The library's entries at these addresses (`/media/<key>`), by address; others are left out. */
    async byUrls(urls: readonly string[]): Promise<Map<string, MediaItem>> {
      const keys = [...new Set(urls.filter((url) => url.startsWith(MEDIA_PREFIX)))].map((url) =>
        url.slice(MEDIA_PREFIX.length),
      );
      if (keys.length === 0) return new Map();
      const rows = await db.selectFrom('media').selectAll().where('key', 'in', keys).orderBy('id').execute();
      // Entries sharing one file (uploaded twice) are one file: the first entry names it.
      return new Map((await items(rows)).reverse().map((item) => [item.url, item]));
    },

    /** The variants of the library images at these addresses (`/media/<key>`), by address. */
    async variantsByUrl(urls: readonly string[]): Promise<Map<string, ImageVariant[]>> {
      const keys = [...new Set(urls.filter((url) => url.startsWith(MEDIA_PREFIX)))].map((url) =>
        url.slice(MEDIA_PREFIX.length),
      );
      const byUrl = new Map<string, ImageVariant[]>();
      if (keys.length === 0) return byUrl;
      const rows = await db
        .selectFrom('media_variants as v')
        .innerJoin('media as m', 'm.id', 'v.media_id')
        .select(['m.key as original', 'v.key', 'v.width', 'v.height'])
        .where('m.key', 'in', keys)
        .orderBy('m.id')
        .orderBy('v.width')
        .execute();
      for (const row of rows) {
        const url = mediaPath(row.original);
        const list = byUrl.get(url) ?? [];
        // Entries sharing one file share its variants: each width once.
        if (!list.some((v) => v.width === row.width)) byUrl.set(url, [...list, toVariant(row)]);
      }
      return byUrl;
    },
  };
}
