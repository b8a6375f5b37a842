import { z } from 'zod';
import { BANNER_PLACEMENTS } from './values.ts';
import { singleLine } from './text.ts';
import { IsoDateTime, MediaUrl, PageQuery, pageOf, Slug, Version, WebUrl } from './common.ts';
import { ImageVariant } from './media.ts';
import { ContentState } from './workflow.ts';

export const BannerPlacement = z.enum(BANNER_PLACEMENTS);
export type BannerPlacement = z.infer<typeof BannerPlacement>;

export const BannerImage = z.object({
  url: MediaUrl,
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
});

const bannerFields = {
  title: singleLine({ min: 1, max: 200 }),
  alt: singleLine({ min: 1, max: 300 }).describe('Text alternative of the image'),
  href: WebUrl.describe('Where a click on the banner goes'),
  image: BannerImage,
  placement: BannerPlacement,
  unitId: Slug.nullable().describe('Shown only on this unit’s sites; null shows it everywhere'),
  startsAt: IsoDateTime.nullable(),
  endsAt: IsoDateTime.nullable(),
  priority: z.number().int().min(0).max(1000).describe('Higher shows first'),
  active: z.boolean(),
};

export const Banner = z
  .object({
    id: z.number().int(),
    ...bannerFields,
    image: BannerImage.extend({
      variants: z.array(ImageVariant).describe('Smaller copies for srcset, when the image is in the library'),
    }),
    version: Version,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Banner' });
export type Banner = z.infer<typeof Banner>;

/** A banner as the console sees it: with its place in the review workflow. */
export const AdminBanner = Banner.extend({
  state: ContentState.describe('Only published banners (active, in their schedule) are shown'),
}).meta({ id: 'AdminBanner' });
export type AdminBanner = z.infer<typeof AdminBanner>;

export const BannerInput = z
  .object({
    ...bannerFields,
    unitId: bannerFields.unitId.default(null),
    startsAt: bannerFields.startsAt.default(null),
    endsAt: bannerFields.endsAt.default(null),
    priority: bannerFields.priority.default(0),
    active: bannerFields.active.default(true),
  })
  .refine((b) => !b.startsAt || !b.endsAt || b.startsAt < b.endsAt, {
    path: ['endsAt'],
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu',
  })
  .meta({ id: 'BannerInput' });
export type BannerInput = z.input<typeof BannerInput>;

export const BannerQuery = z.object({
  placement: BannerPlacement.optional(),
  unit: Slug.optional().describe('Include banners for this unit besides those shown everywhere'),
});
export type BannerQuery = z.infer<typeof BannerQuery>;

export const BannerList = z.object({ items: z.array(Banner) }).meta({ id: 'BannerList' });
export type BannerList = z.infer<typeof BannerList>;

export const AdminBannerQuery = PageQuery.extend({ placement: BannerPlacement.optional() });
export const AdminBannerPage = pageOf(AdminBanner).meta({ id: 'BannerPage' });
