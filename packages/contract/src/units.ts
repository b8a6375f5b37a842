import { z } from 'zod';
import { UNIT_KINDS } from './values.ts';
import { singleLine } from './text.ts';
import { IsoDate, Slug, WebUrl } from './common.ts';

export const UnitKind = z.enum(UNIT_KINDS);
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
