import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuestionTracking } from '@pbgdpl/contract';
import { TRACKING_CODE } from '@pbgdpl/contract/question-rules';
import { ApiError, apiClient, type Lang, type PbgdplConfig, type Translate } from '@pbgdpl/core';

export interface LookupHost extends ReactiveControllerHost {
  readonly config: PbgdplConfig;
  readonly language: Lang;
  readonly t: Translate;
}

export type LookupState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'invalid'; message: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: QuestionTracking };

/** `hd 7kq4-m9xa` → `HD-7KQ4M9XA`: people read codes aloud, copy them with spaces, mix cases. */
export const normalizeCode = (code: string): string => {
  const plain = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return plain.startsWith('HD') ? `HD-${plain.slice(2)}` : plain;
};

/** The lookup by tracking code: always asks the server afresh (a status changes). */
export class LookupController implements ReactiveController {
  state: LookupState = { status: 'idle' };
  code = '';
  #abort: AbortController | undefined;

  constructor(private readonly host: LookupHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  async lookup(input: string): Promise<void> {
    const { t } = this.host;
    this.code = normalizeCode(input);
    if (!TRACKING_CODE.test(this.code)) {
      this.state = { status: 'invalid', message: t('status.invalidCode') };
      this.host.requestUpdate();
      return;
    }
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const data = await apiClient(this.host.config.api).send(
        'questionStatus',
        { params: { code: this.code } },
        { headers: { 'Accept-Language': this.host.language }, signal: abort.signal },
      );
      this.state = { status: 'ready', data };
    } catch (cause) {
      if (abort.signal.aborted) return;
      const error = cause instanceof ApiError ? cause : undefined;
      const message =
        error?.status === 404
          ? t('status.notFound')
          : error?.kind === 'http'
            ? (error.problem?.detail ?? t('core:error.http', { status: error.status }))
            : t(`core:error.${error?.kind ?? 'network'}`);
      this.state = { status: 'error', message };
    }
    this.host.requestUpdate();
  }
}
