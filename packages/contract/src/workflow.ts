import { z } from 'zod';
import { IsoDateTime } from './common.ts';
import { multiLine } from './text.ts';
import { CONTENT_STATES, WORKFLOW_ACTIONS } from './values.ts';

export const ContentState = z.enum(CONTENT_STATES);
export type ContentState = z.infer<typeof ContentState>;
export const WorkflowAction = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof WorkflowAction>;

export const TransitionInput = z
  .object({
    action: WorkflowAction,
    comment: multiLine({ max: 2000 }).nullable().default(null).describe("The reviewer's words to the unit"),
  })
  .refine((input) => input.action !== 'return' || (input.comment ?? '').trim() !== '', {
    path: ['comment'],
    message: 'Cần ghi lý do trả lại để đơn vị biết phải sửa gì',
  })
  .meta({ id: 'TransitionInput' });
export type TransitionInput = z.input<typeof TransitionInput>;

export const Transition = z
  .object({
    at: IsoDateTime,
    actor: z.string(),
    from: ContentState.nullable().describe('Null: the item was created'),
    to: ContentState,
    comment: z.string().nullable(),
  })
  .meta({ id: 'Transition' });
export type Transition = z.infer<typeof Transition>;

export const TransitionList = z.object({ items: z.array(Transition) }).meta({ id: 'TransitionList' });
export type TransitionList = z.infer<typeof TransitionList>;
