import { z } from 'zod';
import { Slug } from './common.ts';
import { LegalField } from './documents.ts';
import { QuestionUnit } from './questions.ts';

/** Where a question of one legal field goes when it was not asked on a unit's site. */
export const QuestionRoute = z
  .object({ field: LegalField, unit: QuestionUnit.nullable().describe('Null: to the editors') })
  .meta({ id: 'QuestionRoute' });
export type QuestionRoute = z.infer<typeof QuestionRoute>;

/** Whether a unit's contributors publish their answers themselves or send them for approval. */
export const UnitAnswerRight = z
  .object({
    unit: QuestionUnit,
    publishesAnswers: z.boolean().describe('False: an editor approves and publishes its answers'),
  })
  .meta({ id: 'UnitAnswerRight' });
export type UnitAnswerRight = z.infer<typeof UnitAnswerRight>;

export const QuestionRouting = z
  .object({
    fields: z.array(QuestionRoute).describe('Every legal field, in the order of the list of fields'),
    units: z.array(UnitAnswerRight).describe('Every unit, by name'),
  })
  .meta({ id: 'QuestionRouting' });
export type QuestionRouting = z.infer<typeof QuestionRouting>;

/** The whole table at once: a field left out goes to the editors. */
export const QuestionRoutingInput = z
  .object({
    fields: z
      .array(z.object({ field: LegalField, unit: Slug }))
      .max(100)
      .refine((routes) => new Set(routes.map((r) => r.field)).size === routes.length, {
        message: 'Mỗi lĩnh vực chỉ được chuyển đến một đơn vị',
      }),
  })
  .meta({ id: 'QuestionRoutingInput' });
export type QuestionRoutingInput = z.input<typeof QuestionRoutingInput>;

export const UnitAnswerRightInput = z
  .object({ publishesAnswers: z.boolean() })
  .meta({ id: 'UnitAnswerRightInput' });
export type UnitAnswerRightInput = z.input<typeof UnitAnswerRightInput>;

export const UnitParam = z.object({ unit: Slug });
