import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type Lang, type Localized, preferredLanguage } from './language.ts';

export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 429 | 500 | 503;

const TITLES: Record<ProblemStatus, Localized> = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  401: { vi: 'Chưa xác thực', en: 'Unauthorized' },
  403: { vi: 'Không có quyền', en: 'Forbidden' },
  404: { vi: 'Không tìm thấy', en: 'Not found' },
  405: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  409: { vi: 'Xung đột trạng thái', en: 'Conflict' },
  412: { vi: 'Nội dung đã thay đổi', en: 'Precondition failed' },
  413: { vi: 'Nội dung gửi lên quá lớn', en: 'Payload too large' },
  415: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
  422: { vi: 'Không thể xử lý yêu cầu', en: 'Unprocessable content' },
  429: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  500: { vi: 'Lỗi máy chủ', en: 'Internal server error' },
  503: { vi: 'Máy chủ đang quá tải', en: 'Service unavailable' },
};

export interface ProblemInit {
  detail?: Localized;
  /** Messages per field, already in the request's language. */
  errors?: Record<string, string[]>;
  headers?: Record<string, string>;
}

/** Thrown anywhere while handling a request; the app's error handler turns it into a response. */
export class ProblemError extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly init: ProblemInit = {},
  ) {
    super(`${status} ${TITLES[status].en}`);
  }
}

export const requestLanguage = (c: Context): Lang => preferredLanguage(c.req.header('Accept-Language'));

/** An RFC 9457 problem response in the language the client prefers. */
export function problem(c: Context, status: ProblemStatus, init: ProblemInit = {}): Response {
  const lang = requestLanguage(c);
  const body = {
    type: 'about:blank',
    title: TITLES[status][lang],
    status,
    ...(init.detail ? { detail: init.detail[lang] } : {}),
    ...(init.errors ? { errors: init.errors } : {}),
  };
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    ...init.headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Language': lang,
    'Cache-Control': 'no-store',
  });
}
