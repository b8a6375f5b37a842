import type { Problem } from '@pbgdpl/contract';

/** Why a request failed, in terms a widget can turn into a message. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'aborted';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;

  constructor(kind: ApiErrorKind, options: { status?: number; problem?: Problem; cause?: unknown } = {}) {
    super(
      options.problem?.title ?? `API request failed (${kind}${options.status ? ` ${options.status}` : ''})`,
      {
        cause: options.cause,
      },
    );
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
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
