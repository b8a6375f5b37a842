import { z } from 'zod';
import { IsoDateTime, Slug } from './common.ts';
import { AdminQuestionSummary } from './questions.ts';
import { WORKFLOW_KINDS } from './values.ts';
import { ContentState } from './workflow.ts';

export const WorkflowKind = z.enum(WORKFLOW_KINDS);
export type WorkflowKind = z.infer<typeof WorkflowKind>;

export const WorkItem = z
  .object({
    kind: WorkflowKind,
    id: z.number().int(),
    title: z.string(),
    unitId: Slug.nullable(),
    state: ContentState,
    updatedAt: IsoDateTime,
    comment: z.string().nullable().describe("A returned item's last reviewer comment: what to fix"),
  })
  .meta({ id: 'WorkItem' });
export type WorkItem = z.infer<typeof WorkItem>;

/** "Việc của tôi": what waits for the caller, their own work first. */
export const MyWork = z
  .object({
    mine: z
      .array(WorkItem)
      .describe(
        "Drafts, returned and submitted items: a unit's person's, of their unit; an editor's, those they created",
      ),
    questions: z
      .object({
        items: z.array(AdminQuestionSummary).describe('The oldest first, at most 20'),
        total: z.number().int().min(0),
        overdue: z.number().int().min(0),
      })
      .describe("Questions awaiting an answer: a unit's person's, those assigned to their unit"),
    review: z
      .object({
        items: z.array(WorkItem).describe('Waiting longest first, at most 50 of each kind'),
        counts: z.record(WorkflowKind, z.number().int().min(0)),
        total: z.number().int().min(0),
      })
      .nullable()
      .describe("Items submitted for review, for editors and administrators; null for a unit's person"),
  })
  .meta({ id: 'MyWork' });
export type MyWork = z.infer<typeof MyWork>;
