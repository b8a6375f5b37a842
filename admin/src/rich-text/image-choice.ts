import { IMAGE_SRC } from '@pbgdpl/contract/html-policy';
import type { Translate } from '@pbgdpl/core';
import type { PbgdplRichTextDialog } from './fields-dialog.ts';

export interface ImageChoice {
  /** A media library path, `/media/…`. */
  src: string;
  /** What the image shows, for people who cannot see it. Required. */
  alt: string;
  caption?: string;
}

/**
 * The address of an image in the media library as a stored path: `/media/a.png`, or the same
 * file given as a full address on the console's own server. Anything else is refused.
 */
export function mediaPath(input: string, origin = location.origin): string | undefined {
  const value = input.trim();
  if (IMAGE_SRC.test(value)) return value;
  try {
    const url = new URL(value);
    return url.origin === origin && !url.search && !url.hash && IMAGE_SRC.test(url.pathname)
      ? url.pathname
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How a figure's image is chosen when the field has no library picker (`imagePicker`): ask for
 * the image's address in the library, its description (required) and a caption.
 */
export async function askForImage(dialog: PbgdplRichTextDialog, t: Translate): Promise<ImageChoice | null> {
  const answer = await dialog.ask({
    title: t('richText.figureTitle'),
    submit: t('richText.figureInsert'),
    fields: [
      {
        name: 'src',
        label: t('richText.figureSrc'),
        hint: t('richText.figureSrcHint'),
        required: true,
        check: (value) => (mediaPath(value) ? undefined : t('richText.figureBadSrc')),
      },
      { name: 'alt', label: t('richText.figureAlt'), hint: t('richText.figureAltHint'), required: true },
      { name: 'caption', label: t('richText.figureCaption') },
    ],
  });
  const src = answer && mediaPath(answer.src ?? '');
  if (!answer || !src) return null;
  return { src, alt: answer.alt ?? '', caption: answer.caption || undefined };
}
