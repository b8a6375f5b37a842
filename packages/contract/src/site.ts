import { z } from 'zod';
import { SITE_LINK_KINDS } from './values.ts';
import { singleLine } from './text.ts';
import { Slug, WebUrl } from './common.ts';
import { Unit } from './units.ts';

export const SiteLinkKind = z.enum(SITE_LINK_KINDS);

export const SiteLink = z
  .object({ id: Slug, title: singleLine({ min: 1, max: 200 }), url: WebUrl, kind: SiteLinkKind })
  .meta({ id: 'SiteLink' });
export type SiteLink = z.infer<typeof SiteLink>;

export const Site = z
  .object({
    name: z.string(),
    shortName: z.string(),
    description: z.string(),
    url: WebUrl,
    provinceId: Slug,
    units: z.array(Unit),
    links: z.array(SiteLink),
  })
  .meta({ id: 'Site', description: 'The PBGDPL site profile: name, units (current and historical), links' });
export type Site = z.infer<typeof Site>;
