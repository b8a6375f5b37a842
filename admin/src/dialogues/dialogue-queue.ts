import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  AdminDialogue,
  AdminDialogueQuestion,
  AdminDialogueQuestionPage,
  DialogueQuestionStatus,
  ModerationInput,
} from '@pbgdpl/contract';
import { DIALOGUE_QUESTION_STATUSES } from '@pbgdpl/contract/values';
import { defineElement, formatNumber } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { formatDateTime, options } from '../labels.ts';
import { href } from '../router.ts';
import { type QueueCommand, queueCommand, queueKeyHelp } from './queue-keys.ts';
import { type AnswerDraft, type QueuePanel, queuePanel } from './queue-panel.ts';

/** New questions reach the queue this often without a reload (the console polls the admin list). */
const POLL_MS = 4000;
const PAGE_SIZE = 100;
/** Statuses whose questions are public: they take a written answer, and others merge into them. */
const ANSWERABLE: ReadonlySet<DialogueQuestionStatus> = new Set(['accepted', 'answered-in-session']);

/**
 * The live moderation queue of one session, keyboard first: j/k move, a accepts, m merges into
 * another question, r rejects with a reason, s marks it answered in the session, w writes the
 * answer, p publishes it. New questions appear as they come (polling) and are announced
 * politely; every write carries the version shown, so two moderators never overwrite each other.
 */
