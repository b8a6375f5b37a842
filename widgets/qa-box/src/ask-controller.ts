import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuestionForm, QuestionInput, QuestionReceipt } from '@pbgdpl/contract';
import {
  questionDraftProblems,
  QUESTION_LIMITS,
  type QuestionDraftField,
} from '@pbgdpl/contract/question-rules';
import { ApiError, apiClient, type Lang, type PbgdplConfig, type Translate } from '@pbgdpl/core';
import { DraftStore, emptyDraft, type StoredDraft } from './draft-store.ts';
import { waitForFill } from '@pbgdpl/core/consent-form';
import { solveChallenge } from '@pbgdpl/core/proof-of-work';

/** A field the form shows a message next to; `form` is the summary for anything else. */
export type FieldKey = QuestionDraftField | 'form';
/** Where each message goes and where focus lands, in the form's order. */
export const FIELD_ORDER: readonly QuestionDraftField[] = [
  'name',
  'email',
  'phone',
  'contact',
  'address',
  'field',
  'title',
  'body',
  'consent',
];

export type Phase = 'idle' | 'verifying' | 'sending' | 'failed' | 'done';

export interface AskHost extends ReactiveControllerHost {
  readonly config: PbgdplConfig;
  readonly language: Lang;
  readonly t: Translate;
  /** A send failed or was refused: move focus to the first field with a message, else the summary. */
  focusProblem(field: FieldKey): void;
  sent(receipt: QuestionReceipt): void;
}

type FormState =
  | { status: 'loading' }
  | { status: 'ready'; data: QuestionForm; at: number; lang: Lang }
  | { status: 'error'; error: ApiError };

const SAVE_DELAY = 400;
/** A question is worth waiting for on a slow phone connection. */
const SEND_TIMEOUT = 15_000;
/** How many times a send waits for an earlier attempt of the same question before giving up. */
const MAX_WAITS = 5;

/** Server field paths → the form's fields (`consents.processAndAnswer` → `consent`). */
function fieldOf(path: string): FieldKey {
  const head = path.split('.')[0] ?? '';
  if (head === 'consents') return 'consent';
  return (FIELD_ORDER as readonly string[]).includes(head) ? (head as FieldKey) : 'form';
}

const asError = (cause: unknown) => (cause instanceof ApiError ? cause : new ApiError('network', { cause }));

/**
 * The ask form's behaviour: loads the form (consent texts, token, challenge), keeps the draft
 * in storage while typing, checks it, solves the proof of work, sends it once (one
 * idempotency key per draft, reused by every retry) and explains any failure.
 */
export class AskController implements ReactiveController {
  form: FormState = { status: 'loading' };
  draft: StoredDraft = emptyDraft();
  errors: Partial<Record<FieldKey, string>> = {};
  phase: Phase = 'idle';
  receipt: QuestionReceipt | undefined;
  /** The hidden `website` input: people never see it, naive bots fill it, the server refuses it. */
  honeypot = '';
  #store = new DraftStore('');
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #proof: { formToken: string; payload: string } | undefined;
  #abort = new AbortController();
  #loading: Promise<void> | undefined;

  constructor(private readonly host: AskHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    // Per API: the config is known once the element is on the page.
    const key = `pbgdpl-qa-draft:${this.host.config.api}`;
    if (this.phase !== 'done' && key !== this.#store.key) {
      this.#store = new DraftStore(key);
      this.draft = this.#store.load();
    }
  }

  hostDisconnected(): void {
    this.#flush();
    this.#abort.abort();
  }

