import mediaInfoFactory, { type MediaInfo, type Track } from 'mediainfo.js';
import { withFileReader } from './file-reader.ts';
import { unsafe } from './refusal.ts';

export interface InspectedVideo {
  width: number;
  height: number;
  durationSeconds: number;
}

/** MediaInfo's container names for the types we take: the head and the whole file must agree. */
const CONTAINERS: Record<string, string> = { 'video/mp4': 'MPEG-4', 'video/webm': 'WebM' };

let analyzer: Promise<MediaInfo<'object'>> | undefined;
/** One MediaInfo (WebAssembly) per process, analysing one file at a time. */
let queue: Promise<unknown> = Promise.resolve();

const unreadable = () =>
  unsafe({
    vi: 'Không đọc được video: tệp bị hỏng hoặc không có hình',
    en: 'The video cannot be read: the file is damaged or has no picture',
  });

const trackOf = <T extends Track['@type']>(tracks: readonly Track[], type: T) =>
  tracks.find((track) => track['@type'] === type) as Extract<Track, { '@type': T }> | undefined;

/** The tracks MediaInfo finds (it reads only the parts it needs, by range), one file at a time. */
async function tracksOf(path: string): Promise<Track[]> {
  analyzer ??= mediaInfoFactory({ format: 'object' });
  const info = await analyzer;
  const run = queue.then(() =>
    withFileReader(path, (read, size) => info.analyzeData(size, (length, offset) => read(offset, length))),
  );
  queue = run.catch(() => undefined);
  return (await run).media?.track ?? [];
}

/**
 * Picture size and duration from the container, refused when the file is not the container its
 * head announced or has no picture.
 */
export async function inspectVideo(path: string, mediaType: string): Promise<InspectedVideo> {
  const tracks = await tracksOf(path);
  const general = trackOf(tracks, 'General');
  const video = trackOf(tracks, 'Video');
  const durationSeconds = general?.Duration ?? video?.Duration;
  if (general?.Format !== CONTAINERS[mediaType] || !video?.Width || !video.Height || !durationSeconds)
    throw unreadable();
  return { width: video.Width, height: video.Height, durationSeconds };
}

/** MediaInfo's names of the audio formats we take. */
const AUDIO_CONTAINERS: Record<string, string> = {
  'audio/mpeg': 'MPEG Audio',
  'audio/mp4': 'MPEG-4',
  'audio/ogg': 'Ogg',
};

/** The duration of a sound file, refused when it is not the format its head announced or holds no sound. */
export async function inspectAudio(path: string, mediaType: string): Promise<{ durationSeconds: number }> {
  const tracks = await tracksOf(path);
  const general = trackOf(tracks, 'General');
  const durationSeconds = general?.Duration ?? trackOf(tracks, 'Audio')?.Duration;
  if (general?.Format !== AUDIO_CONTAINERS[mediaType] || !trackOf(tracks, 'Audio') || !durationSeconds)
    throw unsafe({
      vi: 'Không đọc được tệp âm thanh: tệp bị hỏng hoặc không có tiếng',
      en: 'The audio file cannot be read: the file is damaged or holds no sound',
    });
  return { durationSeconds };
}
