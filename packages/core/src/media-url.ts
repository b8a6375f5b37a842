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
