import { IMAGE_VARIANT_WIDTHS } from '@pbgdpl/contract';
import sharp, { type FormatEnum, type Metadata } from 'sharp';
import { unsafe } from './refusal.ts';
import { keyOf, sha256Of, type StoredFile } from './stored-file.ts';
import { checkSvg } from './svg.ts';

/** Larger images are refused: decoding one would take gigabytes (a decompression bomb). */
const MAX_PIXELS = 50_000_000;

export interface InspectedImage {
  width: number;
  height: number;
  /** The image as stored: the upload itself, or a copy without metadata. */
  original: StoredFile;
  variants: Array<StoredFile & { width: number; height: number }>;
}

const broken = () =>
  unsafe({
    vi: 'Không đọc được ảnh: tệp bị hỏng hoặc ảnh lớn quá 50 megapixel',
    en: 'The image cannot be read: the file is damaged or larger than 50 megapixels',
  });

const open = (path: string, animated = true) =>
  sharp(path, { limitInputPixels: MAX_PIXELS, animated, failOn: 'error' });

const FORMATS: Partial<Record<string, keyof FormatEnum | 'avif'>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
};

/** EXIF (with a photo's location), XMP and IPTC: none of it is published. */
const hasMetadata = (meta: Metadata) => Boolean(meta.exif ?? meta.xmp ?? meta.iptc);

/**
 * A copy of the image without its metadata, turned upright first (the orientation lived in the
 * EXIF that goes). Pixels are re-encoded in the same format at high quality.
 */
async function withoutMetadata(path: string, mediaType: string, extension: string): Promise<StoredFile> {
  const format = FORMATS[mediaType];
  if (!format) throw new Error(`cannot re-encode ${mediaType}`);
  const clean = `${path}.clean`;
  const { size } = await open(path).autoOrient().toFormat(format, { quality: 90 }).toFile(clean);
  return { key: keyOf(await sha256Of(clean), extension), path: clean, size };
}

/** WebP copies at the variant widths narrower than the image, for `srcset`. */
async function variantsOf(source: string, width: number): Promise<InspectedImage['variants']> {
  const variants: InspectedImage['variants'] = [];
  for (const target of IMAGE_VARIANT_WIDTHS.filter((w) => w < width)) {
    const path = `${source}.w${target}`;
    const info = await open(source, false).resize({ width: target }).webp({ quality: 80 }).toFile(path);
    variants.push({
      key: keyOf(await sha256Of(path), 'webp'),
      path,
      size: info.size,
      width: info.width,
      height: info.height,
    });
  }
  return variants;
}

/**
 * Size from the pixels; metadata stripped (EXIF locations of photos never reach the public);
 * smaller WebP copies made. SVG is kept as sent once it is shown to hold only drawing.
 */
export async function inspectImage(
  upload: { path: string; size: number; sha256: string; mediaType: string },
  extension: string,
): Promise<InspectedImage> {
  if (upload.mediaType === 'image/svg+xml') await checkSvg(upload.path);
  let meta: Metadata;
  try {
    meta = await open(upload.path).metadata();
  } catch {
    throw broken();
  }
  const asSent = { key: keyOf(upload.sha256, extension), path: upload.path, size: upload.size };
  if (upload.mediaType === 'image/svg+xml') {
    if (!meta.width || !meta.height) throw broken();
    return { width: meta.width, height: meta.height, original: asSent, variants: [] };
  }
  try {
    const original = hasMetadata(meta)
      ? await withoutMetadata(upload.path, upload.mediaType, extension)
      : asSent;
    const { width = 0, height = 0, pageHeight } = await open(original.path).metadata();
    return {
      width,
      height: pageHeight ?? height,
      original,
      variants: await variantsOf(original.path, width),
    };
  } catch {
    throw broken();
  }
}
