/**
 * Draws the seed videos into packages/server/seed/media/videos/: for each, an MP4 (H.264; also a
 * VP9 WebM when asked) showing its title and a running clock, a JPEG poster, and the WebVTT
 * captions (never burnt into the picture). YouTube entries get only a poster of our own.
 * Needs ffmpeg (Debian: `apt-get install ffmpeg`); CI never runs it, the files are committed.
 * Run after changing the catalog: `node --import tsx packages/server/src/seed/videos/generate.ts`
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SeedVideo } from './catalog.ts';
import { captionLangs, seedVideoCatalog, VIDEO_HEIGHT, VIDEO_WIDTH, webVtt } from './index.ts';

export const videoMediaDir = fileURLToPath(new URL('../../../seed/media/videos/', import.meta.url));

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const CATEGORY_LABELS: Record<SeedVideo['category'], string> = {
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
function filter(seed: SeedVideo, work: string, moving: boolean): string {
  const title = join(work, `${seed.file}.title.txt`);
  const label = join(work, `${seed.file}.label.txt`);
  writeFileSync(title, wrap(seed.title, 30));
  writeFileSync(
    label,
    seed.youtubeId ? `${CATEGORY_LABELS[seed.category]} · YouTube` : CATEGORY_LABELS[seed.category],
  );
  const { text } = seed.colors;
  const parts = [
    `drawbox=x=0:y=0:w=iw:h=10:color=#ffd54a:t=fill`,
    `drawtext=fontfile=${FONT}:textfile=${label}:fontsize=18:fontcolor=${text}:x=24:y=30`,
    `drawtext=fontfile=${FONT_BOLD}:textfile=${title}:fontsize=24:line_spacing=8:fontcolor=${text}:x=24:y=150`,
  ];
  if (moving)
    parts.push(
      `drawbox=x=0:y=ih-12:w='iw*t/${seed.durationSeconds}':h=12:color=#ffd54a:t=fill`,
      `drawtext=fontfile=${FONT}:text='%{pts\\:gmtime\\:0\\:%M\\\\\\:%S}':fontsize=18:fontcolor=${text}:x=w-tw-24:y=h-48`,
    );
  return parts.join(',');
}

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'inherit' });
}

function draw(seed: SeedVideo, work: string): void {
  const base = resolve(videoMediaDir, seed.file);
  const size = `${VIDEO_WIDTH}x${VIDEO_HEIGHT}`;
  const background = `color=c=${seed.colors.background}:s=${size}:r=12:d=${seed.durationSeconds}`;
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `color=c=${seed.colors.background}:s=${size}:d=1`,
    '-vf',
    filter(seed, work, false),
    '-frames:v',
    '1',
    '-q:v',
    '5',
    `${base}-poster.jpg`,
  ]);
  if (seed.youtubeId) return;
  // A quiet 440 Hz tone, so the player shows sound controls; mono, low bitrate.
  const tone = `sine=frequency=440:sample_rate=22050:duration=${seed.durationSeconds},volume=0.05`;
  const video = ['-f', 'lavfi', '-i', background, '-f', 'lavfi', '-i', tone, '-vf', filter(seed, work, true)];
  ffmpeg([
    ...video,
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
  if (seed.webm)
    ffmpeg([
      ...video,
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  rmSync(videoMediaDir, { recursive: true, force: true });
  mkdirSync(videoMediaDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'pbgdpl-videos-'));
  try {
    for (const seed of seedVideoCatalog) {
      draw(seed, work);
      for (const lang of captionLangs(seed))
        writeFileSync(resolve(videoMediaDir, `${seed.file}.${lang}.vtt`), webVtt(seed.cues, lang));
      console.log(`Đã ghi ${seed.file}`);
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
