import type { Readable } from 'node:stream';
import type { MediaItem, MediaKind } from '@pbgdpl/contract';
import type { MediaConfig } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { auditLogRepository } from '../repositories/audit-log.ts';
import { mediaRepository } from '../repositories/media.ts';
import { ingest, titleOf } from './ingest.ts';
import { addToLibrary, discardReceived, newMedia } from './library.ts';
import { type Received, receiveFile } from './receive.ts';
import { incomingDir } from './storage.ts';

/** What an uploader says of a file, already checked against the contract. */
export interface UploadFields {
  title?: string | undefined;
  alt?: string | null | undefined;
  caption?: string | null | undefined;
  unitId?: string | undefined;
}

/**
 * Adds a received file to the library: ingested (read, checked, stripped, variants made),
 * stored, and its entry written with its audit line, all or nothing. The received file and
 * everything made from it are removed afterwards, whatever happened.
 */
export async function addUpload(
  context: { config: MediaConfig; db: Db; now: Date; actor: string },
  received: Received,
  fileName: string,
  fields: UploadFields,
): Promise<MediaItem> {
  const { config, db, now, actor } = context;
  try {
    const ingested = await ingest(received, fileName);
    const described = {
      title: fields.title ?? titleOf(ingested.name),
      alt: fields.alt ?? null,
      caption: fields.caption ?? null,
      unitId: fields.unitId ?? null,
      uploadedBy: actor,
    };
    return await addToLibrary(config, db, ingested, async (trx) => {
      const item = await mediaRepository(trx).create(newMedia(ingested, described), now);
      await auditLogRepository(trx).record('media', item.id, {
        at: now,
        actor,
        action: 'created',
        detail: item.title,
      });
      return item;
    });
  } finally {
    await discardReceived(received);
  }
}

/** Receives a stream (a file the server already has, as the demo's) the way an upload's file part is. */
export const receiveStream = (config: MediaConfig, source: Readable, use?: MediaKind): Promise<Received> =>
  receiveFile(source, { dir: incomingDir(config), maxBytes: config.maxBytes, use });
