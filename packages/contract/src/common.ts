import { z } from 'zod';
import { refuseTextProblems } from './text.ts';

/** Largest page a list endpoint returns; bigger requests are refused, not clamped silently. */
export const MAX_PAGE_SIZE = 100;

export const Problem = z
  .object({
    type: z.string().describe('URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Messages per field, keyed by the field path (e.g. "image.width")'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, in the language asked for' });
export type Problem = z.infer<typeof Problem>;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** The envelope every list endpoint answers with. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Slug ids for units and other human-managed records: stable, readable in URLs. */
export const Slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch nối');

export const IsoDate = z.iso.date().describe('yyyy-mm-dd');

/** How many writes an editable item has had; its ETag is this number in quotes (send it as If-Match). */
export const Version = z.number().int().min(1).describe('Counts writes; the ETag, for If-Match');
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Links we render: only web addresses, never `javascript:` or `data:`. */
export const WebUrl = z.url({ protocol: /^https?$/ }).superRefine(refuseTextProblems('line'));

/** Media may live on our own server (a path) or anywhere on the web. */
export const MediaUrl = z.union([
  z
    .string()
    .regex(/^\/[^/\\]/, 'đường dẫn phải bắt đầu bằng /')
    .superRefine(refuseTextProblems('line')),
  WebUrl,
]);

export const Health = z
  .object({ status: z.literal('ok'), version: z.string(), database: z.enum(['sqlite', 'postgres']) })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
