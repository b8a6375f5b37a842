import { z } from 'zod';
import {
  DOCUMENT_SORTS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  LEGAL_FIELDS,
  MATERIAL_KINDS,
  RELATION_DIRECTIONS,
  RELATION_TYPES,
} from './values.ts';
import { multiLine, richHtml, singleLine } from './text.ts';
import { ContentState } from './workflow.ts';
import {
  IsoDate,
  IsoDateTime,
  MAX_PAGE_SIZE,
  MediaUrl,
  PageQuery,
  pageOf,
  Slug,
  Version,
  WebUrl,
} from './common.ts';
import { UnitKind } from './units.ts';
import { numberFitsType } from './document-number.ts';
import { ImageVariant } from './media.ts';

export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

export const DocumentStatus = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

export const LegalField = z.enum(LEGAL_FIELDS);
export type LegalField = z.infer<typeof LegalField>;

export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const RelationDirection = z.enum(RELATION_DIRECTIONS);
export type RelationDirection = z.infer<typeof RelationDirection>;

export const MaterialKind = z.enum(MATERIAL_KINDS);
export type MaterialKind = z.infer<typeof MaterialKind>;

/** Số ký hiệu as written: `45/2019/QĐ-UBND`, `471/QĐ-TTg`, or "Không số". */
const DocumentNumber = singleLine({ min: 1, max: 60 });