export class PbgdplAdminDialogueQueue extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .queue {
        list-style: none;
        padding: 0;
      }
      .queue > li {
        border: 0.0625em solid var(--_color-border);
        border-radius: var(--_radius);
        padding: 0.5em 0.75em;
        margin-block: 0.5em;
      }
      .queue > li[aria-current='true'] {
        border-width: 0.1875em;
        border-color: currentColor;
      }
      .queue p {
        margin-block: 0.25em;
      }
      .queue .body {
        white-space: pre-wrap;
      }
      .keys dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
        gap: 0.25em 1em;
      }
      .keys dl > div {
        display: flex;
        gap: 0.5em;
      }
      .keys dd {
        margin: 0;
      }
      kbd {
        border: 0.0625em solid var(--_color-border);
        border-radius: 0.25em;
        padding: 0 0.35em;
        font-family: ui-monospace, monospace;
      }
    `,
  ];

  @property({ attribute: false }) ctx!: SectionContext;
  @property({ type: Number }) dialogueId = 0;

  @state() private dialogue: AdminDialogue | undefined;
  @state() private questions: AdminDialogueQuestionPage | undefined;
  @state() private status: DialogueQuestionStatus | '' = '';
  @state() private selected: number | undefined;
  @state() private panel: QueuePanel | undefined;
  @state() private loadError = '';
  @state() private error = '';
  @state() private busy = false;

  /** Ids already shown, so those arriving later can be announced; undefined before the first load. */
  #known: Set<number> | undefined;
  #generation = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => void this.#refresh(), POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dialogueId') && this.ctx) void this.#open();
  }

  get #items(): AdminDialogueQuestion[] {
    return this.questions?.items ?? [];
  }

  get #current(): AdminDialogueQuestion | undefined {
    return this.#items.find((question) => question.id === this.selected);
  }

  async #open(): Promise<void> {
    const id = this.dialogueId;
    [this.dialogue, this.questions, this.loadError, this.panel] = [undefined, undefined, '', undefined];
    this.#known = undefined;
    try {
      const { data } = await this.ctx.api.request('adminDialogueGet', { params: { id } });
      if (id === this.dialogueId) this.dialogue = data;
    } catch (error) {
      if (id === this.dialogueId) this.loadError = failureMessage(this.t, error);
      return;
    }
    await this.#refresh();
  }

  /** Loads the queue again; questions not seen before are announced (not on the first load). */
  async #refresh(): Promise<void> {
    if (!this.dialogue) return;
    const generation = ++this.#generation;
    const query = {
      dialogue: this.dialogueId,
      status: this.status || undefined,
      pageSize: PAGE_SIZE,
    };
    try {
      const { data } = await this.ctx.api.get('adminDialogueQuestionList', { query });
      if (generation !== this.#generation) return;
      this.#show(data);
    } catch (error) {
      if (generation === this.#generation) this.error = failureMessage(this.t, error);
    }
  }

  #show(page: AdminDialogueQuestionPage): void {
    const known = this.#known;
    const fresh = known ? page.items.filter((question) => !known.has(question.id)).length : 0;
    this.#known = new Set([...(known ?? []), ...page.items.map((question) => question.id)]);
    const listHadFocus = this.#listHasFocus();
    const index = this.#items.findIndex((question) => question.id === this.selected);
    this.questions = page;
    if (!page.items.some((question) => question.id === this.selected)) {
      // The one selected left the view (accepted while showing only pending ones): its neighbour.
      const next = page.items[Math.min(Math.max(index, 0), page.items.length - 1)];
      this.selected = next?.id;
      if (listHadFocus) void this.#focusSelected();
    }
    if (fresh > 0) this.ctx.announce(this.t('admin-dialogue:queue.newOnes', { count: fresh }));
  }

  #listHasFocus(): boolean {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    return active?.closest('.queue') !== null && active !== null;
  }

  async #focusSelected(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#question-${this.selected}`)?.focus();
  }

  #select(step: number): void {
    const items = this.#items;
    if (items.length === 0) return;
    const index = items.findIndex((question) => question.id === this.selected);
    const next = items[Math.min(Math.max(index + step, 0), items.length - 1)];
    this.selected = next?.id;
    void this.#focusSelected();
  }

  #filter(event: Event): void {
    this.status = (event.target as HTMLSelectElement).value as DialogueQuestionStatus | '';
    this.#known = undefined;
    this.selected = undefined;
    void this.#refresh();
  }

  /**
   * One write on the question shown, at the version shown; the answer replaces the row, the
   * result is said politely, a refusal is shown (and said) without losing what was typed.
   */
  async #write(
    question: AdminDialogueQuestion,
    send: (headers: Record<string, string>) => Promise<{ data: AdminDialogueQuestion }>,
    done: string,
  ): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = '';
    try {
      const { data } = await send({ 'If-Match': `"${question.version}"` });
      if (this.questions)
        this.questions = {
          ...this.questions,
          items: this.questions.items.map((item) => (item.id === data.id ? data : item)),
        };
      this.ctx.announce(done);
      return true;
    } catch (error) {
      this.error = failureMessage(this.t, error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  #moderate(question: AdminDialogueQuestion, body: ModerationInput): Promise<boolean> {
    return this.#write(
      question,
      (headers) =>
        this.ctx.api.request(
          'adminDialogueQuestionModerate',
          { params: { id: question.id }, body },
          { headers },
        ),
      this.t(`admin-dialogue:queue.done.${body.action}`, { id: question.id }),
    );
  }

  #publish(question: AdminDialogueQuestion): void {
    if (!question.answer) {
      this.error = this.t('admin-dialogue:queue.needAnswer');
      return;
    }
    const published = !question.answerPublished;
    void this.#write(
      question,
      (headers) =>
        this.ctx.api.request(
          'adminDialogueQuestionPublish',
          { params: { id: question.id }, body: { published } },
          { headers },
        ),
      this.t(`admin-dialogue:queue.done.${published ? 'published' : 'unpublished'}`, { id: question.id }),
    );
  }

  async #openPanel(kind: QueuePanel['kind'], question: AdminDialogueQuestion): Promise<void> {
    if (kind === 'write' && !ANSWERABLE.has(question.status)) {
      this.error = this.t('admin-dialogue:queue.needAccepted');
      return;
    }
    const official = this.dialogue?.officials[0];
    const answer: AnswerDraft = {
      html: question.answer?.html ?? '',
      answeredBy: question.answer?.answeredBy ?? official?.name ?? this.ctx.me.name,
      answererTitle: question.answer?.answererTitle ?? official?.position ?? '',
    };
    this.error = '';
    this.panel = { kind, question, reason: '', mergeInto: '', answer, targets: undefined };
    if (kind === 'merge') await this.#loadTargets(question);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#panel-first')?.focus();
  }

  /** The questions a duplicate may merge into: the session's public ones, but itself. */
  async #loadTargets(question: AdminDialogueQuestion): Promise<void> {
    try {
      const query = { dialogue: this.dialogueId, pageSize: PAGE_SIZE };
      const { data } = await this.ctx.api.get('adminDialogueQuestionList', { query });
      const targets = data.items.filter((item) => item.id !== question.id && ANSWERABLE.has(item.status));
      if (this.panel?.question.id === question.id) this.panel = { ...this.panel, targets };
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #closePanel(): void {
    this.panel = undefined;
    void this.#focusSelected();
  }

  /** The panel's confirm: the write it asks for; on success back to the list. */
  async #confirmPanel(panel: QueuePanel): Promise<void> {
    const { question } = panel;
    const ok =
      panel.kind === 'merge'
        ? await this.#moderate(question, { action: 'merge', mergeInto: Number(panel.mergeInto) || null })
        : panel.kind === 'reject'
          ? await this.#moderate(question, { action: 'reject', reason: panel.reason })
          : await this.#write(
              question,
              (headers) =>
                this.ctx.api.request(
                  'adminDialogueQuestionAnswer',
                  { params: { id: question.id }, body: panel.answer },
                  { headers },
                ),
              this.t('admin-dialogue:queue.done.answer', { id: question.id }),
            );
    if (ok) this.#closePanel();
    else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#queue-error')?.focus();
    }
  }

  #run(command: QueueCommand): void {
    const question = this.#current;
    if (command === 'next' || command === 'previous') return this.#select(command === 'next' ? 1 : -1);
    if (command === 'close') return this.#closePanel();
    if (!question) return;
    if (command === 'accept') void this.#moderate(question, { action: 'accept' });
    else if (command === 'in-session') void this.#moderate(question, { action: 'answered-in-session' });
    else if (command === 'publish') this.#publish(question);
    else void this.#openPanel(command, question);
  }

  #onKey(event: KeyboardEvent): void {
    const command = queueCommand(event);
    if (!command) return;
    event.preventDefault();
    this.#run(command);
  }

  #focusIn(event: FocusEvent): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-id]');
    if (item) this.selected = Number(item.dataset.id);
  }

  // ---- rendering ----

  #actions(question: AdminDialogueQuestion) {
    const { t } = this;
    const name = html`<span class="visually-hidden"> ${question.id}</span>`;
    const button = (command: QueueCommand, label: string, key: string) =>
      html`<button
        type="button"
        aria-keyshortcuts=${key}
        ?disabled=${this.busy}
        @click=${() => this.#run(command)}
      >
        ${label}${name}
      </button>`;
    return html`<div class="toolbar">
      ${button('accept', t('admin-dialogue:queue.accept'), 'A')}
      ${button('merge', t('admin-dialogue:queue.merge'), 'M')}
      ${button('reject', t('admin-dialogue:queue.reject'), 'R')}
      ${button('in-session', t('admin-dialogue:queue.inSession'), 'S')}
      ${ANSWERABLE.has(question.status) ? button('write', t('admin-dialogue:queue.write'), 'W') : nothing}
      ${question.answer
        ? button(
            'publish',
            t(question.answerPublished ? 'admin-dialogue:queue.unpublish' : 'admin-dialogue:queue.publish'),
            'P',
          )
        : nothing}
    </div>`;
  }

  #answerState(question: AdminDialogueQuestion): string {
    const { t } = this;
    if (!question.answer) return t('admin-dialogue:queue.noAnswer');
    return t(
      question.answerPublished ? 'admin-dialogue:queue.answerPublished' : 'admin-dialogue:queue.answerDraft',
    );
  }

  #item(question: AdminDialogueQuestion) {
    const { t, language } = this;
    const current = question.id === this.selected;
    const asker = [question.sender.name, question.sender.organisation].filter(Boolean).join(' – ');
    return html`<li
      id="question-${question.id}"
      data-id=${question.id}
      tabindex=${current || (this.selected === undefined && question === this.#items[0]) ? 0 : -1}
      aria-current=${current ? 'true' : 'false'}
    >
      <p>
        <strong>${question.id}. ${t(`admin-dialogue:questionStatus.${question.status}`)}</strong>
        ·
        ${t('admin-dialogue:queue.askedBy', {
          name: asker,
          at: formatDateTime(question.receivedAt, language),
        })}
        · ${t('admin-dialogue:queue.supports', { n: formatNumber(question.supports, language) })} ·
        ${this.#answerState(question)}
      </p>
      <p class="body">${question.body}</p>
      ${question.mergedInto
        ? html`<p class="muted">${t('admin-dialogue:queue.mergedInto', { id: question.mergedInto })}</p>`
        : nothing}
      ${question.rejectReason
        ? html`<p class="muted">
            ${t('admin-dialogue:queue.rejectedFor', { reason: question.rejectReason })}
          </p>`
        : nothing}
      ${current ? this.#actions(question) : nothing}
    </li>`;
  }

  #list() {
    const { t, language } = this;
    const page = this.questions;
    if (!page) return html`<p role="status">${t('core:loading')}</p>`;
    const counts = page.counts;
    return html`<p>
        ${t('admin-dialogue:queue.counts', {
          pending: formatNumber(counts.pending ?? 0, language),
          accepted: formatNumber(counts.accepted ?? 0, language),
          answered: formatNumber(counts['answered-in-session'] ?? 0, language),
        })}
      </p>
      ${page.items.length === 0
        ? html`<p role="status">${t('admin-dialogue:queue.none')}</p>`
        : html`<ol
            class="queue"
            aria-label=${t('admin-dialogue:queue.listLabel', { n: page.total })}
            aria-describedby="keys-heading"
            @keydown=${(event: KeyboardEvent) => this.#onKey(event)}
            @focusin=${(event: FocusEvent) => this.#focusIn(event)}
          >
            ${repeat(
              page.items,
              (question) => question.id,
              (question) => this.#item(question),
            )}
          </ol>`}`;
  }

  protected override render() {
    const { t } = this;
    const dialogue = this.dialogue;
    const back = html`<p>
      <a href=${href('dialogues', this.dialogueId)}>${t('admin-dialogue:queue.back')}</a>
    </p>`;
    if (!dialogue)
      return html`<h1 tabindex="-1">${t('admin-dialogue:queue.title')}</h1>
        ${this.loadError
          ? html`<p class="notice" role="alert">${this.loadError}</p>
              <button type="button" @click=${() => void this.#open()}>${t('core:retry')}</button>`
          : html`<p role="status">${t('core:loading')}</p>`}
        ${back}`;
    return html`${back}
      <h1 tabindex="-1">${t('admin-dialogue:queue.title')}: ${dialogue.title}</h1>
      <p>${t('admin-dialogue:state')}: <strong>${t(`admin-dialogue:states.${dialogue.state}`)}</strong></p>
      ${queueKeyHelp(t)}
      <div class="toolbar">
        <label for="status">${t('admin-dialogue:queue.show')}</label>
        <select id="status" @input=${(event: Event) => this.#filter(event)}>
          <option value="" ?selected=${this.status === ''}>${t('admin-dialogue:queue.allStatuses')}</option>
          ${options(DIALOGUE_QUESTION_STATUSES, t, 'admin-dialogue:questionStatus').map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === this.status}>
                ${option.label}
              </option>`,
          )}
        </select>
      </div>
      ${this.error
        ? html`<p class="notice" id="queue-error" role="alert" tabindex="-1">${this.error}</p>`
        : nothing}
      ${this.panel
        ? queuePanel({
            t,
            ctx: this.ctx,
            panel: this.panel,
            busy: this.busy,
            change: (update) => {
              if (this.panel) this.panel = update(this.panel);
            },
            confirm: () => {
              if (this.panel) void this.#confirmPanel(this.panel);
            },
            close: () => this.#closePanel(),
          })
        : nothing}
      ${this.#list()}`;
  }
}

defineElement('pbgdpl-admin-dialogue-queue', PbgdplAdminDialogueQueue);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-dialogue-queue': PbgdplAdminDialogueQueue;
  }
}
