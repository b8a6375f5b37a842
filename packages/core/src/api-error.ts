import type { Problem } from '@pbgdpl/contract';

/** Why a request failed, in terms a widget or the console can turn into a message. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'aborted';

/** Every failed API request, read or write, in widgets and the console alike. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  /** Seconds to wait before asking again, from `Retry-After` (429, 409, 503). */
  readonly retryAfter: number | undefined;

  constructor(
    kind: ApiErrorKind,
    options: { status?: number; problem?: Problem; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(
      options.problem?.detail ??
        options.problem?.title ??
        `API request failed (${kind}${options.status ? ` ${options.status}` : ''})`,
      { cause: options.cause },
    );
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
    this.retryAfter = options.retryAfter;
  }

  /** The problem's messages per field path (`attachments.0.url`). */
  get errors(): Record<string, string[]> {
    return this.problem?.errors ?? {};
  }

  /** Failures where an older copy of the data is better than nothing. */
  get isOutage(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'parse' ||
      (this.status !== undefined && (this.status >= 500 || this.status === 408 || this.status === 429))
    );
  }
}
