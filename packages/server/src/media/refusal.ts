import type { Lang, Localized } from '../http/language.ts';
import { ProblemError, type ProblemStatus } from '../http/problem.ts';

/**
 * A file the library will not take, and why, in both languages: thrown anywhere between the
 * first byte and storing; the upload answers it as a problem about the `file` field, and
 * nothing of the file is kept.
 */
export class MediaRefusal extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly reason: Localized,
  ) {
    super(reason.en);
  }

  problem(lang: Lang): ProblemError {
    return new ProblemError(this.status, {
      detail: this.reason,
      errors: { file: [this.reason[lang]] },
      // A refused upload may still be arriving: close rather than read the rest.
      headers: { Connection: 'close' },
    });
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const tooLarge = (maxBytes: number): MediaRefusal =>
  new MediaRefusal(413, {
    vi: `Tệp quá lớn (tối đa ${megabytes(maxBytes)})`,
    en: `The file is too large (at most ${megabytes(maxBytes)})`,
  });

export const unsupported = (accepted: string): MediaRefusal =>
  new MediaRefusal(415, {
    vi: `Định dạng không được hỗ trợ (nhận: ${accepted})`,
    en: `This file type is not supported (accepted: ${accepted})`,
  });

/** The file claims a type its contents do not bear out, or carries something that could run. */
export const unsafe = (reason: Localized): MediaRefusal => new MediaRefusal(422, reason);
