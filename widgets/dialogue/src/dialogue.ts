import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dialogue, DialogueQuestion, DialogueQuestionReceipt, DialogueState } from '@pbgdpl/contract';
import { pathOf } from '@pbgdpl/contract/route-table';
import { DIALOGUE_STATES, LEGAL_FIELDS } from '@pbgdpl/contract/values';
import {
  ApiError,
  apiClient,
  buttonStyles,
  BrowseController,
  browseStyles,
  defineElement,
  emit,
  PbgdplElement,
  registerLocales,
  renderBack,
  renderItemLink,
  renderLoading,
  renderPager,
  renderSkeleton,
} from '@pbgdpl/core';
import { consentStyles } from '@pbgdpl/core/consent-form';
import type { DialogueAsk } from './session-ask.ts';
import { dialogueStyles } from './dialogue.styles.ts';
import {
  dialogueCodec,
  presetField,
  presetState,
  presetUnit,
  type DialogueBrowseState,
  type QuestionSort,
} from './dialogue-state.ts';
import { LiveQuestions } from './live-questions.ts';
import { renderQuestions } from './questions-view.ts';
import { renderFacts, type FactsContext } from './session-facts.ts';
import { renderSession, type SessionContext } from './session-view.ts';
import { SupportStore } from './support-store.ts';
import vi from './locales/vi.json';

registerLocales('dialogue', { vi, en: () => import('./locales/en.json') });

/** The dialogue's own event: a question was received. */
export interface DialogueEventMap {
  'pbgdpl-dialogue-ask': { dialogueId: number; id: number };
}

/** A document of the browser on this page, unless `documents-href` says where the browser is. */
const DEFAULT_DOCUMENTS_HREF = '?vb-doc={id}';
/** A video of the gallery on this page, unless `videos-href` says where the gallery is. */
const DEFAULT_VIDEOS_HREF = '?vd-v={id}';

/**
 * Policy–law dialogue sessions (đối thoại chính sách – pháp luật): the list (coming and live
 * first, with a countdown and "Thêm vào lịch"), and one session with its topic, officials and
 * documents, the ask form while questions are taken, the accepted questions with their answers
 * ("Cùng quan tâm" once per browser, most supported or newest first), and the conclusion and
 * recording once it is over. While a session is live, questions and answers arrive without a
 * reload (Server-Sent Events, else polling every 5 s) and new answers are announced politely.
 * The list and the open session live in the host page's address (`dt-state`, `dt-unit`,
 * `dt-field`, `dt-page`, `dt-id`, `dt-sort`).
 *
 * @summary Policy dialogue sessions: list, one session, questions and answers live, conclusion.
 * @tag pbgdpl-dialogue
 * @attr dialogue-id - One session only (no list), e.g. `2`.
 * @attr state - Fixed state of the listed sessions: `upcoming`, `collecting`, `live`, `concluded` or `archived`; its filter hidden.
 * @attr field - Fixed legal field (e.g. `dat-dai`); its filter hidden.
 * @attr page-size - Sessions per page (default 10).
 * @attr documents-href - Address of the document browser for related documents, `{id}` replaced (default: this page, `?vb-doc={id}`).
 * @attr videos-href - Address of the video gallery for the recording, `{id}` replaced (default: this page, `?vd-v={id}`).
 * @attr url-prefix - Prefix of the page-address parameters (default `dt-`).
 * @attr no-url - Keep the list and the open session out of the page address.
 * @fires pbgdpl-dialogue-ask - A question was received; `detail: { dialogueId, id }`.
 * @csspart list - The list of sessions.
 * @csspart card - One session in the list.
 * @csspart calendar - The "Thêm vào lịch" link.
 * @csspart pager - The page navigation.
 * @csspart back - The button back to the list.
 * @csspart officials - The officials who answer.
 * @csspart documents - The related documents.
 * @csspart form - The ask form.
 * @csspart consents - The consents of the ask form.
 * @csspart summary - The ask form's list of problems.
 * @csspart submit - The ask form's send button.
 * @csspart receipt - What the ask form says once a question is received.
 * @csspart questions - The list of questions.
 * @csspart question - One question.
 * @csspart answer - An answer.
 * @csspart support - The "Cùng quan tâm" button.
 * @csspart conclusion - The conclusion and recording, once concluded.
 * @cssprop --pbgdpl-dialogue-live - Colour of the live badge (default #a4161a).
 */
