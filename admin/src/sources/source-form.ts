import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ArticleCategory, Source, SourceInput, SourceKind } from '@pbgdpl/contract';
import { ARTICLE_CATEGORIES, SOURCE_FEEDS, SOURCE_KINDS } from '@pbgdpl/contract/values';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import {
  checkboxField,
  errorSummary,
  FormModel,
  requireFields,
  selectField,
  textareaField,
  textField,
} from '../form-fields.ts';
import { options, unitOptions } from '../labels.ts';
import { submitForm } from '../accounts/submit-form.ts';
import '../articles/articles-i18n.ts';
import './source-activity.ts';
import './sources-i18n.ts';

/** The form's data: the source's settings, its mapping's tables as JSON text. */
interface SourceFormData {
  name: string;
  kind: SourceKind;
  url: string;
  feeds: (typeof SOURCE_FEEDS)[number];
  mapping: {
    detailUrl: string | null;
    unitId: string | null;
    category: ArticleCategory;
    fullText: boolean;
    published: boolean;
  };
  maps: string;
  intervalMinutes: number | null;
  enabled: boolean;
}

const emptySource = (): SourceFormData => ({
  name: '',
  kind: 'vbpl-json',
  url: '',
  feeds: 'documents',
  mapping: { detailUrl: null, unitId: null, category: 'tin-tuc-su-kien', fullText: false, published: true },
  maps: '{}',
  intervalMinutes: null,
  enabled: true,
});

function toFormData(source: Source): SourceFormData {
  const { detailUrl, unitId, category, fullText, published, ...maps } = source.mapping;
  return {
    name: source.name,
    kind: source.kind,
    url: source.url,
    feeds: source.feeds,
    mapping: { detailUrl, unitId, category, fullText, published },
    maps: JSON.stringify(maps, null, 2),
    intervalMinutes: source.intervalMinutes,
    enabled: source.enabled,
  };
}

/**
 * One source (admin): its settings (kind, address, what it feeds, mapping, schedule, on/off),
 * saved with the version loaded; once stored, its runs and conflicts below.
 */
export class PbgdplAdminSource extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @property({ attribute: false }) sourceId: number | undefined;
  @state() private source: Source | undefined;
  @state() private error = '';
  @state() private saving = false;
  readonly #form = new FormModel<SourceFormData>(this, emptySource());

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#load());
  }

  async #load(): Promise<void> {
    if (this.sourceId === undefined) return;
    try {
      this.source = (await this.ctx.api.get('adminSourceGet', { params: { id: this.sourceId } })).data;
      this.#form.replace(toFormData(this.source));
      this.error = '';
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  /** The body the API takes, and the client's errors (the tables not JSON): with any, nothing is sent. */
  #body(): { body: SourceInput; errors: Record<string, string[]> } {
    const { maps, ...data } = this.#form.data;
    const errors = requireFields(this.#form, ['name', 'url']);
    let tables: object = {};
    try {
      tables = JSON.parse(maps) as object;
    } catch (error) {
      errors.maps = [this.t('admin-sources:mapsInvalid', { error: (error as Error).message })];
    }
    return { errors, body: { ...data, name: data.name.trim(), mapping: { ...tables, ...data.mapping } } };
  }

  async #save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    this.saving = true;
    const { body, errors } = this.#body();
    let saved: Source | undefined;
    await submitForm(this, this.#form, errors, async () => {
      saved = this.source
        ? await this.ctx.api.send(
            'adminSourceUpdate',
            { params: { id: this.source.id }, body },
            { headers: { 'If-Match': `"${this.source.version}"` } },
          )
        : await this.ctx.api.send('adminSourceCreate', { body });
    });
    this.saving = false;
    if (!saved) return;
    this.source = saved;
    this.sourceId = saved.id;
    this.#form.replace(toFormData(saved));
    this.ctx.replace(`#/sources/${saved.id}`);
    this.ctx.announce(this.t('admin-sources:saved', { name: saved.name }));
  }

  #setKind(kind: string): void {
    this.#form.set('kind', kind);
    this.#form.set('feeds', kind === 'feed-xml' ? 'articles' : 'documents');
  }

  #fields() {
    const { t, language } = this;
    const k = (key: string) => t(`admin-sources:${key}`);
    const form = this.#form;
    const kind = form.data.kind;
    const kindSelect = selectField(form, {
      path: 'kind',
      label: k('kind'),
      required: true,
      options: options(SOURCE_KINDS, t, 'admin-sources:kinds'),
    });
    return html`${textField(form, { path: 'name', label: k('name'), required: true })}
      <div @input=${(event: Event) => this.#setKind((event.target as HTMLSelectElement).value)}>
        ${kindSelect}
      </div>
      ${textField(form, {
        path: 'url',
        label: k('url'),
        type: 'url',
        required: true,
        hint: k(`urlHint.${kind}`),
      })}
      ${selectField(form, {
        path: 'feeds',
        label: k('feeds'),
        required: true,
        options: options(SOURCE_FEEDS, t, 'admin-sources:feedsValues'),
      })}
      ${kind === 'vbpl-json'
        ? textField(form, {
            path: 'mapping.detailUrl',
            label: k('detailUrl'),
            type: 'url',
            nullable: true,
            required: true,
            hint: k('detailUrlHint'),
          })
        : nothing}
      ${kind === 'feed-xml'
        ? html`${selectField(form, {
            path: 'mapping.unitId',
            label: k('unitId'),
            required: true,
            nullable: true,
            placeholder: '',
            options: unitOptions(this.ctx.site, t, language),
          })}
          ${selectField(form, {
            path: 'mapping.category',
            label: k('category'),
            options: options(ARTICLE_CATEGORIES, t, 'admin-article:categories'),
          })}
          ${checkboxField(form, { path: 'mapping.fullText', label: k('fullText') })}`
        : nothing}
      ${checkboxField(form, { path: 'mapping.published', label: k('published') })}
      ${textareaField(form, { path: 'maps', label: k('maps'), hint: k('mapsHint'), rows: 6 })}
      ${textField(form, {
        path: 'intervalMinutes',
        label: k('interval'),
        type: 'number',
        min: 15,
        hint: k('intervalHint'),
      })}
      ${checkboxField(form, { path: 'enabled', label: k('enabledLabel') })}`;
  }

  protected override render() {
    const k = (key: string) => this.t(`admin-sources:${key}`);
    const source = this.source;
    return html`<p><a href="#/sources">${k('back')}</a></p>
      <h1 tabindex="-1">${source ? source.name : k('newTitle')}</h1>
      ${this.error ? html`<p class="notice" role="alert">${this.error}</p>` : nothing}
      ${errorSummary(this.#form, this)}
      <form novalidate @submit=${(event: Event) => this.#save(event)}>
        ${this.#fields()}
        <button type="submit" class="primary" ?disabled=${this.saving}>
          ${this.saving ? k('saving') : k('save')}
        </button>
      </form>
      ${source
        ? html`<pbgdpl-admin-source-activity
            .ctx=${this.ctx}
            .source=${source}
          ></pbgdpl-admin-source-activity>`
        : nothing}`;
  }
}

defineElement('pbgdpl-admin-source', PbgdplAdminSource);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-source': PbgdplAdminSource;
  }
}
