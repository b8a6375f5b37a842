import { z } from 'zod';
import { LANGUAGES, VIDEO_CATEGORIES, VIDEO_SOURCE_TYPES } from './values.ts';
import { multiLine, singleLine } from './text.ts';
import { IsoDateTime, MAX_PAGE_SIZE, MediaUrl, PageQuery, pageOf, Slug, Version } from './common.ts';
import { LegalField } from './documents.ts';
import { ImageVariant } from './media.ts';
import { ContentState } from './workflow.ts';

export const VideoCategory = z.enum(VIDEO_CATEGORIES);
export type VideoCategory = z.infer<typeof VideoCategory>;

export const VideoSourceType = z.enum(VIDEO_SOURCE_TYPES);

/** A file on our server (or another web server) that the browser plays with `<video>`. */
export const VideoSource = z.object({ url: MediaUrl, type: VideoSourceType }).meta({ id: 'VideoSource' });
export type VideoSource = z.infer<typeof VideoSource>;

export const CaptionLang = z.enum(LANGUAGES);

/** WebVTT subtitles in one language. */
export const VideoCaption = z.object({ lang: CaptionLang, url: MediaUrl }).meta({ id: 'VideoCaption' });
export type VideoCaption = z.infer<typeof VideoCaption>;

export const VideoPoster = z
  .object({
    url: MediaUrl,
    width: z.number().int().min(1).max(4000),
    height: z.number().int().min(1).max(4000),
  })
  .meta({ id: 'VideoPoster' });

/** YouTube's 11-character video id (not a URL: the widget builds the youtube-nocookie address). */
export const YoutubeId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'mã video YouTube gồm 11 ký tự');

const videoFields = {
  title: singleLine({ min: 1, max: 300 }),
  description: multiLine({ max: 5000 }).describe('Plain text'),
  category: VideoCategory,
  fields: z.array(LegalField).max(8),
  unitId: Slug.nullable().describe('The unit that made or publishes the video'),
  publishedAt: IsoDateTime,
  durationSeconds: z.number().int().min(1).max(86_400),
  poster: VideoPoster,
  sources: z.array(VideoSource).max(4),
  youtubeId: YoutubeId.nullable(),
  captions: z.array(VideoCaption).max(2),
  transcript: multiLine({ max: 100_000 }).nullable().describe('Plain text, paragraphs split by blank lines'),
};

const playable = (v: { sources: unknown[]; youtubeId: string | null }) =>
  v.sources.length > 0 || v.youtubeId !== null;
const oneCaptionPerLang = (v: { captions: VideoCaption[] }) =>
  new Set(v.captions.map((c) => c.lang)).size === v.captions.length;

export const VideoInput = z
  .object({
    ...videoFields,
    description: videoFields.description.default(''),
    fields: videoFields.fields.default([]),
    unitId: videoFields.unitId.default(null),
    sources: videoFields.sources.default([]),
    youtubeId: videoFields.youtubeId.default(null),
    captions: videoFields.captions.default([]),
    transcript: videoFields.transcript.default(null),
    published: z
      .boolean()
      .default(true)
      .describe(
        "An editor's save publishes (true) or withdraws (false); a unit's person's items stay drafts until reviewed",
      ),
  })
  .refine(playable, { path: ['sources'], message: 'Cần ít nhất một tệp video hoặc mã YouTube' })
  .refine(oneCaptionPerLang, { path: ['captions'], message: 'Mỗi ngôn ngữ chỉ một tệp phụ đề' })
  .meta({ id: 'VideoInput' });
export type VideoInput = z.input<typeof VideoInput>;

export const VideoUnit = z.object({ id: Slug, name: z.string() }).meta({ id: 'VideoUnit' });

const { transcript: _transcript, unitId: _unitId, ...summaryFields } = videoFields;

/** A video in a list: everything but the transcript. */
export const VideoSummary = z
  .object({
    id: z.number().int(),
    ...summaryFields,
    poster: VideoPoster.extend({
      variants: z
        .array(ImageVariant)
        .describe('Smaller copies for srcset, when the poster is in the library'),
    }),
    unit: VideoUnit.nullable(),
  })
  .meta({ id: 'VideoSummary' });
export type VideoSummary = z.infer<typeof VideoSummary>;

export const Video = VideoSummary.extend({ transcript: videoFields.transcript }).meta({ id: 'Video' });
export type Video = z.infer<typeof Video>;

export const VideoQuery = PageQuery.extend({
  q: singleLine({ max: 200 })
    .optional()
    .describe('Words in the title, description or transcript; accents optional'),
  category: VideoCategory.optional(),
  field: LegalField.optional(),
  unit: Slug.optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(12),
});
export type VideoQuery = z.input<typeof VideoQuery>;

export const VideoPage = pageOf(VideoSummary).meta({ id: 'VideoPage' });
export type VideoPage = z.infer<typeof VideoPage>;

export const AdminVideo = Video.extend({
  published: z.boolean().describe('Whether the public sees it: true exactly when the state is published'),
  state: ContentState,
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
}).meta({ id: 'AdminVideo' });
export type AdminVideo = z.infer<typeof AdminVideo>;

export const AdminVideoQuery = PageQuery.extend({
  q: VideoQuery.shape.q,
  published: z.enum(['true', 'false']).optional(),
});
export const AdminVideoPage = pageOf(AdminVideo).meta({ id: 'AdminVideoPage' });
export type AdminVideoPage = z.infer<typeof AdminVideoPage>;
