import type { Context } from 'hono';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import type { Localized } from '../http/language.ts';
import { checkFormToken } from './form-token.ts';

/** A problem about one field of a public form, with the message under that field too. */
export const fieldProblem = (status: 400 | 403 | 409 | 422, field: string, message: Localized, c: Context) =>
  new ProblemError(status, { detail: message, errors: { [field]: [message[requestLanguage(c)]] } });

export const WORK_NEEDED: Localized = {
  vi: 'Cần hoàn tất bước xác minh chống thư rác. Hãy tải lại biểu mẫu và gửi lại.',
  en: 'The anti-spam check must be completed. Reload the form and send again.',
};

/**
 * A public form's token, checked before anything is written: sent too soon after the form
 * was handed out (422 with Retry-After), too old or not ours (400), each said in words.
 */
export function requireFormToken(
  key: string,
  token: string,
  now: Date,
  minFillSeconds: number,
  c: Context,
): void {
  const checked = checkFormToken(key, token, now, minFillSeconds);
  if (!checked.ok && checked.reason === 'too-fast') {
    throw new ProblemError(422, {
      detail: {
        vi: `Bạn gửi quá nhanh. Vui lòng đợi ${checked.waitSeconds} giây rồi gửi lại.`,
        en: `That was too fast. Please wait ${checked.waitSeconds} seconds and send again.`,
      },
      errors: {
        formToken: [
          requestLanguage(c) === 'en'
            ? `Wait ${checked.waitSeconds} seconds`
            : `Đợi ${checked.waitSeconds} giây`,
        ],
      },
      headers: { 'Retry-After': String(checked.waitSeconds) },
    });
  }
  if (!checked.ok) {
    throw fieldProblem(
      400,
      'formToken',
      checked.reason === 'expired'
        ? {
            vi: 'Biểu mẫu đã mở quá lâu. Hãy tải lại biểu mẫu rồi gửi.',
            en: 'The form is too old. Reload it and send again.',
          }
        : {
            vi: 'Mã biểu mẫu không hợp lệ. Hãy tải lại biểu mẫu.',
            en: 'The form token is invalid. Reload the form.',
          },
      c,
    );
  }
}

/** The consent texts changed since the form was loaded. */
export const staleConsentsProblem = (c: Context) =>
  fieldProblem(
    422,
    'consents.version',
    {
      vi: 'Nội dung đồng ý đã được cập nhật. Hãy tải lại biểu mẫu và đọc lại trước khi gửi.',
      en: 'The consent texts have changed. Reload the form and read them before sending.',
    },
    c,
  );
