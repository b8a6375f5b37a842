import type { Site, SiteLink } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Db } from '../db/schema.ts';

/** The site profile without its units and links: stored as key/value rows in site_settings. */
export type SiteSettings = Omit<Site, 'units' | 'links'>;

const SETTING_KEYS = ['name', 'shortName', 'description', 'url', 'provinceId'] as const satisfies Array<
  keyof SiteSettings
>;

export function siteRepository(db: Db) {
  return {
    /** Undefined until every setting is present (an empty database before seeding). */
    async settings(): Promise<SiteSettings | undefined> {
      const rows = await db.selectFrom('site_settings').selectAll().execute();
      const values = new Map(rows.map((row) => [row.key, row.value]));
      const entries = SETTING_KEYS.map((key) => [key, values.get(key)] as const);
      if (entries.some(([, value]) => value === undefined)) return undefined;
      return Object.fromEntries(entries) as SiteSettings;
    },

    async putSettings(settings: SiteSettings): Promise<void> {
      for (const key of SETTING_KEYS) {
        const value = normalizeVi(settings[key]);
        await db
          .insertInto('site_settings')
          .values({ key, value })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
          .execute();
      }
    },

    async links(): Promise<SiteLink[]> {
      return db
        .selectFrom('site_links')
        .select(['id', 'title', 'url', 'kind'])
        .orderBy('position')
        .orderBy('id')
        .execute() as Promise<SiteLink[]>;
    },

    /** Links keep the order they are given in. */
    async putLink(link: SiteLink, position: number): Promise<void> {
      const values = { title: normalizeVi(link.title), url: link.url, kind: link.kind, position };
      await db
        .insertInto('site_links')
        .values({ id: link.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    },
  };
}