export class PbgdplDialogue extends PbgdplElement {
  static override styles = [
    ...PbgdplElement.styles,
    browseStyles,
    buttonStyles,
    consentStyles,
    dialogueStyles,
  ];
  protected readonly namespace = 'dialogue';

  @property({ type: Number, attribute: 'dialogue-id' }) dialogueId?: number;
  @property() state?: string;
  @property() field?: string;
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  @property({ attribute: 'documents-href' }) documentsHref?: string;
  @property({ attribute: 'videos-href' }) videosHref?: string;
  @property({ attribute: 'url-prefix' }) urlPrefix = 'dt-';
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  @state() private ask: DialogueAsk | undefined;
  /** The session as the live stream or the polls last told it (newer than the first load). */
  @state() private latest: Dialogue | undefined;
  @state() private announcement = '';
  #supportProblems = new Map<number, string>();
  #supportStore: SupportStore | undefined;
  #loadingAsk = false;

  readonly #browse = new BrowseController<DialogueBrowseState>(this, {
    codec: dialogueCodec,
    detailKey: 'dialogue',
    address: () => ({ prefix: this.urlPrefix, enabled: !this.noUrl }),
    fallbackFocus: '#list-heading',
    onApply: () => (this.latest = undefined),
  });

  readonly #sessions = this.resource(
    'dialogues',
    () =>
      this.#openId === undefined
        ? {
            query: {
              q: this.#state.q || undefined,
              state: this.#presetState ?? this.#state.state,
              // The site's unit (`unit`, the provider or the loader's `data-unit`) shows only the sessions it holds.
              unit: presetUnit(this.config.unit) ?? this.#state.unit,
              field: presetField(this.field) ?? this.#state.field,
              page: this.#state.page,
              pageSize: this.#pageSize,
            },
          }
        : undefined,
    (data) => data.items.length,
  );
  readonly #session = this.resource(
    'dialogueGet',
    () => (this.#openId === undefined ? undefined : { params: { id: this.#openId } }),
    () => 1,
  );
  readonly #questions = new LiveQuestions(this, () => {
    const session = this.#current;
    if (!session || session.state === 'upcoming') return undefined;
    return { api: this.config.api, id: session.id, live: session.state === 'live' };
  });

  get #state(): DialogueBrowseState {
    return this.#browse.state;
  }

  get #openId(): number | undefined {
    return this.dialogueId && this.dialogueId >= 1 ? Math.floor(this.dialogueId) : this.#state.dialogue;
  }

  get #presetState(): DialogueState | undefined {
    return presetState(this.state);
  }

  get #pageSize(): number {
    const size = Math.floor(this.pageSize ?? 0);
    return size >= 1 ? Math.min(size, 100) : 10;
  }

  /** The open session: the latest word about it, else its first load. */
  get #current(): Dialogue | undefined {
    const loaded = this.#session.state;
    const first = loaded.status === 'ready' && loaded.data.id === this.#openId ? loaded.data : undefined;
    const latest = this.latest;
    if (latest && latest.id === this.#openId && (!first || latest.updatedAt >= first.updatedAt))
      return latest;
    return first;
  }

  get #support(): SupportStore {
    this.#supportStore ??= new SupportStore(this.config.api);
    return this.#supportStore;
  }

  // ---- live ----

  sessionChanged(session: Dialogue): void {
    if (session.id === this.#openId) this.latest = session;
  }

  answersArrived(questions: DialogueQuestion[]): void {
    const first = questions[0];
    if (!first) return;
    const excerpt = first.body.length > 80 ? `${first.body.slice(0, 80)}…` : first.body;
    // A new text each time, so screen readers announce a second answer as well.
    this.announcement = this.t('live.answered', { count: questions.length, excerpt });
  }

  // ---- asking ----

  /** The ask form's code, once a session that takes questions is open. */
  #prepareAsk(session: Dialogue): void {
    if (!session.acceptsQuestions || this.ask?.dialogueId === session.id || this.#loadingAsk) return;
    this.#loadingAsk = true;
    import('./session-ask.ts').then(
      ({ DialogueAsk }) => {
        this.#loadingAsk = false;
        if (this.#current?.id === session.id) this.ask = new DialogueAsk(this, session.id);
      },
      () => {
        // The chunk could not load (offline): the session still reads; a later render tries again.
        this.#loadingAsk = false;
      },
    );
  }

  focusAsk(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  asked(receipt: DialogueQuestionReceipt): void {
    emit<DialogueEventMap, 'pbgdpl-dialogue-ask'>(this, 'pbgdpl-dialogue-ask', {
      dialogueId: this.#openId ?? 0,
      id: receipt.id,
    });
  }

  // ---- supporting ----

  async #supportQuestion(question: DialogueQuestion): Promise<void> {
    const id = this.#openId;
    if (id === undefined || this.#support.has(question.id)) return;
    this.#supportProblems.delete(question.id);
    try {
      const receipt = await apiClient(this.config.api).send('dialogueSupport', {
        params: { id, questionId: question.id },
        body: { browserId: this.#support.browserId },
      });
      this.#support.add(question.id);
      this.#questions.upsert({ ...question, supports: receipt.supports });
    } catch (cause) {
      const error = cause instanceof ApiError ? cause : new ApiError('network', { cause });
      this.#supportProblems.set(
        question.id,
        error.problem?.detail ?? this.t(`core:error.${error.kind}`, { status: error.status ?? '' }),
      );
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const session = this.#current;
    if (session) this.#prepareAsk(session);
  }

  // ---- rendering ----

  get #facts(): FactsContext {
    return {
      t: this.t,
      lang: this.language,
      now: Date.now(),
      calendarHref: (id) => apiClient(this.config.api).url(pathOf('dialogueCalendar', { id })),
    };
  }

  protected override render() {
    return html`<div class="root" lang=${this.language}>
      ${this.#openId === undefined ? this.#renderList() : this.#renderOne()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  #renderFilters() {
    const { t } = this;
    const select = (
      name: 'state' | 'field',
      values: readonly string[],
      label: (value: string) => string,
      hidden: boolean,
    ) =>
      hidden
        ? nothing
        : html`<div class="row filter">
            <label for="${name}-filter">${t(`list.${name}`)}</label>
            <select
              id="${name}-filter"
              @input=${(event: Event) =>
                this.#browse.change({
                  [name]: (event.target as HTMLSelectElement).value || undefined,
                  page: 1,
                })}
            >
              <option value="" ?selected=${!this.#state[name]}>${t('list.all')}</option>
              ${values.map(
                (value) =>
                  html`<option value=${value} ?selected=${this.#state[name] === value}>
                    ${label(value)}
                  </option>`,
              )}
            </select>
          </div>`;
    return html`<div class="filters">
      ${select('state', DIALOGUE_STATES, (value) => t(`state.${value}`), Boolean(this.#presetState))}
      ${select('field', LEGAL_FIELDS, (value) => t(`core:field.${value}`), Boolean(presetField(this.field)))}
    </div>`;
  }

  #renderList() {
    const { t } = this;
    const facts = this.#facts;
    return html`<section aria-labelledby="list-heading">
      <h2 id="list-heading" tabindex="-1">${t('list.heading')}</h2>
      ${this.#renderFilters()}
      ${this.#sessions.state.status === 'loading'
        ? renderSkeleton(t('core:loading'), Math.min(this.#pageSize, 3))
        : this.renderResource(
            this.#sessions,
            (data) => data.items.length,
            (data) =>
              html`<ul class="list" part="list">
                  ${data.items.map(
                    (session) =>
                      html`<li class="card" part="card">
                        <h3>
                          ${renderItemLink(
                            {
                              id: session.id,
                              className: 'session-link',
                              href: this.noUrl ? undefined : this.#browse.href({ dialogue: session.id }),
                              announce: () => true,
                              show: () => this.#browse.open(session.id, '#session-heading'),
                            },
                            session.title,
                          )}
                        </h3>
                        ${renderFacts(facts, session)}
                      </li>`,
                  )}
                </ul>
                ${renderPager({
                  t,
                  lang: this.language,
                  page: this.#state.page,
                  pages: Math.max(1, Math.ceil(data.total / data.pageSize)),
                  onPage: (page) => {
                    this.#browse.change({ page });
                    this.#browse.focus('#list-heading');
                  },
                  label: t('list.pager'),
                })}`,
            t('list.empty'),
          )}
    </section>`;
  }

  #renderOne() {
    const { t } = this;
    const session = this.#current;
    const fixed = Boolean(this.dialogueId);
    const context: SessionContext = {
      ...this.#facts,
      api: this.config.api,
      documentHref: (id) => (this.documentsHref || DEFAULT_DOCUMENTS_HREF).replaceAll('{id}', String(id)),
      videoHref: (id) => (this.videosHref || DEFAULT_VIDEOS_HREF).replaceAll('{id}', String(id)),
    };
    return html`${fixed ? nothing : renderBack(t, this.#browse.close)}
      <article class="session" aria-labelledby="session-heading">
        ${session
          ? html`${renderSession(context, session)} ${this.#renderAsk(session)}
            ${this.#renderQuestionsPart(session)}`
          : this.renderResource(
              this.#session,
              () => 1,
              () => nothing,
            )}
      </article>`;
  }

  #renderAsk(session: Dialogue) {
    if (!session.acceptsQuestions) return nothing;
    return html`<section class="ask-part" aria-label=${this.t('ask.label')}>
      ${this.ask?.dialogueId === session.id ? this.ask.render() : renderLoading(this.t)}
    </section>`;
  }

  #renderQuestionsPart(session: Dialogue) {
    const { t } = this;
    if (session.state === 'upcoming') return nothing;
    const live = this.#questions;
    let body;
    if (live.state.status === 'loading') body = renderSkeleton(t('core:loading'), 2);
    else if (live.state.status === 'error') {
      const error = live.state.error;
      body = html`<div class="state error" part="state error" role="alert">
        <span>${error.problem?.detail ?? t(`core:error.${error.kind}`, { status: error.status ?? '' })}</span>
        <button type="button" class="retry" part="retry" @click=${() => live.retry()}>
          ${t('core:retry')}
        </button>
      </div>`;
    } else
      body = renderQuestions({
        t,
        lang: this.language,
        api: this.config.api,
        sort: this.#state.sort,
        questions: live.sorted(this.#state.sort),
        canSupport: session.state !== 'archived',
        supported: (id) => this.#support.has(id),
        supportProblem: (id) => this.#supportProblems.get(id),
        onSort: (sort: QuestionSort) => this.#browse.change({ sort }, 'replace'),
        onSupport: (question) => void this.#supportQuestion(question),
      });
    return html`<section class="questions-part" aria-labelledby="questions-heading">
      <h3 id="questions-heading">
        ${t('questions.heading')}
        ${session.state === 'live'
          ? html`<span class="badge live" data-state="live">${t('live.badge')}</span>`
          : nothing}
      </h3>
      ${session.state === 'live' ? html`<p class="hint">${t(`live.${live.mode}`)}</p>` : nothing} ${body}
    </section>`;
  }
}

defineElement('pbgdpl-dialogue', PbgdplDialogue);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-dialogue': PbgdplDialogue;
  }
}
