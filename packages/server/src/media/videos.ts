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

/**
 * Picture size and duration from the container (MediaInfo reads only the parts it needs, by
 * range), refused when the file is not the container its head announced or has no picture.
 */
export async function inspectVideo(path: string, mediaType: string): Promise<InspectedVideo> {
  analyzer ??= mediaInfoFactory({ format: 'object' });
  const info = await analyzer;
  const run = queue.then(() =>
    withFileReader(path, (read, size) => info.analyzeData(size, (length, offset) => read(offset, length))),
  );
  queue = run.catch(() => undefined);
  const tracks = (await run).media?.track ?? [];
  const general = trackOf(tracks, 'General');
  const video = trackOf(tracks, 'Video');
  const durationSeconds = general?.Duration ?? video?.Duration;
  if (general?.Format !== CONTAINERS[mediaType] || !video?.Width || !video.Height || !durationSeconds)
    throw unreadable();
  return { width: video.Width, height: video.Height, durationSeconds };
}