export const Attachment = z
  .object({
    name: singleLine({ min: 1, max: 255 }),
    url: MediaUrl,
    mediaType: z
      .string()
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'kiểu tệp dạng type/subtype, ví dụ application/pdf')
      .max(127),
    size: z.number().int().min(0).max(2_000_000_000).describe('Bytes'),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

export const Material = z
  .object({
    kind: MaterialKind,
    title: singleLine({ min: 1, max: 500 }),
    body: richHtml({ max: 500_000 }).nullable().describe('HTML, sanitized on save and on display'),
    file: Attachment.nullable(),
  })
  .refine((m) => m.body !== null || m.file !== null, {
    path: ['body'],
    message: 'Cần nội dung hoặc tệp đính kèm',
  })
  .meta({ id: 'Material' });
export type Material = z.infer<typeof Material>;

/**
 * A relation as an editor writes it: from this document to another, named by its number so
 * that NDJSON rows can refer to documents imported in the same file or later. A target that
 * is not in our database (a law, a decree) keeps its title and an optional link.
 */
export const RelationInput = z
  .object({
    type: RelationType,
    direction: RelationDirection.default('active'),
    targetNumber: DocumentNumber,
    targetTitle: singleLine({ max: 1000 }).nullable().default(null),
    targetUrl: WebUrl.nullable().default(null),
  })
  .meta({ id: 'RelationInput' });
export type RelationInput = z.input<typeof RelationInput>;

const documentFields = {
  number: DocumentNumber.describe('Số ký hiệu'),
  title: singleLine({ min: 1, max: 1000 }).describe('Trích yếu'),
  type: DocumentType,
  issuerId: Slug.describe('Cơ quan ban hành: a unit id, historical units included'),
  signerName: singleLine({ max: 200 }).nullable(),
  signerTitle: singleLine({ max: 200 }).nullable(),
  issuedOn: IsoDate.refine((date) => date >= '1945-01-01' && date <= '2100-12-31', {
    message: 'Năm ban hành phải từ 1945 đến 2100',
  }),
  effectiveFrom: IsoDate.nullable(),
  effectiveTo: IsoDate.nullable(),
  status: DocumentStatus.describe(
    'Tình trạng hiệu lực. Unless statusExplicit, the server derives it from the dates each day: not yet in force before effectiveFrom, in force from it, expired after effectiveTo (the last day in force); undated documents keep the status given',
  ),
  statusExplicit: z
    .boolean()
    .describe(
      'Set by an editor (partial expiry, suspension, no longer suitable): the dates do not change the status; needs statusReason',
    ),
  statusReason: multiLine({ max: 1000 }).nullable().describe('Why the status was set by hand'),
  fields: z.array(LegalField).min(1).max(8),
  scope: singleLine({ max: 200 }).nullable().describe('Phạm vi, e.g. "Tỉnh Tây Ninh"'),
  gazetteOn: IsoDate.nullable().describe('Ngày đăng công báo'),
  summary: multiLine({ max: 5000 }).nullable().describe('Plain text'),
  body: richHtml({ max: 2_000_000 }).describe('Full text as HTML, sanitized on save and on display'),
  attachments: z.array(Attachment).max(50),
  materials: z.array(Material).max(20),
  vbplItemId: z.number().int().min(1).nullable().describe('ItemID in the national legal database (vbpl.vn)'),
  gazetteId: z
    .string()
    .regex(/^[0-9]{1,12}$/)
    .nullable()
    .describe('Id in the Official Gazette (congbao.chinhphu.vn)'),
};

/** Statuses the dates cannot give: only an editor sets them, with a reason. */
const HAND_SET_STATUSES: readonly string[] = ['partly-expired', 'suspended', 'outdated'];

const dateOrder = <T extends { effectiveFrom: string | null; effectiveTo: string | null }>(d: T) =>
  !d.effectiveFrom || !d.effectiveTo || d.effectiveFrom <= d.effectiveTo;

export const DocumentInput = z
  .object({
    ...documentFields,
    signerName: documentFields.signerName.default(null),
    signerTitle: documentFields.signerTitle.default(null),
    effectiveFrom: documentFields.effectiveFrom.default(null),
    effectiveTo: documentFields.effectiveTo.default(null),
    statusExplicit: documentFields.statusExplicit.default(false),
    statusReason: documentFields.statusReason.default(null),
    statusSince: IsoDate.nullable()
      .default(null)
      .describe('With statusExplicit: since when the status applies'),
    scope: documentFields.scope.default(null),
    gazetteOn: documentFields.gazetteOn.default(null),
    summary: documentFields.summary.default(null),
    attachments: documentFields.attachments.default([]),
    materials: documentFields.materials.default([]),
    relations: z.array(RelationInput).max(200).default([]),
    vbplItemId: documentFields.vbplItemId.default(null),
    gazetteId: documentFields.gazetteId.default(null),
    published: z
      .boolean()
      .default(true)
      .describe(
        "An editor's save publishes (true) or withdraws (false); a unit's person's items stay drafts until reviewed",
      ),
  })
  .refine(dateOrder, { path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' })
  .refine((d) => !d.statusExplicit || Boolean(d.statusReason?.trim()), {
    path: ['statusReason'],
    message: 'Cần ghi lý do khi đặt tình trạng hiệu lực bằng tay',
  })
  .refine((d) => d.statusExplicit || d.status !== 'expired' || d.effectiveTo !== null, {
    path: ['effectiveTo'],
    message:
      'Văn bản hết hiệu lực cần ngày hết hiệu lực; nếu hết hiệu lực vì lý do khác, hãy chọn “đặt tình trạng bằng tay” và ghi lý do',
  })
  .refine((d) => d.statusExplicit || !HAND_SET_STATUSES.includes(d.status), {
    path: ['statusExplicit'],
    message:
      'Tình trạng này không suy ra được từ ngày hiệu lực: hãy chọn “đặt tình trạng bằng tay” và ghi lý do',
  })
  .refine((d) => numberFitsType(d.number, d.type), {
    path: ['type'],
    message:
      'Loại văn bản không khớp ký hiệu trong số ký hiệu (ví dụ VBHN là văn bản hợp nhất, QĐ là quyết định)',
  })
  .meta({ id: 'DocumentInput', description: 'One document as an editor or an NDJSON import row writes it' });
export type DocumentInput = z.input<typeof DocumentInput>;

/** The issuer as shown beside a document: enough to name it and to mark a unit that is gone. */
export const IssuerRef = z
  .object({
    id: Slug,
    name: z.string(),
    kind: UnitKind,
    validTo: IsoDate.nullable(),
    successors: z
      .array(z.object({ id: Slug, name: z.string() }))
      .describe(
        'For a unit gone in a reform, the units that took over its work, in order ("nay là …"); else empty',
      ),
  })
  .meta({ id: 'IssuerRef' });
export type IssuerRef = z.infer<typeof IssuerRef>;

/** Outbound links built from the external ids. */
export const DocumentLinks = z
  .object({ vbpl: WebUrl.nullable(), gazette: WebUrl.nullable() })
  .meta({ id: 'DocumentLinks' });
export type DocumentLinks = z.infer<typeof DocumentLinks>;

/** Safe markup only: the text HTML-escaped, matches wrapped in `<mark>`. */
const Highlighted = z.string().describe('Escaped text with matches in <mark>…</mark>');

export const DocumentSummary = z
  .object({
    id: z.number().int(),
    number: z.string(),
    title: z.string(),
    type: DocumentType,
    issuer: IssuerRef,
    issuedOn: IsoDate,
    effectiveFrom: IsoDate.nullable(),
    effectiveTo: IsoDate.nullable(),
    status: DocumentStatus,
    fields: z.array(LegalField),
    summary: z.string().nullable(),
    highlight: z
      .object({ number: Highlighted, title: Highlighted, snippet: Highlighted.nullable() })
      .nullable()
      .describe('Present when the list was searched with q'),
  })
  .meta({ id: 'DocumentSummary' });
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A document's fields both readers share; the API answers it as PublishedDocument or AdminDocument. */
export const LegalDocument = z
  .object({
    ...documentFields,
    id: z.number().int(),
    issuer: IssuerRef,
    statusSince: IsoDate.nullable().describe(
      'Since when the status applies: effectiveFrom when in force, the day after effectiveTo when expired, the date an editor gave for a status set by hand',
    ),
    links: DocumentLinks,
    published: z.boolean(),
    publishedAt: IsoDateTime.nullable(),
    updatedAt: IsoDateTime,
  })
  .omit({ issuerId: true });
export type LegalDocument = z.infer<typeof LegalDocument>;

/** An image of the full text that has smaller WebP copies in the media library, for `srcset`. */
export const BodyImage = z
  .object({
    url: z.string().describe('As the text names it: /media/<entry id>/<hash>.<ext>'),
    width: z.number().int().min(1),
    variants: z.array(ImageVariant),
  })
  .meta({ id: 'BodyImage' });
export type BodyImage = z.infer<typeof BodyImage>;

/** A published document as the public reads it: with the copies of its text's images. */
export const PublishedDocument = LegalDocument.extend({ images: z.array(BodyImage) }).meta({
  id: 'PublishedDocument',
});
export type PublishedDocument = z.infer<typeof PublishedDocument>;

export const DocumentRef = z
  .object({
    id: z.number().int(),
    number: z.string(),
    title: z.string(),
    type: DocumentType,
    issuedOn: IsoDate,
    status: DocumentStatus,
  })
  .meta({ id: 'DocumentRef' });
export type DocumentRef = z.infer<typeof DocumentRef>;

/** One relation as seen from the document asked about; `document` is null when the target is not ours. */
export const Relation = z
  .object({
    type: RelationType,
    direction: RelationDirection,
    number: z.string(),
    title: z.string().nullable(),
    url: WebUrl.nullable(),
    document: DocumentRef.nullable(),
  })
  .meta({ id: 'Relation' });
export type Relation = z.infer<typeof Relation>;

export const RelationList = z.object({ items: z.array(Relation) }).meta({ id: 'RelationList' });
export type RelationList = z.infer<typeof RelationList>;

export const DocumentSort = z.enum(DOCUMENT_SORTS);
export type DocumentSort = z.infer<typeof DocumentSort>;

export const DocumentQuery = PageQuery.extend({
  q: singleLine({ max: 200 }).optional().describe('Words, a phrase in quotes, or a document number'),
  type: DocumentType.optional(),
  issuer: Slug.optional(),
  field: LegalField.optional(),
  status: DocumentStatus.optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional().describe('Year of issue'),
  from: IsoDate.optional().describe('Issued on or after'),
  to: IsoDate.optional().describe('Issued on or before'),
  sort: DocumentSort.default('relevance').describe('relevance falls back to newest first without q'),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Phải sau ngày bắt đầu' });
export type DocumentQuery = z.input<typeof DocumentQuery>;

export const FacetCount = z
  .object({ value: z.string(), count: z.number().int().min(0), label: z.string().optional() })
  .meta({ id: 'FacetCount' });
export type FacetCount = z.infer<typeof FacetCount>;

/**
 * Counts per value for the current query. Each facet ignores its own filter, so a chosen type
 * still shows the other types one could switch to.
 */
export const DocumentFacets = z
  .object({
    type: z.array(FacetCount),
    issuer: z.array(FacetCount).describe('label is the unit name'),
    field: z.array(FacetCount),
    status: z.array(FacetCount),
    year: z.array(FacetCount),
  })
  .meta({ id: 'DocumentFacets' });
export type DocumentFacets = z.infer<typeof DocumentFacets>;

/**
 * "Có phải bạn muốn tìm …": q with its typos corrected (one edit per word against the words of
 * the published documents' index), offered when q finds at most two documents and the
 * corrected q finds more under the same filters. Corrected words are written without marks.
 */
export const DocumentSuggestion = z
  .object({
    q: z.string().describe('The corrected query, to search for as it is'),
    total: z.number().int().min(1).describe('How many documents it finds with the same filters'),
  })
  .meta({ id: 'DocumentSuggestion' });
export type DocumentSuggestion = z.infer<typeof DocumentSuggestion>;

export const DocumentPage = pageOf(DocumentSummary)
  .extend({
    facets: DocumentFacets,
    suggestion: DocumentSuggestion.optional().describe(
      'Present when q may hold a typo (see DocumentSuggestion)',
    ),
  })
  .meta({ id: 'DocumentPage' });
export type DocumentPage = z.infer<typeof DocumentPage>;

export const AdminDocumentQuery = PageQuery.extend({
  q: singleLine({ max: 200 }).optional(),
  published: z.enum(['true', 'false']).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export const AdminDocumentPage = pageOf(
  DocumentSummary.extend({ published: z.boolean(), state: ContentState, version: Version }),
).meta({
  id: 'AdminDocumentPage',
});
export type AdminDocumentPage = z.infer<typeof AdminDocumentPage>;

export const AdminDocument = LegalDocument.extend({
  relations: z.array(RelationInput),
  state: ContentState.describe('Where the document is in the review; `published` follows it'),
  version: Version,
}).meta({
  id: 'AdminDocument',
  description: 'A document as editors edit it, with the relations it declares itself',
});
export type AdminDocument = z.infer<typeof AdminDocument>;

export const PublishInput = z.object({ published: z.boolean() }).meta({ id: 'PublishInput' });

export const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('false').describe('Validate only; write nothing'),
});

/**
 * What an NDJSON import did. Rows are checked one by one; if any is rejected nothing is
 * written, so a fixed file can simply be sent again. Rows match existing documents by
 * issuer and number (updated), others are created.
 */
export const ImportReport = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    written: z.boolean(),
    rejected: z.array(
      z.object({ line: z.number().int(), errors: z.record(z.string(), z.array(z.string())) }),
    ),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;
