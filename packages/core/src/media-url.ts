/**
 * Media paths from the API (`/media/banners/a.svg`) belong to the API's server, not to the
 * page that embeds the widget: resolve them against the API base URL.
 */
export function mediaUrl(api: string, url: string): string {
  try {
    return new URL(url, api).href;
  } catch {
    return '';
  }
}

interface ImageWithVariants {
  url: string;
  width: number;
  variants: ReadonlyArray<{ url: string; width: number }>;
}

/**
 * `srcset` of a library image and its smaller WebP copies, so a phone fetches the 320 px one;
 * `undefined` (no attribute) when the image has no copies (SVG, or not from the library).
 */
export function srcsetOf(api: string, image: ImageWithVariants): string | undefined {
  if (image.variants.length === 0) return undefined;
  return [...image.variants, image]
    .map((candidate) => `${mediaUrl(api, candidate.url)} ${candidate.width}w`)
    .join(', ');
}
