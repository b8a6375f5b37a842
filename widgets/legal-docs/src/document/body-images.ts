import type { BodyImage } from '@pbgdpl/contract';
import { mediaUrl, srcsetOf } from '@pbgdpl/core';

/** The text is at most about 46em wide; on a phone an image spans the screen. */
const SIZES = '(min-width: 52em) 46em, 100vw';

/**
 * Gives the text's library images their smaller WebP copies (`srcset`, from the API's
 * `images`), so a phone fetches the 320 px one. The sanitized text itself carries `src` only.
 */
export function addSrcsets(body: HTMLElement, images: readonly BodyImage[], api: string): void {
  for (const img of body.querySelectorAll('img')) {
    const image = images.find((candidate) => mediaUrl(api, candidate.url) === img.src);
    const srcset = image && srcsetOf(api, image);
    if (!srcset || img.getAttribute('srcset') === srcset) continue;
    img.setAttribute('sizes', SIZES);
    img.setAttribute('srcset', srcset);
  }
}