  /** Loads the form once per language (and again after a failure or a refused token). */
  ensureForm(force = false): Promise<void> {
    const current = this.form;
    const fresh = current.status === 'ready' && current.lang === this.host.language;
    if (fresh && !force) return Promise.resolve();
    if (this.#loading && !force) return this.#loading;
    const lang = this.host.language;
    this.#loading = apiClient(this.host.config.api)
      .send('questionForm', {}, { headers: { 'Accept-Language': lang }, signal: this.#abort.signal })
      .then(
        (data) => {
          this.form = { status: 'ready', data, at: Date.now(), lang };
          this.#proof = undefined;
        },
        (cause: unknown) => {
          if (this.form.status !== 'ready') this.form = { status: 'error', error: asError(cause) };
          throw cause;
        },
      )
      .finally(() => {
        this.#loading = undefined;
        this.host.requestUpdate();
      });
    return this.#loading.catch(() => undefined);
  }

  update<K extends keyof StoredDraft>(name: K, value: StoredDraft[K]): void {
    this.draft = { ...this.draft, [name]: value };
    // A message goes once the reader fixes the field it was about.
    const key: FieldKey = name === 'consentProcessing' ? 'consent' : (name as FieldKey);
    const contact = name === 'email' || name === 'phone';
    if (this.errors[key] || (contact && this.errors.contact))
      this.errors = Object.fromEntries(
        Object.entries(this.errors).filter(([field]) => field !== key && !(contact && field === 'contact')),
      );
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#flush(), SAVE_DELAY);
    this.host.requestUpdate();
  }

  #flush(): void {
    clearTimeout(this.#saveTimer);
    if (this.phase !== 'done') this.#store.save(this.draft);
  }

  /** Client-side checks, in Vietnamese or English; true when the draft may be sent. */
  #check(): boolean {
    const { t } = this.host;
    const problems = questionDraftProblems(this.draft);
    const errors: Partial<Record<FieldKey, string>> = {};
    for (const field of FIELD_ORDER) {
      const problem = problems[field];
      if (problem)
        errors[field] = t(`problem.${field}.${problem}`, {
          ...(QUESTION_LIMITS as Record<string, Record<string, number>>)[field],
        });
    }
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  /** Sends the draft; a second call while one is under way does nothing. */
  async submit(): Promise<void> {
    if (this.phase === 'sending' || this.phase === 'verifying') return;
    this.#flush();
    if (!this.#check()) {
      this.phase = 'idle';
      this.host.requestUpdate();
      this.host.focusProblem(FIELD_ORDER.find((field) => this.errors[field]) ?? 'form');
      return;
    }
    this.phase = 'sending';
    this.errors = {};
    this.host.requestUpdate();
    try {
      this.#done(await this.#send(true));
    } catch (cause) {
      this.#failed(asError(cause));
    }
  }

  async #send(mayRenew: boolean, waited = 0): Promise<QuestionReceipt> {
    await this.ensureForm();
    if (this.form.status !== 'ready')
      throw this.form.status === 'error' ? this.form.error : new ApiError('network', {});
    const { data, at } = this.form;
    await waitForFill(at, data.minFillSeconds);
    const proofOfWork = await this.#solve(data);
    try {
      return await apiClient(this.host.config.api).send(
        'questionCreate',
        { body: this.#input(data, proofOfWork) },
        {
          headers: { 'Idempotency-Key': this.draft.key, 'Accept-Language': this.host.language },
          signal: this.#abort.signal,
          timeout: SEND_TIMEOUT,
        },
      );
    } catch (cause) {
      const fields = Object.keys((cause instanceof ApiError && cause.problem?.errors) || {});
      // An earlier attempt of this very question is still being stored: wait, then the same key gets its receipt.
      if (
        cause instanceof ApiError &&
        cause.status === 409 &&
        fields.includes('Idempotency-Key') &&
        waited < MAX_WAITS
      ) {
        await new Promise((resolve) => setTimeout(resolve, (cause.retryAfter ?? 1) * 1000));
        return this.#send(mayRenew, waited + 1);
      }
      // An expired or used token, or a used challenge: fetch a fresh form and send once more.
      if (mayRenew && fields.some((field) => field === 'formToken' || field === 'proofOfWork')) {
        await this.ensureForm(true);
        return this.#send(false, waited);
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

  #input(form: QuestionForm, proofOfWork: string | undefined): QuestionInput {
    const { draft } = this;
    return {
      name: draft.name,
      email: draft.email,
      phone: draft.phone,
      address: draft.address,
      field: draft.field as QuestionInput['field'],
      unit: this.host.config.unit,
      title: draft.title,
      body: draft.body,
      consents: { version: form.consentVersion, processAndAnswer: true, publishName: draft.publishName },
      formToken: form.formToken,
      proofOfWork,
      website: this.honeypot || undefined,
    };
  }

  #done(receipt: QuestionReceipt): void {
    this.receipt = receipt;
    this.phase = 'done';
    this.#store.clear();
    this.draft = emptyDraft();
    this.host.requestUpdate();
    this.host.sent(receipt);
    // The next question needs a fresh form token (and maybe a new challenge).
    void this.ensureForm(true);
  }

  #failed(error: ApiError): void {
    const { t } = this.host;
    this.phase = 'failed';
    const errors: Partial<Record<FieldKey, string>> = {};
    for (const [path, messages] of Object.entries(error.problem?.errors ?? {})) {
      const field = fieldOf(path);
      errors[field] = [errors[field], ...messages].filter(Boolean).join(' ');
    }
    if (error.status === 429)
      errors.form = t('send.rateLimited', { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
    else if (error.kind === 'network' || error.kind === 'timeout') errors.form = t(`send.${error.kind}`);
    else if (!errors.form) {
      const fieldsNamed = Object.keys(errors).length > 0;
      errors.form = fieldsNamed
        ? t('send.invalid')
        : (error.problem?.detail ?? t('core:error.http', { status: error.status ?? '' }));
    }
    this.errors = errors;
    this.#store.save(this.draft);
    this.host.requestUpdate();
    this.host.focusProblem(FIELD_ORDER.find((field) => errors[field]) ?? 'form');
  }

  /** After a success: back to an empty form for the next question. */
  reset(): void {
    this.receipt = undefined;
    this.phase = 'idle';
    this.errors = {};
    this.host.requestUpdate();
  }
}
