import type { VideoCategory } from '@pbgdpl/contract';
import { VIDEO_CATEGORIES } from '@pbgdpl/contract/values';
import { idParam, oneOfParam, pageParam, textParam, UrlCodec } from '@pbgdpl/core';

/** What the gallery keeps in the host page's address: words, category, page and the open video. */
export interface GalleryState {
  q: string;
  category: VideoCategory | undefined;
  page: number;
  video: number | undefined;
}

/** `?vd-q=…&vd-cat=…&vd-page=2&vd-v=7` for the prefix `vd-`; unknown or invalid values are ignored. */
export const galleryCodec = new UrlCodec<GalleryState>({
  q: textParam(),
  category: oneOfParam(VIDEO_CATEGORIES, 'cat'),
  page: pageParam(),
  video: idParam('v'),
});
