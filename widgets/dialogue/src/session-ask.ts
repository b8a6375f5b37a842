import { html, type TemplateResult } from 'lit';
import type { DialogueQuestionReceipt } from '@pbgdpl/contract';
import { DIALOGUE_QUESTION_LIMITS } from '@pbgdpl/contract/question-rules';
import { formatNumber, registerLocales } from '@pbgdpl/core';
import {
  contactProblems,
  emptyContactDraft,
  errorsAfterEdit,
  problemTarget,
  refusalMessages,
  renderBodyField,
  renderSenderFields,
  renderSubmissionConsents,
  renderSubmitRow,
  renderSummary,
  SubmissionSender,
  type ContactDraft,
  type SenderHost,
  type SubmissionFormContext,
} from '@pbgdpl/core/submission';
import vi from './locales/ask.vi.json';

registerLocales('dialogue', { vi, en: () => import('./locales/ask.en.json') });

/** The form's fields in order: messages are summed up so, focus goes to the first. */
const ORDER = ['name', 'email', 'phone', 'contact', 'organisation', 'body', 'consent'] as const;
type Field = (typeof ORDER)[number];

const fieldOf = (path: string): Field | 'form' => {
  const head = path.split('.')[0] ?? '';
  if (head === 'consents') return 'consent';
  return (ORDER as readonly string[]).includes(head) ? (head as Field) : 'form';
};

export interface AskHost extends SenderHost {
  /** Focus the first field with a message, else the summary (`#summary`), else the receipt. */
  focusAsk(selector: string): void;
  /** A question was received (it shows once a moderator accepts it). */
  asked(receipt: DialogueQuestionReceipt): void;
}

/**
 * Asking a session a question, in its own chunk: read-only visitors never load it. The sender,
 * consents, token, proof of work and idempotency are the shared submission's; the draft stays
 * in memory until it is received, whatever the server refuses.
 */
export class DialogueAsk {
  readonly sender: SubmissionSender<'dialogueForm', 'dialogueAsk'>;
  draft: ContactDraft = emptyContactDraft();
  errors: Partial<Record<Field | 'form', string>> = {};
  receipt: DialogueQuestionReceipt | undefined;

  constructor(
    private readonly host: AskHost,
    readonly dialogueId: number,
  ) {
    this.sender = new SubmissionSender(host, {
      form: 'dialogueForm',
      send: 'dialogueAsk',
      params: () => ({ id: this.dialogueId }),
    });
    void this.sender.ensureForm();
  }

  update = <K extends keyof ContactDraft>(name: K, value: ContactDraft[K]): void => {
    this.draft = { ...this.draft, [name]: value };
    this.errors = errorsAfterEdit(this.errors, name);
    this.host.requestUpdate();
  };

  #focusProblem(): void {
    this.host.focusAsk(problemTarget(ORDER, this.errors));
  }

  submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.sender.busy) return;
    this.errors = contactProblems(this.host.t, this.draft, DIALOGUE_QUESTION_LIMITS.body);
    if (Object.keys(this.errors).length) {
      this.host.requestUpdate();
      this.#focusProblem();
      return;
    }
    try {
      const receipt = await this.sender.send((form, proofOfWork) =>
        this.sender.envelope(this.draft, form, proofOfWork),
      );
      if (!receipt) return;
      this.receipt = receipt;
      this.draft = emptyContactDraft();
      this.host.requestUpdate();
      this.host.asked(receipt);
      this.host.focusAsk('#receipt-heading');
    } catch (cause) {
      this.errors = refusalMessages(this.host.t, cause as never, fieldOf);
      this.host.requestUpdate();
      this.#focusProblem();
    }
  };

  another = (): void => {
    this.receipt = undefined;
    this.sender.reset();
    this.host.focusAsk('#name');
  };

  render(): TemplateResult {
    const { t, language: lang } = this.host;
    if (this.receipt)
      return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
        <h3 id="receipt-heading" tabindex="-1">${t('ask.received')}</h3>
        <p>${t('ask.receivedText', { number: formatNumber(this.receipt.id, lang) })}</p>
        <p class="code" part="code">${t('ask.number', { number: this.receipt.id })}</p>
        <p><button type="button" class="secondary" @click=${this.another}>${t('ask.another')}</button></p>
      </section>`;
    const sender = this.sender;
    const context: SubmissionFormContext = {
      t,
      lang,
      draft: this.draft,
      errors: this.errors,
      order: ORDER,
      phase: sender.phase,
      form: {
        status: sender.form.status,
        consentText: (purpose) => sender.consentText(purpose),
        retry: () => void sender.ensureForm(true),
      },
      update: this.update,
      onHoneypot: (value) => (sender.honeypot = value),
    };
    return html`<form
      class="submission ask"
      part="form"
      novalidate
      aria-labelledby="ask-heading"
      @submit=${this.submit}
    >
      <h3 id="ask-heading">${t('ask.heading')}</h3>
      <p class="hint">${t('ask.intro')}</p>
      ${renderSummary(context)} ${renderSenderFields(context)}
      ${renderBodyField(context, t('ask.body'), DIALOGUE_QUESTION_LIMITS.body)}
      ${renderSubmissionConsents(context)} ${renderSubmitRow(context, t('ask.submit'))}
    </form>`;
  }
}
