import type { ReactiveControllerHost } from 'lit';
import type { ContestForm, ParticipantInput, ParticipantReceipt } from '@pbgdpl/contract';
import { ApiError, apiClient, type Lang, type PbgdplConfig, type Translate } from '@pbgdpl/core';
import { waitForFill } from '@pbgdpl/core/consent-form';
import { solveChallenge } from '@pbgdpl/core/proof-of-work';

/** The registration's fields, in the form's order; `form` is the summary for anything else. */
export const REGISTRATION_FIELDS = [
  'name',
  'phone',
  'email',
  'contact',
  'birthYear',
  'commune',
  'idNumber',
  'takePart',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number] | 'form';

export interface RegistrationDraft {
  name: string;
  phone: string;
  email: string;
  birthYear: string;
  commune: string;
  idNumber: string;
  takePart: boolean;
  publishResult: boolean;
  prizeContact: boolean;
}

const emptyDraft = (): RegistrationDraft => ({
  name: '',
  phone: '',
  email: '',
  birthYear: '',
  commune: '',
  idNumber: '',
  takePart: false,
  publishResult: false,
  prizeContact: false,
});

export interface RegistrationHost extends ReactiveControllerHost {
  readonly config: PbgdplConfig;
  readonly language: Lang;
  readonly t: Translate;
  focusProblem(field: RegistrationField): void;
  registered(receipt: ParticipantReceipt): void;
}

type FormState =
  | { status: 'loading' }
  | { status: 'ready'; data: ContestForm; at: number }
  | { status: 'error'; error: ApiError };

const asError = (cause: unknown) => (cause instanceof ApiError ? cause : new ApiError('network', { cause }));

/** Server field paths → the form's fields (`consents.takePart` → `takePart`). */
function fieldOf(path: string): RegistrationField {
  const head = path.split('.')[0] ?? '';
  if (head === 'consents') return 'takePart';
  return (REGISTRATION_FIELDS as readonly string[]).includes(head) ? (head as RegistrationField) : 'form';
}

const newKey = (): string =>
  crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );

/**
 * Registering for one contest: loads the form (consent texts per purpose, token, challenge),
 * checks what the rules ask (a name, a phone or an e-mail, the year of birth, the commune, the
 * required consent), waits the fill time, solves the proof of work when asked, sends once (one
 * idempotency key per registration, reused by retries) and explains each refusal by its field.
 */
export class RegistrationController {
  form: FormState = { status: 'loading' };
  draft: RegistrationDraft = emptyDraft();
  errors: Partial<Record<RegistrationField, string>> = {};
  sending = false;
  honeypot = '';
  #key = newKey();
  #abort = new AbortController();

  constructor(
    private readonly host: RegistrationHost,
    private readonly contestId: number,
  ) {}

  async load(): Promise<void> {
    this.form = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const data = await apiClient(this.host.config.api).send(
        'contestForm',
        { params: { id: this.contestId } },
        { headers: { 'Accept-Language': this.host.language }, signal: this.#abort.signal },
      );
      this.form = { status: 'ready', data, at: Date.now() };
    } catch (cause) {
      this.form = { status: 'error', error: asError(cause) };
    }
    this.host.requestUpdate();
  }

  stop(): void {
    this.#abort.abort();
  }

  update<K extends keyof RegistrationDraft>(name: K, value: RegistrationDraft[K]): void {
    this.draft = { ...this.draft, [name]: value };
    const contact = name === 'phone' || name === 'email';
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(([field]) => field !== name && !(contact && field === 'contact')),
    );
    this.host.requestUpdate();
  }

  /** Checks on this side, with the server's own limits; true when the draft may be sent. */
  #check(): boolean {
    const { t } = this.host;
    const { draft } = this;
    const errors: Partial<Record<RegistrationField, string>> = {};
    if (draft.name.trim().length < 2) errors.name = t('register.problem.name');
    if (!draft.phone.trim() && !draft.email.trim()) errors.contact = t('register.problem.contact');
    const year = Number(draft.birthYear);
    if (!/^\d{4}$/.test(draft.birthYear.trim()) || year < 1900 || year > new Date().getFullYear())
      errors.birthYear = t('register.problem.birthYear');
    if (draft.commune.trim().length < 2) errors.commune = t('register.problem.commune');
    if (draft.idNumber.trim() && !/^\d{12}$/.test(draft.idNumber.trim()))
      errors.idNumber = t('register.problem.idNumber');
    if (!draft.takePart) errors.takePart = t('register.problem.takePart');
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  async submit(): Promise<void> {
    if (this.sending) return;
    if (!this.#check()) {
      this.host.requestUpdate();
      this.host.focusProblem(REGISTRATION_FIELDS.find((field) => this.errors[field]) ?? 'form');
      return;
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      const receipt = await this.#send(true);
      this.#key = newKey();
      this.host.registered(receipt);
    } catch (cause) {
      this.#failed(asError(cause));
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  async #send(mayRenew: boolean): Promise<ParticipantReceipt> {
    if (this.form.status !== 'ready') await this.load();
    if (this.form.status !== 'ready')
      throw this.form.status === 'error' ? this.form.error : new ApiError('network', {});
    const { data, at } = this.form;
    await waitForFill(at, data.minFillSeconds);
    const proofOfWork = data.challenge ? await solveChallenge(data.challenge, this.#abort.signal) : undefined;
    try {
      return await apiClient(this.host.config.api).send(
        'contestRegister',
        { params: { id: this.contestId }, body: this.#input(data, proofOfWork) },
        {
          headers: { 'Idempotency-Key': this.#key, 'Accept-Language': this.host.language },
          signal: this.#abort.signal,
        },
      );
    } catch (cause) {
      const fields = Object.keys((cause instanceof ApiError && cause.problem?.errors) || {});
      // A used or expired token, or a used challenge: a fresh form, and once more.
      if (mayRenew && fields.some((field) => field === 'formToken' || field === 'proofOfWork')) {
        await this.load();
        return this.#send(false);
      }
      throw cause;
    }
  }

  #input(form: ContestForm, proofOfWork: string | undefined): ParticipantInput {
    const { draft } = this;
    const optional = (value: string) => value.trim() || undefined;
    return {
      name: draft.name,
      phone: optional(draft.phone),
      email: optional(draft.email),
      birthYear: Number(draft.birthYear),
      commune: draft.commune,
      idNumber: optional(draft.idNumber),
      consents: {
        version: form.consentVersion,
        takePart: true,
        publishResult: draft.publishResult,
        prizeContact: draft.prizeContact,
      },
      formToken: form.formToken,
      proofOfWork,
      website: this.honeypot || undefined,
    };
  }

  #failed(error: ApiError): void {
    const { t } = this.host;
    const errors: Partial<Record<RegistrationField, string>> = {};
    for (const [path, messages] of Object.entries(error.problem?.errors ?? {})) {
      const field = fieldOf(path);
      errors[field] = [errors[field], ...messages].filter(Boolean).join(' ');
    }
    if (error.status === 429) errors.form = t('register.rateLimited');
    else if (error.kind === 'network' || error.kind === 'timeout')
      errors.form = t(`core:error.${error.kind}`);
    else if (!errors.form)
      errors.form =
        Object.keys(errors).length > 0
          ? t('register.invalid')
          : (error.problem?.detail ?? t('core:error.http', { status: error.status ?? '' }));
    this.errors = errors;
    this.host.focusProblem(REGISTRATION_FIELDS.find((field) => errors[field]) ?? 'form');
  }
}
