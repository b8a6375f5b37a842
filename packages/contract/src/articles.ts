import { z } from 'zod';
import { ARTICLE_CATEGORIES, ARTICLE_MATERIAL_FORMATS, ARTICLE_SORTS, AUDIENCES } from './values.ts';
import { multiLine, richHtml, singleLine } from './text.ts';
import { IsoDateTime, MAX_PAGE_SIZE, PageQuery, pageOf, Slug, Version } from './common.ts';
import { IMAGE_SRC } from './html-policy.ts';
import { Attachment, DocumentRef, FacetCount, IssuerRef, LegalField } from './documents.ts';
import { ImageVariant, MediaKind } from './media.ts';
import { ContentState } from './workflow.ts';

export const ArticleCategory = z.enum(ARTICLE_CATEGORIES);
export type ArticleCategory = z.infer<typeof ArticleCategory>;

export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

export const ArticleMaterialFormat = z.enum(ARTICLE_MATERIAL_FORMATS);
export type ArticleMaterialFormat = z.infer<typeof ArticleMaterialFormat>;

export const ArticleSort = z.enum(ARTICLE_SORTS);
export type ArticleSort = z.infer<typeof ArticleSort>;

/**
 * An article's address name: lower-case words without marks, and at least one letter, so that
 * `/articles/{idOrSlug}` tells an id (digits) from a slug.
 */
export const ArticleSlug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch nối')
  .regex(/[a-z]/, 'cần ít nhất một chữ cái (chỉ gồm số là mã bài viết)');

