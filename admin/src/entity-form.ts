import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentState, RouteName, Transition, WorkflowAction } from '@pbgdpl/contract';
import { ApiError, type RouteInput, type Translate } from '@pbgdpl/core';
import { property, state } from 'lit/decorators.js';
import { AdminElement } from './admin-element.ts';
import { mayUse, type SectionContext } from './context.ts';
import { errorSummary, type FieldErrors, FormModel } from './form-fields.ts';
import { ItemController } from './item-controller.ts';
import { drafts } from './session.ts';
import { workflowBar } from './workflow-loader.ts';

/** Message for a failed request that carries no per-field errors. */
export function failureMessage(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.kind === 'http')
      return error.problem?.detail ?? error.problem?.title ?? t('core:error.http', { status: error.status });
    return t(`core:error.${error.kind}`);
  }
  return t('core:error.network');
}

/** The contract's routes for one kind of item: read one by id, create, replace by id; move and history when reviewed. */
export interface ItemRoutes {
  get: RouteName;
  create: RouteName;
  update: RouteName;
  workflow?: { transition: RouteName; history: RouteName };
}

/** The kinds that go through review, as the route table names their routes (`adminBannerGet` …). */
type ReviewedKind = 'Activity' | 'Article' | 'Banner' | 'Contest' | 'Dialogue' | 'Document' | 'Video';

/** A reviewed kind's item routes: read, create, replace, move and history. */
export const reviewedRoutes = (kind: ReviewedKind): ItemRoutes => ({
  get: `admin${kind}Get`,
  create: `admin${kind}Create`,
  update: `admin${kind}Update`,
  workflow: { transition: `admin${kind}Transition`, history: `admin${kind}History` },
});

/**
 * What every editor form shares: load the record (or start empty), again whenever the record in
 * view changes, keep an unsaved draft per record in sessionStorage, required checks, save with
 * the version the editor loaded (a change made meanwhile by someone else is refused, not
 * overwritten), server errors next to their fields with a focused summary above, "Đã lưu" in the
 * live region. A section's form says which routes, which fields, and how to check them.
 */
