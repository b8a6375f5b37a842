import { stat } from 'node:fs/promises';
import { MEDIA_EXTENSIONS, MEDIA_KINDS, type MediaKind } from '@pbgdpl/contract';
import { inspectCaptions } from './captions.ts';
import { extensionOf, ZIP } from './file-types.ts';
import { inspectImage } from './images.ts';
import { inspectOffice } from './office.ts';
import { pdfPageCount } from './pdf.ts';
import type { Received } from './receive.ts';
import { keyOf, sha256Of, type StoredFile } from './stored-file.ts';
import { inspectAudio, inspectVideo } from './videos.ts';

/** A received file made ready for the library: what it is, and the files to store. */
export interface Ingested {
  kind: MediaKind;
  mediaType: string;
  /** The uploader's file name with the extension of what the bytes are. */
  name: string;
  size: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  pages: number | null;
  original: StoredFile;
  variants: Array<StoredFile & { width: number; height: number }>;
}

const KNOWN_EXTENSIONS = new Set<string>(MEDIA_KINDS.flatMap((kind) => MEDIA_EXTENSIONS[kind]));

/** `Ảnh hội nghị.JPG` sent as PNG bytes → `Ảnh hội nghị.png`; the name otherwise stays as written. */
export function libraryName(fileName: string, extension: string): string {
  const dot = fileName.lastIndexOf('.');
  const known = dot > 0 && KNOWN_EXTENSIONS.has(fileName.slice(dot).toLowerCase());
  return `${known ? fileName.slice(0, dot) : fileName}.${extension}`;
}

/** The name without its extension: a new file's title unless the uploader gave one. */
export const titleOf = (name: string): string => name.slice(0, name.lastIndexOf('.'));

/**
 * Reads what the library records of a file from the file itself (size, picture size, duration,
 * pages), refusing what is not what its head claimed, and prepares what is stored: images
 * without their metadata and with smaller copies, SubRip as WebVTT.
 */
export async function ingest(received: Received, fileName: string): Promise<Ingested> {
  const { kind } = received;
  const mediaType =
    received.mediaType === ZIP
      ? await inspectOffice(received.path)
      : kind === 'caption'
        ? 'text/vtt'
        : received.mediaType;
  const extension = extensionOf(kind, mediaType);
  const asSent = { key: keyOf(received.sha256, extension), path: received.path, size: received.size };
  const base = {
    kind,
    mediaType,
    name: libraryName(fileName, extension),
    width: null,
    height: null,
    durationSeconds: null,
    pages: null,
    variants: [],
  };
  if (kind === 'image') {
    const image = await inspectImage(received, extension);
    return { ...base, ...image, size: image.original.size };
  }
  if (kind === 'video')
    return {
      ...base,
      ...(await inspectVideo(received.path, mediaType)),
      original: asSent,
      size: received.size,
    };
  if (kind === 'audio')
    return {
      ...base,
      ...(await inspectAudio(received.path, mediaType)),
      original: asSent,
      size: received.size,
    };
  if (kind === 'caption') {
    const path = await inspectCaptions(received.path, received.mediaType);
    if (path === received.path) return { ...base, original: asSent, size: received.size };
    const { size } = await stat(path);
    return { ...base, original: { key: keyOf(await sha256Of(path), extension), path, size }, size };
  }
  const pages = mediaType === 'application/pdf' ? await pdfPageCount(received.path) : null;
  return { ...base, pages, original: asSent, size: received.size };
}
