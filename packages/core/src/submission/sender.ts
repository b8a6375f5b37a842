import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuestionForm } from '@pbgdpl/contract';
import { ApiError } from '../api-error.ts';
import { apiClient, type RouteInput, type RouteReply } from '../api-client.ts';
import type { Lang, Translate } from '../i18n.ts';
import type { PbgdplConfig } from '../config.ts';
import { waitForFill } from '../consent-form.ts';
import { solveChallenge } from '../proof-of-work.ts';
import { randomId } from '../random-id.ts';
import { type ContactDraft, contactInput } from './contact-draft.ts';

/** The routes that hand out a form (consent texts, token, challenge) and the routes it is sent to. */
type FormRoute = 'dialogueForm' | 'documentFeedbackForm';
type SendRoute = 'dialogueAsk' | 'documentFeedbackCreate';

export interface SenderHost extends ReactiveControllerHost {
  readonly config: PbgdplConfig;
  readonly language: Lang;
  readonly t: Translate;
}

export type SenderPhase = 'idle' | 'verifying' | 'sending' | 'failed' | 'done';

export type FormState =
  | { status: 'loading' }
  | { status: 'ready'; data: QuestionForm; at: number; lang: Lang }
  | { status: 'error'; error: ApiError };

export const asApiError = (cause: unknown) =>
  cause instanceof ApiError ? cause : new ApiError('network', { cause });

/** A send waits this long on a slow phone connection. */
const SEND_TIMEOUT = 15_000;
/** How many times a send waits for an earlier attempt with the same key before giving up. */
const MAX_WAITS = 5;

export interface SenderRoutes<F extends FormRoute, S extends SendRoute> {
  form: F;
  send: S;
  /** The path parameters both routes take (the session's or the document's id). */
  params: () => RouteInput<F>['params'] & RouteInput<S>['params'];
}

/**
 * Sending a public form the way every form of the site does: loads the form once per language
 * (consent texts, a signed token, maybe a proof-of-work challenge), waits the minimum fill time,
 * solves the challenge, sends with one idempotency key per message (kept by every retry, new
 * after a success), waits for an earlier attempt with the same key still being stored, and
 * fetches a fresh form once when the token or challenge was refused. Aborts when the element
 * leaves the page.
 */
