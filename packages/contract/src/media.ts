import { z } from 'zod';
import { MEDIA_KINDS, MEDIA_USER_KINDS } from './values.ts';
import { multiLine, singleLine } from './text.ts';
import { IsoDateTime, MAX_PAGE_SIZE, PageQuery, pageOf, Slug, Version } from './common.ts';

export const MediaKind = z.enum(MEDIA_KINDS);
export type MediaKind = z.infer<typeof MediaKind>;

/**
 * A file's name as its uploader's computer called it: one line of text (no control or
 * direction characters), no folder (`/`, `\`), not hidden or a dot-segment (`.`, `..`).
 * Stored as NFC; Vietnamese stays as typed.
 */
export const MediaFileName = singleLine({ min: 1, max: 255 }).refine(
  (name) => !/[/\\]/.test(name) && !name.startsWith('.'),
  'tên tệp không được chứa / hoặc \\ và không được bắt đầu bằng dấu chấm',
);

/** A smaller WebP copy of an image, for `srcset`. */
export const ImageVariant = z
  .object({ url: z.string(), width: z.number().int().min(1), height: z.number().int().min(1) })
  .meta({ id: 'ImageVariant' });
export type ImageVariant = z.infer<typeof ImageVariant>;

const mediaFields = {
  title: singleLine({ min: 1, max: 300 }).describe('What editors see in the library'),
  alt: singleLine({ max: 300 }).nullable().describe('Text alternative of an image'),
  caption: multiLine({ max: 1000 }).nullable(),
  unitId: Slug.nullable().describe('The unit the file belongs to; null: shared by every unit'),
};

export const MediaItem = z
  .object({
    id: z.number().int(),
    version: Version,
    url: z.string().describe('Public, immutable address: /media/<entry id>/<content hash>.<extension>'),
    name: z.string().describe('The file name downloads get'),
    ...mediaFields,
    kind: MediaKind,
    mediaType: z.string().describe('Decided from the bytes'),
    size: z.number().int().min(1).describe('Bytes'),
    width: z.number().int().nullable().describe('Images and videos'),
    height: z.number().int().nullable(),
    durationSeconds: z.number().nullable().describe('Videos'),
    pages: z.number().int().nullable().describe('PDF documents'),
    variants: z.array(ImageVariant).describe('Smaller WebP copies of a raster image'),
    uploadedBy: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'MediaItem' });
export type MediaItem = z.infer<typeof MediaItem>;

export const MediaUserKind = z.enum(MEDIA_USER_KINDS);

/** An item that uses a file: while there is one, the file cannot be deleted. */
export const MediaUser = z
  .object({ kind: MediaUserKind, id: z.number().int(), title: z.string() })
  .meta({ id: 'MediaUser' });
export type MediaUser = z.infer<typeof MediaUser>;

export const MediaDetail = MediaItem.extend({ usedBy: z.array(MediaUser) }).meta({ id: 'MediaDetail' });
export type MediaDetail = z.infer<typeof MediaDetail>;

export const MediaQuery = PageQuery.extend({
  q: singleLine({ max: 200 }).optional().describe('Words of the name or title; accents optional'),
  kind: MediaKind.optional(),
  unit: Slug.optional(),
  uploader: singleLine({ max: 200 }).optional().describe('Who uploaded, exactly as named'),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(24),
});
export type MediaQuery = z.input<typeof MediaQuery>;

export const MediaPage = pageOf(MediaItem).meta({ id: 'MediaPage' });
export type MediaPage = z.infer<typeof MediaPage>;

/** What an editor may change of a file: never its bytes (upload another file instead). */
export const MediaEdit = z
  .object(mediaFields)
  .partial()
  .meta({ id: 'MediaEdit', description: 'Only the fields sent change' });
export type MediaEdit = z.input<typeof MediaEdit>;

/**
 * The text fields of an upload (multipart/form-data, beside the one `file` part). Without a
 * title the file name, without its extension, is the title.
 */
export const MediaUploadFields = z
  .object({
    title: mediaFields.title.optional(),
    alt: mediaFields.alt.optional(),
    caption: mediaFields.caption.optional(),
    unitId: Slug.optional(),
  })
  .meta({ id: 'MediaUploadFields' });
export type MediaUploadFields = z.input<typeof MediaUploadFields>;

export const MediaUploadQuery = z.object({
  use: MediaKind.optional().describe('Accept only this kind (the form field the file is for)'),
});

/** What each kind accepts, for a file chooser's `accept` and a size check before sending. */
export const MediaRules = z
  .object({
    kinds: z.record(
      MediaKind,
      z.object({
        maxBytes: z.number().int().min(1),
        types: z.array(z.string()),
        extensions: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'MediaRules' });
export type MediaRules = z.infer<typeof MediaRules>;
