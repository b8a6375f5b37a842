import { MEDIA_EXTENSIONS, MEDIA_KINDS, MEDIA_TYPES, type MediaKind } from '@pbgdpl/contract';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { unsupported } from './refusal.ts';

/** What the first bytes of a file say it is. */
export interface Detected {
  kind: MediaKind;
  /** The type as far as the head tells: a ZIP container and SubRip are decided later. */
  mediaType: string;
}

/** Enough for file-type to recognise every format we take (its own recommendation). */
export const HEAD_BYTES = 4100;

export const ZIP = 'application/zip';
export const SUBRIP = 'application/x-subrip';

const BINARY: Record<string, MediaKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/avif': 'image',
  'image/gif': 'image',
  'application/pdf': 'document',
  [ZIP]: 'document',
  'video/mp4': 'video',
  'video/webm': 'video',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/ogg': 'audio',
};

/** Names file-type gives audio we take, as the library stores them (Opus is Ogg too). */
const AUDIO_NAMES: Record<string, string> = {
  'audio/x-m4a': 'audio/mp4',
  'audio/ogg; codecs=opus': 'audio/ogg',
};

/** Office files are ZIP containers: file-type names them from the head when it can. */
const OFFICE = new Set(Object.keys(MEDIA_TYPES.document).filter((type) => type !== 'application/pdf'));

const BOM = /^\uFEFF/;
const WEBVTT = /^WEBVTT(?:[ \t\r\n]|$)/;
const SUBRIP_START = /^\s*\d+[ \t]*\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{3}[ \t]+-->/;
// An optional XML declaration and comments, then the root element: no DOCTYPE (entities) allowed.
const SVG_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i;

function detectText(head: Uint8Array): Detected | undefined {
  const text = new TextDecoder('utf-8').decode(head).replace(BOM, '');
  if (WEBVTT.test(text)) return { kind: 'caption', mediaType: 'text/vtt' };
  if (SUBRIP_START.test(text)) return { kind: 'caption', mediaType: SUBRIP };
  if (SVG_START.test(text)) return { kind: 'image', mediaType: 'image/svg+xml' };
  return undefined;
}

/** Names the accepted formats in a refusal: `.jpg, .png, … .srt`. */
export const acceptedList = (kinds: readonly MediaKind[]): string =>
  kinds.flatMap((kind) => MEDIA_EXTENSIONS[kind]).join(', ');

/**
 * The kind and type of a file from its first bytes (magic numbers, or the first line of a text
 * format), never from its name or what the browser said; refused when it is none we take or
 * not of the kind the upload is for.
 */
export async function detectHead(head: Uint8Array, use: MediaKind | undefined): Promise<Detected> {
  const sniffed = await fileTypeFromBuffer(head);
  const found = sniffed && { ...sniffed, mime: AUDIO_NAMES[sniffed.mime] ?? sniffed.mime };
  const kind = found && (OFFICE.has(found.mime) ? 'document' : BINARY[found.mime]);
  const detected =
    found && kind ? { kind, mediaType: OFFICE.has(found.mime) ? ZIP : found.mime } : detectText(head);
  if (!detected || (use && detected.kind !== use)) throw unsupported(acceptedList(use ? [use] : MEDIA_KINDS));
  return detected;
}

/** The exact type of a whole ZIP container: one of the office formats we take, or refused. */
export async function officeType(path: string): Promise<string> {
  const found = await fileTypeFromFile(path);
  if (!found || !OFFICE.has(found.mime)) throw unsupported(acceptedList(['document']));
  return found.mime;
}

/** The extension a stored file of this type gets. */
export function extensionOf(kind: MediaKind, mediaType: string): string {
  const types: Record<string, string> = MEDIA_TYPES[kind];
  const extension = types[mediaType];
  if (!extension) throw new Error(`no extension for ${mediaType}`);
  return extension;
}