export class SubmissionSender<F extends FormRoute, S extends SendRoute> implements ReactiveController {
  form: FormState = { status: 'loading' };
  phase: SenderPhase = 'idle';
  /** `Idempotency-Key` of the message being written. */
  key = randomId();
  /** The hidden `website` input: people never see it, naive bots fill it, the server refuses it. */
  honeypot = '';
  #proof: { formToken: string; payload: string } | undefined;
  #abort = new AbortController();
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: SenderHost,
    private readonly routes: SenderRoutes<F, S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    this.#abort.abort();
  }

  get busy(): boolean {
    return this.phase === 'sending' || this.phase === 'verifying';
  }

  /** Loads the form once per language (and again after a failure or a refused token). */
  ensureForm(force = false): Promise<void> {
    const current = this.form;
    const fresh = current.status === 'ready' && current.lang === this.host.language;
    if (fresh && !force) return Promise.resolve();
    if (this.#loading && !force) return this.#loading;
    const lang = this.host.language;
    const input = { params: this.routes.params() } as RouteInput<F>;
    this.#loading = apiClient(this.host.config.api)
      .send(this.routes.form, input, {
        headers: { 'Accept-Language': lang },
        signal: this.#abort.signal,
      })
      .then(
        (data) => {
          this.form = { status: 'ready', data: data as QuestionForm, at: Date.now(), lang };
          this.#proof = undefined;
        },
        (cause: unknown) => {
          if (this.form.status !== 'ready') this.form = { status: 'error', error: asApiError(cause) };
          throw cause;
        },
      )
      .finally(() => {
        this.#loading = undefined;
        this.host.requestUpdate();
      });
    return this.#loading.catch(() => undefined);
  }

  /** The consent text the form shows for a purpose (`process-and-answer`, `publish-name`). */
  consentText(purpose: string): string {
    const form = this.form;
    return form.status === 'ready'
      ? (form.data.consents.find((consent) => consent.purpose === purpose)?.text ?? '')
      : '';
  }

  /**
   * Sends the body `build` makes from the form's token and consents; answers the receipt, or
   * throws the refusal as an `ApiError` (phase `failed`). A second call while one runs does nothing.
   */
  /**
   * What every message's body carries besides its own fields: the sender, the consents given on
   * this form's edition, the form's token and proof of work, and the honeypot.
   */
  envelope(draft: ContactDraft, form: QuestionForm, proofOfWork: string | undefined) {
    return {
      ...contactInput(draft),
      consents: {
        version: form.consentVersion,
        processAndAnswer: true as const,
        publishName: draft.publishName,
      },
      formToken: form.formToken,
      proofOfWork,
      website: this.honeypot || undefined,
    };
  }

  async send(
    build: (form: QuestionForm, proofOfWork: string | undefined) => RouteInput<S>['body'],
  ): Promise<RouteReply<S> | undefined> {
    if (this.busy) return undefined;
    this.phase = 'sending';
    this.host.requestUpdate();
    try {
      const receipt = await this.#send(build, true, 0);
      this.phase = 'done';
      this.key = randomId();
      // The next message needs a fresh token (and maybe a new challenge).
      void this.ensureForm(true);
      return receipt;
    } catch (cause) {
      this.phase = 'failed';
      throw asApiError(cause);
    } finally {
      this.host.requestUpdate();
    }
  }

  async #send(
    build: (form: QuestionForm, proofOfWork: string | undefined) => RouteInput<S>['body'],
    mayRenew: boolean,
    waited: number,
  ): Promise<RouteReply<S>> {
    await this.ensureForm();
    if (this.form.status !== 'ready')
      throw this.form.status === 'error' ? this.form.error : new ApiError('network', {});
    const { data, at } = this.form;
    await waitForFill(at, data.minFillSeconds);
    const proofOfWork = await this.#solve(data);
    const input = { params: this.routes.params(), body: build(data, proofOfWork) } as RouteInput<S>;
    try {
      return await apiClient(this.host.config.api).send(this.routes.send, input, {
        headers: { 'Idempotency-Key': this.key, 'Accept-Language': this.host.language },
        signal: this.#abort.signal,
        timeout: SEND_TIMEOUT,
      });
    } catch (cause) {
      const fields = Object.keys((cause instanceof ApiError && cause.problem?.errors) || {});
      // An earlier attempt of this very message is still being stored: wait, then the same key gets its receipt.
      if (cause instanceof ApiError && cause.status === 409 && fields.includes('Idempotency-Key')) {
        if (waited >= MAX_WAITS) throw cause;
        await new Promise((resolve) => setTimeout(resolve, (cause.retryAfter ?? 1) * 1000));
        return this.#send(build, mayRenew, waited + 1);
      }
      // An expired or used token, or a used challenge: a fresh form, and once more.
      if (mayRenew && fields.some((field) => field === 'formToken' || field === 'proofOfWork')) {
        await this.ensureForm(true);
        return this.#send(build, false, waited);
      }
      throw cause;
    }
  }

  async #solve(form: QuestionForm): Promise<string | undefined> {
    if (!form.challenge) return undefined;
    if (this.#proof?.formToken === form.formToken) return this.#proof.payload;
    this.phase = 'verifying';
    this.host.requestUpdate();
    const payload = await solveChallenge(form.challenge, this.#abort.signal);
    this.phase = 'sending';
    this.host.requestUpdate();
    if (payload) this.#proof = { formToken: form.formToken, payload };
    return payload;
  }

  /** After a success: ready for the next message. */
  reset(): void {
    this.phase = 'idle';
    this.host.requestUpdate();
  }
}

/**
 * The messages of a refusal, by the form's fields (`fieldOf` maps the server's paths, e.g.
 * `consents.processAndAnswer`); `form` says what concerns no field (a limit, the network).
 */
export function refusalMessages<K extends string>(
  t: Translate,
  error: ApiError,
  fieldOf: (path: string) => K | 'form',
): Partial<Record<K | 'form', string>> {
  const errors: Partial<Record<K | 'form', string>> = {};
  for (const [path, messages] of Object.entries(error.problem?.errors ?? {})) {
    const field = fieldOf(path);
    errors[field] = [errors[field], ...messages].filter(Boolean).join(' ');
  }
  if (error.status === 429)
    errors.form = t('submission:rateLimited', {
      minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)),
    });
  else if (error.kind === 'network' || error.kind === 'timeout') errors.form = t(`core:error.${error.kind}`);
  else if (!errors.form)
    errors.form =
      Object.keys(errors).length > 0
        ? t('submission:invalid')
        : (error.problem?.detail ?? t('core:error.http', { status: error.status ?? '' }));
  return errors;
}
