import { z } from 'zod';
import { EVENT_SUBJECTS, EVENT_TYPES } from './values.ts';
import { singleLine } from './text.ts';

export const EventType = z.enum(EVENT_TYPES);
export const EventSubject = z.enum(EVENT_SUBJECTS);

export const TrackedEvent = z.object({
  type: EventType,
  subject: EventSubject,
  subjectId: singleLine({ min: 1, max: 64 }),
  unit: singleLine({ max: 64 }).optional().describe('The unit whose site shows the widget'),
});
export type TrackedEvent = z.infer<typeof TrackedEvent>;

/**
 * What widgets send with `navigator.sendBeacon` (as text/plain, so no CORS preflight).
 * The server counts each (page view, type, subject, id) once.
 */
export const EventBatch = z
  .object({
    pageViewId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .describe('Random id of one page view, made by the loader'),
    events: z.array(TrackedEvent).min(1).max(50),
  })
  .meta({ id: 'EventBatch' });
export type EventBatch = z.infer<typeof EventBatch>;

export const EventReceipt = z
  .object({ accepted: z.number().int(), duplicates: z.number().int() })
  .meta({ id: 'EventReceipt' });
export type EventReceipt = z.infer<typeof EventReceipt>;
