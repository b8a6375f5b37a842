import type { MediaItem, MediaKind, Problem } from '@pbgdpl/contract';

/** Sends one file to the library (only of kind `use`, when given); `onProgress` hears the share sent (0–1). */
export type MediaUploader = (
  file: File,
  use: MediaKind | undefined,
  onProgress: (sent: number) => void,
  signal: AbortSignal,
) => Promise<MediaItem>;

/** Why an upload failed, in the console's language (the server's problem detail when it sent one). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly aborted = false,
  ) {
    super(message);
  }
}

/**
 * POST /admin/media with XMLHttpRequest: fetch cannot report how much of a body is sent, and
 * editors upload videos of hundreds of megabytes.
 */
export function mediaUploader(options: {
  api: string;
  headers: () => Record<string, string>;
  failed: () => string;
}): MediaUploader {
  return (file, use, onProgress, signal) =>
    new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', `${options.api}/admin/media${use ? `?use=${encodeURIComponent(use)}` : ''}`);
      for (const [name, value] of Object.entries(options.headers())) request.setRequestHeader(name, value);
      request.setRequestHeader('Accept', 'application/json, application/problem+json');
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      request.onload = () => {
        const body = parse(request.responseText);
        if (request.status === 201) return resolve(body as MediaItem);
        // A refused file's own reason ("Tệp quá lớn (tối đa 10 MB)") is in errors.file.
        const problem = body as Problem | undefined;
        reject(new UploadError(problem?.errors?.file?.[0] ?? problem?.detail ?? options.failed()));
      };
      request.onerror = () => reject(new UploadError(options.failed()));
      request.onabort = () => reject(new UploadError('', true));
      signal.addEventListener('abort', () => request.abort(), { once: true });
      const form = new FormData();
      form.append('file', file, file.name);
      request.send(form);
    });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
