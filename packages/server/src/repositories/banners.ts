import type {
  AdminBanner,
  Banner,
  BannerInput,
  BannerPlacement,
  BannerQuery,
  ContentState,
  ImageVariant,
  Page,
} from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { continueIdsAfter } from '../db/dialect.ts';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime, toDbTimeOrNull } from '../db/values.ts';
import { mediaRepository } from './media.ts';
import { stateChange } from '../db/state-change.ts';

export type BannerData = z.output<typeof BannerInput>;
type BannerRow = Selectable<Tables['banners']>;

function toBanner(row: BannerRow, variants: ImageVariant[]): AdminBanner {
  return {
    id: row.id,
    title: row.title,
    alt: row.alt,
    href: row.href,
    image: { url: row.image_url, width: row.image_width, height: row.image_height, variants },
    placement: row.placement as BannerPlacement,
    unitId: row.unit_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    priority: row.priority,
    active: fromDbBool(row.active),
    state: row.state as ContentState,
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function toRow(data: BannerData) {
  return {
    title: normalizeVi(data.title),
    alt: normalizeVi(data.alt),
    href: data.href,
    image_url: data.image.url,
    image_width: data.image.width,
    image_height: data.image.height,
    placement: data.placement,
    unit_id: data.unitId,
    starts_at: toDbTimeOrNull(data.startsAt),
    ends_at: toDbTimeOrNull(data.endsAt),
    priority: data.priority,
    active: toDbBool(data.active),
  };
}

export function bannersRepository(db: Db) {
  /** Banners with the smaller copies of their images, when the images are in the library. */
  async function banners(rows: BannerRow[]): Promise<AdminBanner[]> {
    const variants = await mediaRepository(db).variantsByUrl(rows.map((row) => row.image_url));
    return rows.map((row) => toBanner(row, variants.get(row.image_url) ?? []));
  }

  /** Banners a site may show: published and switched on (their schedule aside). */
  const shown = () =>
    db.selectFrom('banners').where('state', '=', 'published').where('active', '=', toDbBool(true));

  return {
    /** What a site shows now: published, active, inside its schedule, for everyone or for this unit. */
    async listActive(query: BannerQuery, now: Date): Promise<Banner[]> {
      const at = toDbTime(now);
      let select = shown()
        .selectAll()
        .where((eb) => eb.or([eb('starts_at', 'is', null), eb('starts_at', '<=', at)]))
        .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]))
        .where((eb) =>
          query.unit
            ? eb.or([eb('unit_id', 'is', null), eb('unit_id', '=', query.unit)])
            : eb('unit_id', 'is', null),
        );
      if (query.placement) select = select.where('placement', '=', query.placement);
      const found = await banners(await select.orderBy('priority', 'desc').orderBy('id').execute());
      return found.map(({ state: _state, ...banner }) => banner);
    },

    /** The next moment a banner's schedule starts or ends, when the list shown changes by itself. */
    async nextScheduleChange(now: Date): Promise<Date | undefined> {
      const at = toDbTime(now);
      const active = shown();
      const [starts, ends] = await Promise.all([
        active
          .select((eb) => eb.fn.min('starts_at').as('at'))
          .where('starts_at', '>', at)
          .executeTakeFirst(),
        active
          .select((eb) => eb.fn.min('ends_at').as('at'))
          .where('ends_at', '>', at)
          .executeTakeFirst(),
      ]);
      const times = [starts?.at, ends?.at].filter((time): time is string => typeof time === 'string');
      const [first] = times.sort();
      return first === undefined ? undefined : new Date(first);
    },

    async page(query: {
      page: number;
      pageSize: number;
      placement?: BannerPlacement | undefined;
      /** A unit's person sees their unit's banners only. */
      unit?: string | undefined;
    }): Promise<Page<AdminBanner>> {
      let base = db.selectFrom('banners');
      if (query.placement) base = base.where('placement', '=', query.placement);
      if (query.unit) base = base.where('unit_id', '=', query.unit);
      const { total } = await base
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { items: await banners(rows), total: Number(total), page: query.page, pageSize: query.pageSize };
    },

    async all(): Promise<AdminBanner[]> {
      return banners(await db.selectFrom('banners').selectAll().orderBy('id').execute());
    },

    async get(id: number): Promise<AdminBanner | undefined> {
      const row = await db.selectFrom('banners').selectAll().where('id', '=', id).executeTakeFirst();
      return row && (await banners([row]))[0];
    },

    async create(data: BannerData, now: Date): Promise<AdminBanner> {
      const at = toDbTime(now);
      const row = await db
        .insertInto('banners')
        .values({ ...toRow(data), created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return (await banners([row]))[0] as AdminBanner;
    },

    async update(id: number, data: BannerData, now: Date): Promise<AdminBanner | undefined> {
      const row = await db
        .updateTable('banners')
        .set((eb) => ({ ...toRow(data), updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && (await banners([row]))[0];
    },

    /**
     * Its place in the review; the public sees it only when that is `published`. The version
     * moves unless this write moved it already (`versionMoved`).
     */
    async setState(
      id: number,
      state: ContentState,
      now: Date,
      versionMoved = false,
    ): Promise<AdminBanner | undefined> {
      const row = await db
        .updateTable('banners')
        .set(stateChange(state, now, versionMoved))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && (await banners([row]))[0];
    },

    async remove(id: number): Promise<boolean> {
      const result = await db.deleteFrom('banners').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Insert or replace a banner keeping its id, dates and state (import). */
    async put(banner: AdminBanner): Promise<void> {
      const values = {
        ...toRow(banner),
        state: banner.state,
        created_at: toDbTime(banner.createdAt),
        updated_at: toDbTime(banner.updatedAt),
      };
      await db
        .insertInto('banners')
        .values({ id: banner.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
      await continueIdsAfter(db, 'banners');
    },
  };
}
