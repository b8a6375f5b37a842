import { readFile, writeFile } from 'node:fs/promises';
import { parseText, type VTTCue } from 'media-captions';
import { SUBRIP } from './file-types.ts';
import { unsafe } from './refusal.ts';

const invalid = (detail: string) =>
  unsafe({
    vi: `Tệp phụ đề không hợp lệ (${detail})`,
    en: `The caption file is not valid (${detail})`,
  });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Seconds as a WebVTT timestamp, `01:02:03.456`. */
function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Cues as a WebVTT file; an arrow inside a cue's text would end it, so it becomes `→`. */
function toWebVtt(cues: readonly VTTCue[]): string {
  const blocks = cues.map(
    (cue) => `${timestamp(cue.startTime)} --> ${timestamp(cue.endTime)}\n${cue.text.replaceAll('-->', '→')}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/**
 * Captions must be UTF-8 text that parses strictly, with at least one cue. WebVTT is kept as
 * sent; SubRip is converted to WebVTT (what `<track>` plays) into `path.vtt`, which is returned.
 */
export async function inspectCaptions(path: string, mediaType: string): Promise<string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch {
    throw invalid('không phải văn bản UTF-8 / not UTF-8 text');
  }
  const type = mediaType === SUBRIP ? 'srt' : 'vtt';
  let cues: VTTCue[];
  try {
    const parsed = await parseText(text, { type, strict: true });
    if (parsed.errors.length > 0) throw parsed.errors[0];
    cues = parsed.cues;
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  if (cues.length === 0) throw invalid('không có câu phụ đề nào / no cues');
  if (type === 'vtt') return path;
  await writeFile(`${path}.vtt`, toWebVtt(cues));
  return `${path}.vtt`;
}
