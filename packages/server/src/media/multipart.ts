import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { MediaKind } from '@pbgdpl/contract';
import busboy from 'busboy';
import type { Context } from 'hono';
import type { MediaConfig } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { MediaRefusal, tooLarge } from './refusal.ts';
import { type Received, receiveFile } from './receive.ts';
import { incomingDir } from './storage.ts';

/** An upload received: its text fields, the file's name as sent, and the file. */
export interface Upload {
  fields: Record<string, string>;
  fileName: string;
  received: Received;
}

const badForm = (vi: string, en: string) => new MediaRefusal(400, { vi, en });
const truncated = () =>
  badForm(
    'Nội dung gửi lên bị cắt ngang hoặc không đúng dạng multipart/form-data; hãy gửi lại',
    'The body was cut short or is not valid multipart/form-data; send it again',
  );
const oneFile = () => badForm('Chỉ gửi một tệp, trong trường "file"', 'Send one file, in the "file" field');
/** Room for the text fields and part headers around the largest file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Streams a multipart/form-data upload: one `file` part into the incoming folder as it arrives
 * (checked on the way, see `receiveFile`) and a few short text fields. Nothing is buffered
 * whole. Refusals stop reading at once; a sender who goes away leaves no partial file.
 */
export function readUpload(
  c: Context<AppEnv>,
  config: MediaConfig,
  use: MediaKind | undefined,
): Promise<Upload> {
  const largest = Math.max(...Object.values(config.maxBytes));
  const declared = Number(c.req.header('Content-Length'));
  if (declared > largest + FORM_OVERHEAD) return Promise.reject(tooLarge(largest));
  const body = c.env?.incoming ?? (c.req.raw.body && Readable.fromWeb(c.req.raw.body as never));
  if (!body) return Promise.reject(truncated());
  let form: busboy.Busboy;
  try {
    form = busboy({
      headers: { 'content-type': c.req.header('Content-Type') },
      // Browsers send file names as UTF-8; keep any folder in the name, to refuse it rather than guess.
      defParamCharset: 'utf8',
      preservePath: true,
      limits: { files: 1, fields: 8, parts: 9, fieldSize: 4000, fieldNameSize: 40 },
    });
  } catch {
    return Promise.reject(truncated());
  }
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let receiving: Promise<Received> | undefined;
    let fileName = '';
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      body.unpipe(form);
      form.destroy(error instanceof Error ? error : new Error(String(error)));
      // Answer only once the file is gone, whether it was still arriving or already whole.
      const gone = receiving?.then(
        (received) => rm(received.path, { force: true }),
        () => undefined,
      );
      void Promise.resolve(gone).then(() => reject(error));
    };
    form.on('file', (name, stream, info) => {
      if (name !== 'file' || receiving) {
        stream.resume();
        return fail(oneFile());
      }
      fileName = info.filename ?? '';
      receiving = receiveFile(stream, { dir: incomingDir(config), maxBytes: config.maxBytes, use });
      receiving.catch(fail);
    });
    form.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated)
        fail(badForm(`Trường ${name} quá dài`, `${name} is too long`));
      else fields[name] = value;
    });
    form.on('filesLimit', () => fail(oneFile()));
    for (const limit of ['partsLimit', 'fieldsLimit'] as const)
      form.on(limit, () => fail(badForm('Quá nhiều trường hoặc tệp', 'Too many fields or files')));
    form.on('error', (error: Error) => fail(error instanceof MediaRefusal ? error : truncated()));
    form.on('close', () => {
      if (failed) return;
      if (!receiving)
        return fail(
          badForm('Chưa có tệp nào được gửi (trường "file")', 'No file was sent (the "file" field)'),
        );
      receiving.then((received) => resolve({ fields, fileName, received }), fail);
    });
    // The sender went away: the partial file goes (receiveFile removes it when its stream fails).
    body.on('error', fail);
    body.on('aborted', () => fail(new Error('the client went away mid-upload')));
    body.pipe(form);
  });
}