export const ArticleRefParam = z.object({
  idOrSlug: z
    .string()
    .max(120)
    .regex(/^(?:[1-9][0-9]{0,9}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'mã số hoặc đường dẫn của bài viết')
    .describe('The article id, or its slug'),
});

/** A file of the media library, named by its public address (`/media/<entry id>/<hash>.<ext>`), which a copied database keeps. */
export const LibraryUrl = z.string().max(300).regex(IMAGE_SRC, 'tệp phải nằm trong thư viện tệp (/media/…)');

export const ArticleCoverInput = z
  .object({
    url: LibraryUrl.describe('An image of the media library'),
    alt: singleLine({ min: 1, max: 300 }).describe('Text alternative of the image'),
  })
  .meta({ id: 'ArticleCoverInput' });

export const ArticleCover = z
  .object({
    url: z.string(),
    alt: z.string(),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
    variants: z.array(ImageVariant).describe('Smaller copies for srcset'),
  })
  .meta({ id: 'ArticleCover' });
export type ArticleCover = z.infer<typeof ArticleCover>;

export const ArticleAttachmentInput = z
  .object({
    url: LibraryUrl.describe('A file of the media library'),
    name: singleLine({ min: 1, max: 255 })
      .nullable()
      .default(null)
      .describe("The name readers see; null: the library's title"),
    transcript: multiLine({ min: 1, max: 100_000 })
      .nullable()
      .default(null)
      .describe('Audio files (required there): what is said, for readers who cannot listen'),
  })
  .meta({ id: 'ArticleAttachmentInput' });

export const ArticleAttachment = Attachment.extend({
  kind: MediaKind,
  pages: z.number().int().nullable().describe('PDF documents'),
  durationSeconds: z.number().nullable().describe('Audio and video'),
  transcript: z.string().nullable().describe('Audio files: what is said'),
}).meta({ id: 'ArticleAttachment' });
export type ArticleAttachment = z.infer<typeof ArticleAttachment>;

/** When and where an announced meeting, conference or training takes place (`thong-bao-giay-moi`). */
export const ArticleEvent = z
  .object({
    startsAt: IsoDateTime,
    endsAt: IsoDateTime.nullable().default(null),
    place: singleLine({ min: 1, max: 300 }),
  })
  .refine((e) => e.endsAt === null || Date.parse(e.startsAt) < Date.parse(e.endsAt), {
    path: ['endsAt'],
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu',
  })
  .meta({ id: 'ArticleEvent' });
export type ArticleEvent = z.infer<typeof ArticleEvent>;

/** A document number as written (`45/2019/QĐ-UBND`): import files name documents this way. */
const DocumentNumberRef = singleLine({ min: 1, max: 60 });

const articleFields = {
  title: singleLine({ min: 1, max: 300 }),
  slug: ArticleSlug,
  summary: multiLine({ max: 1000 }).describe('Plain text: the lead shown in lists and feeds'),
  body: richHtml({ max: 500_000 }).describe('HTML, sanitized on save and on display'),
  category: ArticleCategory,
  unitId: Slug.describe('The author unit; historical units for old items'),
  fields: z.array(LegalField).max(8),
  audiences: z.array(Audience).max(AUDIENCES.length),
  authorName: singleLine({ max: 200 }).nullable().describe('Public officials only, as signed'),
  publishedAt: IsoDateTime.nullable(),
  pinned: z.boolean().describe('Shown first in its lists'),
  featured: z.boolean().describe('Offered to home pages (`featured=true`)'),
  event: ArticleEvent.nullable(),
  materialFormat: ArticleMaterialFormat.nullable(),
};

export const ArticleInput = z
  .object({
    ...articleFields,
    slug: articleFields.slug.nullable().default(null).describe('Null: made from the title'),
    summary: articleFields.summary.default(''),
    fields: articleFields.fields.default([]),
    audiences: articleFields.audiences.default([]),
    authorName: articleFields.authorName.default(null),
    publishedAt: articleFields.publishedAt
      .default(null)
      .describe('The date readers see; null: the moment it is published'),
    pinned: articleFields.pinned.default(false),
    featured: articleFields.featured.default(false),
    event: articleFields.event.default(null),
    materialFormat: articleFields.materialFormat.default(null),
    cover: ArticleCoverInput.nullable().default(null),
    attachments: z.array(ArticleAttachmentInput).max(30).default([]),
    relatedDocuments: z
      .array(DocumentNumberRef)
      .max(30)
      .default([])
      .describe('Numbers of documents of the document browser'),
  })
  .refine((a) => a.event === null || a.category === 'thong-bao-giay-moi', {
    path: ['event'],
    message: 'Chỉ bài thuộc chuyên mục Thông báo – Giấy mời mới có thời gian, địa điểm',
  })
  .refine((a) => (a.category === 'tai-lieu-pbgdpl') === (a.materialFormat !== null), {
    path: ['materialFormat'],
    message: 'Tài liệu PBGDPL cần hình thức tài liệu; bài thuộc chuyên mục khác thì không',
  })
  .refine((a) => a.category !== 'tai-lieu-pbgdpl' || a.attachments.length > 0, {
    path: ['attachments'],
    message: 'Tài liệu PBGDPL cần tệp tài liệu (tệp đầu tiên được hiển thị hoặc phát trực tiếp)',
  })
  .refine((a) => new Set(a.relatedDocuments).size === a.relatedDocuments.length, {
    path: ['relatedDocuments'],
    message: 'Mỗi văn bản chỉ ghi một lần',
  })
  .meta({ id: 'ArticleInput', description: 'One article as an editor or an NDJSON import row writes it' });
export type ArticleInput = z.input<typeof ArticleInput>;

/** Safe markup only: the text HTML-escaped, matches wrapped in `<mark>`. */
const Highlighted = z.string().describe('Escaped text with matches in <mark>…</mark>');

const { unitId: _unitId, body: _body, authorName: _authorName, ...summaryFields } = articleFields;

export const ArticleSummary = z
  .object({
    id: z.number().int(),
    ...summaryFields,
    publishedAt: IsoDateTime,
    updatedAt: IsoDateTime,
    unit: IssuerRef,
    cover: ArticleCover.nullable(),
    highlight: z
      .object({ title: Highlighted, snippet: Highlighted.nullable() })
      .nullable()
      .describe('Present when the list was searched with q'),
  })
  .meta({ id: 'ArticleSummary' });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** The article before or after this one in the same category, by publication date. */
export const ArticleLink = z
  .object({ id: z.number().int(), slug: ArticleSlug, title: z.string(), publishedAt: IsoDateTime })
  .meta({ id: 'ArticleLink' });
export type ArticleLink = z.infer<typeof ArticleLink>;

export const Article = ArticleSummary.extend({
  body: z.string().describe('Sanitized HTML'),
  authorName: articleFields.authorName,
  attachments: z.array(ArticleAttachment),
  documents: z
    .array(DocumentRef)
    .describe('Related published documents, for links into the document browser'),
  previous: ArticleLink.nullable().describe('Older, same category'),
  next: ArticleLink.nullable().describe('Newer, same category'),
}).meta({ id: 'Article' });
export type Article = z.infer<typeof Article>;

export const ArticleQuery = PageQuery.extend({
  q: singleLine({ max: 200 }).optional().describe('Words of the title, summary or body; accents optional'),
  category: ArticleCategory.optional(),
  unit: Slug.optional().describe('Author unit'),
  field: LegalField.optional(),
  audience: Audience.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Year of publication'),
  featured: z.enum(['true', 'false']).optional(),
  sort: ArticleSort.default('relevance').describe(
    'relevance falls back to newest without q; pinned articles come first unless q is given',
  ),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(12),
});
export type ArticleQuery = z.input<typeof ArticleQuery>;

/** Counts per value for the current query; each facet ignores its own filter. */
export const ArticleFacets = z
  .object({
    category: z.array(FacetCount),
    unit: z.array(FacetCount).describe('label is the unit name'),
    field: z.array(FacetCount),
    audience: z.array(FacetCount),
    year: z.array(FacetCount),
  })
  .meta({ id: 'ArticleFacets' });
export type ArticleFacets = z.infer<typeof ArticleFacets>;

export const ArticlePage = pageOf(ArticleSummary)
  .extend({ facets: ArticleFacets })
  .meta({ id: 'ArticlePage' });
export type ArticlePage = z.infer<typeof ArticlePage>;

export const ArticleFeedQuery = z.object({
  category: ArticleCategory.optional(),
  unit: Slug.optional(),
});

export const ArticleIdParam = z.object({ id: z.coerce.number().int().min(1) });

export const AdminArticle = Article.extend({
  unitId: Slug,
  relatedDocuments: z.array(z.string()).describe('As entered; numbers not (or no longer) published included'),
  state: ContentState.describe('Only published articles are public'),
  version: Version,
  createdAt: IsoDateTime,
}).meta({ id: 'AdminArticle', description: 'An article as editors edit it' });
export type AdminArticle = z.infer<typeof AdminArticle>;

export const AdminArticleQuery = PageQuery.extend({
  q: ArticleQuery.shape.q,
  category: ArticleCategory.optional(),
  unit: Slug.optional().describe("A contributor sees only their own unit's"),
  state: ContentState.optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type AdminArticleQuery = z.input<typeof AdminArticleQuery>;

export const AdminArticlePage = pageOf(
  ArticleSummary.extend({
    state: ContentState,
    version: Version,
    views: z.number().int().min(0).describe('Readers who opened it: view beacons, one per page view'),
  }),
).meta({ id: 'AdminArticlePage' });
export type AdminArticlePage = z.infer<typeof AdminArticlePage>;
