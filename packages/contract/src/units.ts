import { z } from 'zod';
import { singleLine } from './text.ts';
import { IsoDate, Slug, WebUrl } from './common.ts';

/**
 * Since 1/7/2025 local government has two levels (province, commune). Districts and merged
 * provinces remain as historical units so old documents and questions keep their issuer.
 */
export const UnitKind = z.enum([
  'province',
  'department',
  'commune',
  'ward',
  'special-zone',
  'former-province',
  'former-district',
  'former-commune',
]);
export type UnitKind = z.infer<typeof UnitKind>;

export const Unit = z
  .object({
    id: Slug,
    name: singleLine({ min: 1, max: 200 }),
    shortName: singleLine({ max: 80 }).nullable(),
    kind: UnitKind,
    parentId: Slug.nullable(),
    validFrom: IsoDate.nullable(),
    validTo: IsoDate.nullable().describe('Set when the unit was merged or dissolved'),
    successorId: Slug.nullable().describe('The unit that took over its work'),
    website: WebUrl.nullable(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;
