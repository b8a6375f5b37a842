/**
 * Draws the demo videos into demo-content/media/videos/ from videos.json: for each, an MP4
 * (H.264; also a VP9 WebM when the video lists a WebM source) showing its title and a running
 * clock, a JPEG poster, and the WebVTT captions of its `clip.cues` (never burnt into the
 * picture). YouTube entries get only a poster of our own.
 * Needs ffmpeg (Debian: `apt-get install ffmpeg`); CI never runs it, the files are committed.
 * Run after changing videos.json: `node --import tsx demo-content/scripts/videos.ts`
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isMain, mediaDir, readDemoJson } from './demo-data.ts';

export const videoMediaDir = mediaDir('videos');

/** One caption cue: seconds from the start, and its text. */
export interface Cue {
  from: number;
  to: number;
  vi: string;
  en?: string;
}

/** What the drawing and the captions need of a video in videos.json. */
export interface DemoVideo {
  title: string;
  category: 'tieu-pham' | 'tinh-huong' | 'toa-dam' | 'huong-dan' | 'tin-tuc';
  durationSeconds: number;
  poster: { url: string; width: number; height: number };
  sources: { url: string; type: string }[];
  youtubeId: string | null;
  captions: { lang: 'vi' | 'en'; url: string }[];
  transcript: string | null;
  /** `file` names its media (`<file>.mp4`, `-poster.jpg`, `.vi.vtt`, …); colours with contrast ≥ 7:1. */
  clip: { file: string; colors: { background: string; text: string }; cues: Cue[] };
}

export const demoVideos = (): DemoVideo[] => readDemoJson<{ videos: DemoVideo[] }>('videos.json').videos;

/** `00:00:03.000` */
const vttTime = (seconds: number) => `00:00:${String(seconds).padStart(2, '0')}.000`;

/** The WebVTT file of a demo video in one language. */
export function webVtt(cues: Cue[], lang: 'vi' | 'en'): string {
  const blocks = cues.map(
    (cue, i) => `${i + 1}\n${vttTime(cue.from)} --> ${vttTime(cue.to)}\n${cue[lang] ?? ''}`,
  );
  return ['WEBVTT', '', ...blocks.flatMap((block) => [block, ''])].join('\n');
}

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const CATEGORY_LABELS: Record<DemoVideo['category'], string> = {
  'tieu-pham': 'Tiểu phẩm pháp luật',
  'tinh-huong': 'Tình huống pháp luật',
  'toa-dam': 'Tọa đàm',
  'huong-dan': 'Hướng dẫn',
  'tin-tuc': 'Tin tức',
};

/** Breaks a title into lines of at most `width` characters, on spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * The picture: over the video's colour, the category on top, the title below the middle (clear
 * of the gallery's play button), a bar that grows with time (so playing is visible) and a
 * clock. Text comes from files, so no quoting reaches ffmpeg's parser.
 */
function filter(video: DemoVideo, work: string, moving: boolean): string {
  const title = join(work, `${video.clip.file}.title.txt`);
  const label = join(work, `${video.clip.file}.label.txt`);
  writeFileSync(title, wrap(video.title, 30));
  writeFileSync(
    label,
    video.youtubeId ? `${CATEGORY_LABELS[video.category]} · YouTube` : CATEGORY_LABELS[video.category],
  );
  const { text } = video.clip.colors;
  const parts = [
    `drawbox=x=0:y=0:w=iw:h=10:color=#ffd54a:t=fill`,
    `drawtext=fontfile=${FONT}:textfile=${label}:fontsize=18:fontcolor=${text}:x=24:y=30`,
    `drawtext=fontfile=${FONT_BOLD}:textfile=${title}:fontsize=24:line_spacing=8:fontcolor=${text}:x=24:y=150`,
  ];
  if (moving)
    parts.push(
      `drawbox=x=0:y=ih-12:w='iw*t/${video.durationSeconds}':h=12:color=#ffd54a:t=fill`,
      `drawtext=fontfile=${FONT}:text='%{pts\\:gmtime\\:0\\:%M\\\\\\:%S}':fontsize=18:fontcolor=${text}:x=w-tw-24:y=h-48`,
    );
  return parts.join(',');
}

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'inherit' });
}

function draw(video: DemoVideo, work: string): void {
  const base = resolve(videoMediaDir, video.clip.file);
  const size = `${video.poster.width}x${video.poster.height}`;
  const background = `color=c=${video.clip.colors.background}:s=${size}:r=12:d=${video.durationSeconds}`;
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `color=c=${video.clip.colors.background}:s=${size}:d=1`,
    '-vf',
    filter(video, work, false),
    '-frames:v',
    '1',
    '-q:v',
    '5',
    `${base}-poster.jpg`,
  ]);
  if (video.youtubeId) return;
  // A quiet 440 Hz tone, so the player shows sound controls; mono, low bitrate.
  const tone = `sine=frequency=440:sample_rate=22050:duration=${video.durationSeconds},volume=0.05`;
  const input = [
    '-f',
    'lavfi',
    '-i',
    background,
    '-f',
    'lavfi',
    '-i',
    tone,
    '-vf',
    filter(video, work, true),
  ];
  ffmpeg([
    ...input,
    '-c:v',
    'libx264',
    '-profile:v',
    'baseline',
    '-pix_fmt',
    'yuv420p',
    '-crf',
    '32',
    '-preset',
    'veryslow',
    '-c:a',
    'aac',
    '-b:a',
    '24k',
    '-ac',
    '1',
    '-movflags',
    '+faststart',
    `${base}.mp4`,
  ]);
  if (video.sources.some((source) => source.type === 'video/webm'))
    ffmpeg([
      ...input,
      '-c:v',
      'libvpx-vp9',
      '-crf',
      '45',
      '-b:v',
      '0',
      '-row-mt',
      '1',
      '-c:a',
      'libopus',
      '-b:a',
      '24k',
      '-ac',
      '1',
      `${base}.webm`,
    ]);
}

if (isMain(import.meta)) {
  rmSync(videoMediaDir, { recursive: true, force: true });
  mkdirSync(videoMediaDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'pbgdpl-videos-'));
  try {
    for (const video of demoVideos()) {
      draw(video, work);
      for (const { lang } of video.captions)
        writeFileSync(
          resolve(videoMediaDir, `${video.clip.file}.${lang}.vtt`),
          webVtt(video.clip.cues, lang),
        );
      console.log(`Đã ghi ${video.clip.file}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const total = readdirSync(videoMediaDir).reduce(
    (sum, name) => sum + statSync(resolve(videoMediaDir, name)).size,
    0,
  );
  console.log(`Tổng dung lượng: ${(total / 1024).toFixed(0)} KB`);
}
