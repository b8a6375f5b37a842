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
    successorId: Slug.nullable().describe('The first of `successorIds` (kept for clients of v1)'),
    successorIds: z
      .array(Slug)
      .describe('The units that took over its work, in order: e.g. a district’s communes and the province'),
    website: WebUrl.nullable(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

/**
 * A unit as a snapshot file gives it: files written before units had several successors name
 * one `successorId` and no `successorIds`; when both are given, they agree.
 */
export const UnitInput = Unit.extend({ successorIds: z.array(Slug).optional() })
  .refine((unit) => !unit.successorIds || unit.successorId === (unit.successorIds[0] ?? null), {
    path: ['successorId'],
    message:
      'successorId phải là đơn vị đầu tiên của successorIds (successorId must be the first of successorIds)',
  })
  .transform(
    (unit): Unit => ({
      ...unit,
      successorIds: unit.successorIds ?? (unit.successorId ? [unit.successorId] : []),
    }),
  );
