import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Translate } from '@pbgdpl/core';
import { property, state } from 'lit/decorators.js';
import { AdminApiError, type FieldErrors } from './admin-api.ts';
import { AdminElement } from './admin-element.ts';
import type { SectionContext } from './context.ts';
import { errorSummary, FormModel } from './form-fields.ts';
import { drafts } from './session.ts';

/** Message for a failed request that carries no per-field errors. */
export function failureMessage(t: Translate, error: unknown): string {
  if (error instanceof AdminApiError) {
    if (error.kind === 'http')
      return error.problem?.detail ?? error.problem?.title ?? t('core:error.http', { status: error.status });
    return t(`core:error.${error.kind}`);
  }
  return t('core:error.network');
}

/**
 * What every editor form shares: load the record (or start empty), keep an unsaved draft per
 * record in sessionStorage, required checks, save, server errors next to their fields with a
 * focused summary above, "Đã lưu" in the live region. A section's form says only which
 * fields it has and how to load and save them.
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

  protected form = new FormModel<TData>(this, {} as TData, (data) => drafts.save(this.draftKey, data));
  #loadedFor: number | undefined | null = null;

  /** `documents`, `banners`: names drafts and the list to return to. */
  protected abstract readonly kind: string;
  protected abstract empty(): TData;
  protected abstract fetch(id: number): Promise<TEntity>;
  protected abstract toData(entity: TEntity): TData;
  protected abstract validate(): FieldErrors;
  protected abstract save(data: TData, id: number | undefined): Promise<TEntity>;
  protected abstract heading(): string;
  protected abstract renderFields(): TemplateResult;
  /** Where a saved new record lives (`#/documents/12`). */
  protected abstract hrefFor(id: number): string;
  protected abstract listHref(): string;

  protected get draftKey(): string {
    return `${this.kind}:${this.entityId ?? 'new'}`;
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
    this.#loadedFor = this.entityId ?? undefined;
    this.savedMessage = '';
    const draft = ignoreDraft ? undefined : drafts.load<TData>(this.draftKey);
    this.restoredDraft = draft !== undefined;
    if (draft) {
      this.form.replace(draft);
      this.phase = 'ready';
      return;
    }
    if (this.entityId === undefined) {
      this.form.replace(this.empty());
      this.phase = 'ready';
      return;
    }
    this.phase = 'loading';
    try {
      this.form.replace(this.toData(await this.fetch(this.entityId)));
      this.phase = 'ready';
    } catch (error) {
      this.loadError = failureMessage(this.t, error);
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
    this.saving = true;
    try {
      const wasNew = this.entityId === undefined;
      const saved = await this.save(this.form.data, this.entityId);
      drafts.clear(this.draftKey);
      this.form.replace(this.toData(saved));
      this.restoredDraft = false;
      if (wasNew) {
        this.#loadedFor = saved.id;
        this.entityId = saved.id;
        this.ctx.replace(this.hrefFor(saved.id));
      }
      this.savedMessage = this.t('form.saved');
      this.ctx.announce(this.t('form.saved'));
    } catch (error) {
      // The form keeps everything typed (and the draft stays in sessionStorage).
      const fieldErrors = error instanceof AdminApiError ? error.errors : {};
      this.form.errors = Object.keys(fieldErrors).length
        ? fieldErrors
        : { '': [failureMessage(this.t, error)] };
      this.requestUpdate();
      if (!(error instanceof AdminApiError && error.status === 401)) await this.#focusSummary();
    } finally {
      this.saving = false;
    }
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
      ${this.restoredDraft
        ? html`<div class="notice">
            <p>${t('form.draftRestored')}</p>
            <button type="button" @click=${() => this.discardDraft()}>${t('form.discardDraft')}</button>
          </div>`
        : nothing}
      ${this.savedMessage ? html`<p class="ok">${this.savedMessage}</p>` : nothing}
      ${errorSummary(this.form, this)}
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