export abstract class EntityForm<TData extends object, TEntity extends { id: number }> extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  /** The record edited; undefined for a new one. */
  @property({ attribute: false }) entityId: number | undefined;

  @state() protected phase: 'loading' | 'ready' | 'failed' = 'loading';
  @state() protected loadError = '';
  @state() protected saving = false;
  @state() protected restoredDraft = false;
  @state() protected savedMessage = '';
  /** Someone else saved this record after it was loaded here. */
  @state() protected changedElsewhere = false;

  protected form = new FormModel<TData>(this, {} as TData, (data) => drafts.save(this.draftKey, data));
  readonly #item = new ItemController<TEntity>(this, (id) => this.#call(this.routes.get, { params: { id } }));
  #loadedFor: number | undefined | null = null;

  /** `documents`, `banners`: names drafts and the list to return to. */
  protected abstract readonly kind: string;
  protected abstract readonly routes: ItemRoutes;
  protected abstract empty(): TData;
  protected abstract toData(entity: TEntity): TData;
  /** The body the create and update routes take (the required checks have passed). */
  protected abstract toInput(data: TData): unknown;
  protected abstract validate(): FieldErrors;
  protected abstract heading(): string;
  protected abstract renderFields(): TemplateResult;
  /** Where a saved new record lives (`#/documents/12`). */
  protected abstract hrefFor(id: number): string;
  protected abstract listHref(): string;

  /** A unit's person's unit: their new items belong to it (the server refuses any other). */
  protected get ownUnit(): string | null {
    return this.ctx.me.role === 'contributor' ? this.ctx.me.unitId : null;
  }

  /** Editors publish; a unit's person's items go through review (the bar), not a "public" box. */
  protected get mayPublish(): boolean {
    return mayUse(this.ctx.me, 'editor');
  }

  /** The record as stored, when it is loaded (or just saved). */
  protected get shown(): TEntity | undefined {
    return this.#item.shown(this.entityId);
  }

  /** What a form does with the server's answer to a save beyond showing it (an invitation's link). */
  protected afterSave(_saved: TEntity): void {}

  protected get draftKey(): string {
    return `${this.kind}:${this.entityId ?? 'new'}`;
  }

  /** The item routes of every form take an id and a body, as the route table says. */
  #call(
    route: RouteName,
    input: { params?: { id: number }; body?: unknown },
    headers?: Record<string, string>,
  ) {
    return this.ctx.api.request(route as 'adminBannerUpdate', input as RouteInput<'adminBannerUpdate'>, {
      headers,
    }) as Promise<unknown> as Promise<{ data: TEntity; etag: string | undefined }>;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      (changed.has('entityId') || changed.has('ctx')) &&
      this.ctx &&
      this.#loadedFor !== (this.entityId ?? undefined)
    )
      void this.load();
  }

  protected async load(ignoreDraft = false): Promise<void> {
    const id = this.entityId;
    this.#loadedFor = id;
    this.savedMessage = '';
    this.changedElsewhere = false;
    const draft = ignoreDraft ? undefined : drafts.load<TData>(this.draftKey);
    this.restoredDraft = draft !== undefined;
    if (id === undefined) {
      this.#item.clear();
      this.form.replace(draft ?? this.empty());
      this.phase = 'ready';
      return;
    }
    this.phase = 'loading';
    // Even with a draft: a save must carry the version stored now.
    await this.#item.show(id, true);
    if (this.entityId !== id) return;
    const current = this.#item.state;
    if (current.status === 'ready') {
      this.form.replace(draft ?? this.toData(current.item));
      this.phase = 'ready';
    } else if (current.status === 'failed') {
      this.loadError = failureMessage(this.t, current.error);
      this.phase = 'failed';
    }
  }

  protected async discardDraft(): Promise<void> {
    drafts.clear(this.draftKey);
    await this.load(true);
    this.ctx.announce(this.t('form.draftDiscarded'));
  }

  async #focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    this.savedMessage = '';
    const errors = this.validate();
    if (Object.keys(errors).length > 0) {
      this.form.errors = errors;
      this.requestUpdate();
      return this.#focusSummary();
    }
    const id = this.entityId;
    if (id !== undefined && !this.#item.shown(id)) return;
    this.saving = true;
    try {
      const body = this.toInput(this.form.data);
      const { data: saved, etag } =
        id === undefined
          ? await this.#call(this.routes.create, { body })
          : await this.#call(this.routes.update, { params: { id }, body }, this.#item.ifMatch);
      drafts.clear(this.draftKey);
      this.form.replace(this.toData(saved));
      this.restoredDraft = false;
      if (id === undefined) {
        this.#loadedFor = saved.id;
        this.entityId = saved.id;
        await this.#item.show(saved.id, true);
        this.ctx.replace(this.hrefFor(saved.id));
      } else this.#item.replace(saved, etag);
      this.afterSave(saved);
      this.savedMessage = this.t('form.saved');
      this.ctx.announce(this.t('form.saved'));
    } catch (error) {
      // The form keeps everything typed (and the draft stays in sessionStorage).
      const fieldErrors = error instanceof ApiError ? error.errors : {};
      this.changedElsewhere = error instanceof ApiError && error.status === 412;
      this.form.errors = Object.keys(fieldErrors).length
        ? fieldErrors
        : { '': [failureMessage(this.t, error)] };
      this.requestUpdate();
      if (!(error instanceof ApiError && error.status === 401)) await this.#focusSummary();
    } finally {
      this.saving = false;
    }
  }

  /**
   * A write on the stored item by a route of its own (a move along the review, a session's
   * state), with the version loaded here; the item the server answers is then shown.
   */
  protected async act(route: RouteName, body: unknown): Promise<void> {
    const id = this.entityId;
    if (id === undefined) return;
    const { data, etag } = await this.#call(route, { params: { id }, body }, this.#item.ifMatch);
    this.form.replace(this.toData(data));
    drafts.clear(this.draftKey);
    this.#item.replace(data, etag);
  }

  /** A move along the review (the workflow bar's buttons). */
  #move = async (action: WorkflowAction, comment: string | null): Promise<void> => {
    const route = this.routes.workflow?.transition;
    if (route) await this.act(route, { action, comment });
  };

  /** The form holds changes not saved yet: a move would leave them behind. */
  protected get unsaved(): boolean {
    return drafts.load(this.draftKey) !== undefined;
  }

  #history = async (id: number): Promise<Transition[]> => {
    const route = this.routes.workflow?.history ?? 'adminActivityHistory';
    return (await this.ctx.api.send(route as 'adminActivityHistory', { params: { id } })).items;
  };

  /** The review bar of a stored item of a reviewed kind. */
  #workflowBar() {
    // Items with a life of their own (contests, sessions) keep their review in `reviewState`.
    const shown = this.shown as (TEntity & { state?: ContentState; reviewState?: ContentState }) | undefined;
    const state = shown?.reviewState ?? shown?.state;
    if (!this.routes.workflow || !shown || !state) return nothing;
    return workflowBar({
      ctx: this.ctx,
      itemId: shown.id,
      state,
      history: this.#history,
      move: this.#move,
      unsaved: this.unsaved,
    });
  }

  protected override render() {
    const { t } = this;
    const title = html`<h1 tabindex="-1">${this.heading()}</h1>`;
    if (this.phase === 'loading')
      return html`${title}
        <p role="status">${t('core:loading')}</p>`;
    if (this.phase === 'failed')
      return html`${title}
        <p class="notice" role="alert">${this.loadError}</p>
        <button type="button" @click=${() => this.load()}>${t('core:retry')}</button>
        <a href=${this.listHref()}>${t('form.backToList')}</a>`;
    // Fields first: they tell the summary their labels.
    const fields = this.renderFields();
    return html`${title}
      <p><a href=${this.listHref()}>${t('form.backToList')}</a></p>
      ${this.#workflowBar()}
      ${this.restoredDraft
        ? html`<div class="notice">
            <p>${t('form.draftRestored')}</p>
            <button type="button" @click=${() => this.discardDraft()}>${t('form.discardDraft')}</button>
          </div>`
        : nothing}
      ${this.savedMessage ? html`<p class="ok">${this.savedMessage}</p>` : nothing}
      ${errorSummary(this.form, this)}
      ${this.changedElsewhere
        ? html`<div class="notice">
            <button type="button" @click=${() => this.discardDraft()}>${t('form.loadLatest')}</button>
          </div>`
        : nothing}
      <form novalidate @submit=${(event: Event) => this.submit(event)}>
        <p class="muted">${t('form.requiredNote')}</p>
        ${fields}
        <div class="form-actions">
          <button type="submit" class="primary" ?disabled=${this.saving}>
            ${this.saving ? t('form.saving') : t('form.save')}
          </button>
          <a class="button" href=${this.listHref()}>${t('form.cancel')}</a>
        </div>
      </form>`;
  }
}
