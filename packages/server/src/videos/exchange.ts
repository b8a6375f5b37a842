import type { AdminVideo, VideoInput } from '@pbgdpl/contract';
import type { z } from 'zod';
import type { Db } from '../db/schema.ts';
import { videosRepository } from '../repositories/videos.ts';

/** One page of published videos at a time: an export never holds every transcript at once. */
const PAGE = 50;

/**
 * A published video as `POST /admin/videos` takes it. Its files' site paths become absolute
 * on `origin`: another portal that takes the line plays them from here.
 */
export function toVideoInput(video: AdminVideo, origin: string): z.output<typeof VideoInput> {
  const absolute = (url: string) => (url.startsWith('/') ? origin + url : url);
  return {
    title: video.title,
    description: video.description,
    category: video.category,
    fields: video.fields,
    unitId: video.unit?.id ?? null,
    publishedAt: video.publishedAt,
    durationSeconds: video.durationSeconds,
    poster: { url: absolute(video.poster.url), width: video.poster.width, height: video.poster.height },
    sources: video.sources.map((source) => ({ ...source, url: absolute(source.url) })),
    youtubeId: video.youtubeId,
    captions: video.captions.map((caption) => ({ ...caption, url: absolute(caption.url) })),
    transcript: video.transcript,
    published: true,
  };
}

/** Published videos, newest first, `PAGE` at a time. */
async function* publishedVideos(db: Db): AsyncGenerator<AdminVideo> {
  const videos = videosRepository(db);
  for (let page = 1; ; page++) {
    const found = await videos.editorPage({ page, pageSize: PAGE, published: 'true' });
    yield* found.items;
    if (page * PAGE >= found.total) return;
  }
}

/** Every published video as NDJSON lines, newest first. */
export async function* exportVideos(db: Db, origin: string): AsyncGenerator<string> {
  for await (const video of publishedVideos(db)) yield `${JSON.stringify(toVideoInput(video, origin))}\n`;
}

/** The newest published videos, for the feed. */
export async function newestVideos(db: Db, limit: number): Promise<AdminVideo[]> {
  return (await videosRepository(db).editorPage({ page: 1, pageSize: limit, published: 'true' })).items;
}
