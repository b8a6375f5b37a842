import type { VideoCaption, VideoSource } from '@pbgdpl/contract';
import type { VideoData } from '../../repositories/videos.ts';
import { type Cue, type SeedVideo, seedVideoCatalog } from './catalog.ts';

export const VIDEO_WIDTH = 480;
export const VIDEO_HEIGHT = 270;
const MEDIA = '/media/videos';

/** `00:00:03.000` */
const vttTime = (seconds: number) => `00:00:${String(seconds).padStart(2, '0')}.000`;

/** The WebVTT file of a seed video in one language. */
export function webVtt(cues: Cue[], lang: 'vi' | 'en'): string {
  const blocks = cues.map(
    (cue, i) => `${i + 1}\n${vttTime(cue.from)} --> ${vttTime(cue.to)}\n${cue[lang] ?? ''}`,
  );
  return ['WEBVTT', '', ...blocks.flatMap((block) => [block, ''])].join('\n');
}

/** Languages a seed video has captions in: Vietnamese when it has cues, English when every cue has it. */
export function captionLangs(seed: SeedVideo): Array<'vi' | 'en'> {
  if (seed.cues.length === 0) return [];
  return seed.cues.every((cue) => cue.en) ? ['vi', 'en'] : ['vi'];
}

export function toVideoData(seed: SeedVideo): VideoData {
  const sources: VideoSource[] = seed.youtubeId
    ? []
    : [
        ...(seed.webm ? [{ url: `${MEDIA}/${seed.file}.webm`, type: 'video/webm' as const }] : []),
        { url: `${MEDIA}/${seed.file}.mp4`, type: 'video/mp4' },
      ];
  const captions: VideoCaption[] = captionLangs(seed).map((lang) => ({
    lang,
    url: `${MEDIA}/${seed.file}.${lang}.vtt`,
  }));
  return {
    title: seed.title,
    description: seed.description,
    category: seed.category,
    fields: seed.fields,
    unitId: seed.unitId,
    publishedAt: seed.publishedAt,
    durationSeconds: seed.durationSeconds,
    poster: { url: `${MEDIA}/${seed.file}-poster.jpg`, width: VIDEO_WIDTH, height: VIDEO_HEIGHT },
    sources,
    youtubeId: seed.youtubeId ?? null,
    captions,
    transcript: seed.cues.length ? seed.cues.map((cue) => cue.vi).join('\n\n') : null,
    published: true,
  };
}

export const seedVideos: VideoData[] = seedVideoCatalog.map(toVideoData);
export { seedVideoCatalog };
