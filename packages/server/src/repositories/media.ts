import type { ImageVariant, MediaEdit, MediaItem, MediaKind, Page } from '@pbgdpl/contract';
import { normalizeVi, tokenizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

type MediaRow = Selectable<Tables['media']>;
type VariantRow = Selectable<Tables['media_variants']>;
export type MediaChanges = z.output<typeof MediaEdit>;

/**
 * An entry's file is served at `/media/<entry id>/<key>`: the key (content hash) names the
 * bytes, shared by entries uploaded with equal bytes; the id names the entry, whose name the
 * download takes. Neither changes (an entry's name is fixed), so the address is immutable.
 * `/media/<key>`, the first form, still serves the first entry of the key.
 */
export const MEDIA_PREFIX = '/media/';
export const mediaPath = (id: number, key: string): string => `${MEDIA_PREFIX}${id}/${key}`;

const MEDIA_URL = /^\/media\/(?:([1-9][0-9]{0,15})\/)?([0-9a-f]{32}\.[a-z0-9]{2,4})$/;

/** `/media/12/<key>` → entry 12's file `<key>`; `/media/<key>` → `<key>` of no entry in particular. */
export function parseMediaPath(url: string): { id: number | undefined; key: string } | undefined {
  const match = MEDIA_URL.exec(url);
  return match?.[2] ? { id: match[1] ? Number(match[1]) : undefined, key: match[2] } : undefined;
}

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

const toVariant = (row: Pick<VariantRow, 'media_id' | 'key' | 'width' | 'height'>): ImageVariant => ({
  url: mediaPath(row.media_id, row.key),
  width: row.width,
  height: row.height,
});

function toItem(row: MediaRow, variants: VariantRow[]): MediaItem {
  return {
    id: row.id,
    version: row.version,
    url: mediaPath(row.id, row.key),
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

    /**
     * A stored file as served at `/media/<id>/<key>`: entry `id`'s own file or one of its
     * variants (WebP), named after that entry; without `id` (`/media/<key>`), the first entry
     * with that file.
     */
    async stored(key: string, id?: number): Promise<StoredMedia | undefined> {
      let own = db.selectFrom('media').where('key', '=', key);
      if (id !== undefined) own = own.where('id', '=', id);
      const entry = await own
        .select(['media_type', 'size', 'name', 'kind', 'created_at'])
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (entry)
        return {
          mediaType: entry.media_type,
          size: Number(entry.size),
          name: entry.name,
          kind: entry.kind as MediaKind,
          createdAt: entry.created_at,
        };
      let variants = db
        .selectFrom('media_variants as v')
        .innerJoin('media as m', 'm.id', 'v.media_id')
        .where('v.key', '=', key);
      if (id !== undefined) variants = variants.where('v.media_id', '=', id);
      const variant = await variants
        .select(['v.size', 'v.width', 'm.name', 'm.created_at'])
        .orderBy('v.media_id')
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

    /**
     * The library's entries at these addresses, by address; others are left out. An address
     * of the first form (`/media/<key>`, shared by entries with equal bytes) gives the first entry.
     */
    async byUrls(urls: readonly string[]): Promise<Map<string, MediaItem>> {
      const wanted = new Map(
        urls.flatMap((url) => {
          const parsed = parseMediaPath(url);
          return parsed ? [[url, parsed] as const] : [];
        }),
      );
      const found = new Map<string, MediaItem>();
      if (wanted.size === 0) return found;
      const parts = [...wanted.values()];
      const ids = parts.flatMap(({ id }) => (id === undefined ? [] : [id]));
      const keys = parts.flatMap(({ id, key }) => (id === undefined ? [key] : []));
      const rows = await db
        .selectFrom('media')
        .selectAll()
        .where((eb) =>
          eb.or([
            ...(ids.length > 0 ? [eb('id', 'in', ids)] : []),
            ...(keys.length > 0 ? [eb('key', 'in', keys)] : []),
          ]),
        )
        .orderBy('id')
        .execute();
      const entries = await items(rows);
      for (const [url, { id, key }] of wanted) {
        const index = rows.findIndex((row) => row.key === key && (id === undefined || row.id === id));
        const item = entries[index];
        if (item) found.set(url, item);
      }
      return found;
    },

    /** The addresses items may name an entry by: its own, and `/media/<key>` while that gives this entry. */
    async addressesOf(item: MediaItem): Promise<string[]> {
      const shared = MEDIA_PREFIX + (parseMediaPath(item.url)?.key ?? '');
      const first = (await this.byUrls([shared])).get(shared);
      return first?.id === item.id ? [item.url, shared] : [item.url];
    },

    /** The variants of the library images at these addresses, by address. */
    async variantsByUrl(urls: readonly string[]): Promise<Map<string, ImageVariant[]>> {
      const entries = await this.byUrls(urls);
      return new Map([...entries].map(([url, item]) => [url, item.variants]));
    },
  };
}
