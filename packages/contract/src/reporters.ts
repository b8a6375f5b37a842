import { z } from 'zod';
import { REPORTER_ROLES } from './values.ts';
import { singleLine } from './text.ts';
import { IsoDate, MAX_PAGE_SIZE, PageQuery, pageOf, Slug, Version } from './common.ts';
import { LegalField } from './documents.ts';

export const ReporterRole = z.enum(REPORTER_ROLES);
export type ReporterRole = z.infer<typeof ReporterRole>;

/**
 * Only what the recognition decision makes public: no phone, e-mail or address is stored,
 * so none can leak through the public directory.
 */
const reporterFields = {
  name: singleLine({ min: 2, max: 120 }),
  position: singleLine({ max: 200 }).nullable().describe('Chức vụ, e.g. "Phó Giám đốc Sở Tư pháp"'),
  unitId: Slug,
  role: ReporterRole,
  fields: z.array(LegalField).min(1).max(8),
  termStart: IsoDate.describe('Recognised from'),
  termEnd: IsoDate.nullable().describe('Recognised until; null: no end set'),
  decision: singleLine({ max: 100 }).nullable().describe('Number of the recognition decision'),
};

export const ReporterInput = z
  .object({
    ...reporterFields,
    position: reporterFields.position.default(null),
    termEnd: reporterFields.termEnd.default(null),
    decision: reporterFields.decision.default(null),
  })
  .refine((r) => !r.termEnd || r.termStart <= r.termEnd, {
    path: ['termEnd'],
    message: 'Phải sau ngày bắt đầu nhiệm kỳ',
  })
  .meta({ id: 'ReporterInput' });
export type ReporterInput = z.input<typeof ReporterInput>;

export const Reporter = z
  .object({ id: z.number().int(), ...reporterFields, unitName: z.string(), version: Version })
  .meta({ id: 'Reporter' });
export type Reporter = z.infer<typeof Reporter>;

export const ReporterQuery = PageQuery.extend({
  q: singleLine({ max: 100 }).optional().describe('Name or position, with or without diacritics'),
  unit: Slug.optional(),
  role: ReporterRole.optional(),
  field: LegalField.optional(),
});
export type ReporterQuery = z.input<typeof ReporterQuery>;

export const ReporterPage = pageOf(Reporter).meta({ id: 'ReporterPage' });
export type ReporterPage = z.infer<typeof ReporterPage>;

export const AdminReporterQuery = ReporterQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  current: z
    .enum(['true', 'false'])
    .optional()
    .describe('Only those whose term runs today, or only the others'),
});
