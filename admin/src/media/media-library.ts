import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { MediaItem, MediaKind, MediaPage } from '@pbgdpl/contract';
import { MEDIA_KINDS } from '@pbgdpl/contract/values';
import { defineElement, formatDate } from '@pbgdpl/core';
import { formatSize } from '@pbgdpl/core/files';
import { AdminList } from '../admin-list.ts';
import { unitOptions } from '../labels.ts';
import { renderListItems } from '../list-table.ts';
import { href } from '../router.ts';
import { preferences } from '../session.ts';
import { deleteMedia, type MediaDeleting, mayChange, renderDeleteRefusal } from './media-delete.ts';
import './upload-queue.ts';

const PAGE_SIZE = 24;
const VIEWS = ['list', 'grid'] as const;
type View = (typeof VIEWS)[number];
/** Where the chosen view is remembered (see `preferences`). */
const VIEW_KEY = 'media-view';

interface Filters {
  q: string;
  kind: MediaKind | '';
  unit: string;
  uploader: string;
}

/**
 * Thư viện tệp: search by words, kind, unit and uploader; a paged list or grid of thumbnails
 * (the editor's choice, remembered in this browser); uploads
 * of several files at once (`<pbgdpl-admin-upload-queue>`); edit and delete per row, a delete
 * refused while items use the file listing them. A unit's person sees their unit's and the
 * shared files, and edits or deletes their unit's only (the server decides; the buttons follow).
 */
export class PbgdplAdminMediaLibrary extends AdminList<MediaItem, MediaPage> {
  static override styles = [
    ...AdminList.styles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: end;
      }
      .filters > div {
        display: flex;
        flex-direction: column;
      }
      td img {
        display: block;
        inline-size: 6em;
        block-size: 4em;
        object-fit: contain;
        border: 1px solid var(--_color-border);
      }
      .kind {
        display: inline-block;
        min-inline-size: 6em;
        color: var(--_color-muted);
      }
      .views {
        display: flex;
        gap: 0.5em;
        margin-block: 1em;
      }
      .views [aria-pressed='true'] {
        font-weight: 700;
        outline: 2px solid currentColor;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
        gap: 1em;
        padding: 0;
        list-style: none;
      }
      .grid li {
        display: flex;
        flex-direction: column;
        gap: 0.25em;
        padding: 0.5em;
        border: 1px solid var(--_color-border);
        overflow-wrap: anywhere;
      }
      .grid br {
        display: none;
      }
      .grid img,
      .grid .no-preview {
        display: flex;
        align-items: center;
        justify-content: center;
        inline-size: 100%;
        block-size: 8em;
        object-fit: contain;
        background: var(--_color-border);
      }
    `,
  ];

  @state() private filters: Filters = { q: '', kind: '', unit: '', uploader: '' };
  @state() private deleting: MediaDeleting | undefined;
  @state() private view: View = VIEWS.find((view) => view === preferences.get(VIEW_KEY)) ?? 'list';

  protected async fetchPage(): Promise<MediaPage> {
    const { q, kind, unit, uploader } = this.filters;
    const query = {
      page: this.page,
      pageSize: PAGE_SIZE,
      ...(q ? { q } : {}),
      ...(kind ? { kind } : {}),
      ...(unit ? { unit } : {}),
      ...(uploader ? { uploader } : {}),
    };
    return (await this.ctx.api.request('adminMediaList', { query })).data;
  }

  #search = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    this.filters = {
      q: text('q'),
      kind: text('kind') as Filters['kind'],
      unit: text('unit'),
      uploader: text('uploader'),
    };
    this.page = 1;
    void this.load();
  };

  async #delete(item: MediaItem): Promise<void> {
    this.deleting = await deleteMedia(this, this.ctx, this.confirm, item);
    if (this.deleting?.done) {
      this.deleting = undefined;
      await this.load();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  #unitName(id: string | null): string {
    if (id === null) return this.t('admin-media:shared');
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  #details(item: MediaItem) {
    const { t, language } = this;
    const parts = [formatSize(item.size, language)];
    if (item.width && item.height) parts.push(`${item.width} × ${item.height}`);
    if (item.pages) parts.push(t('admin-media:pages', { count: item.pages }));
    if (item.durationSeconds)
      parts.push(t('admin-media:seconds', { count: Math.round(item.durationSeconds) }));
    return html`<span class="kind">${t(`admin-media:kinds.${item.kind}`)}</span> ${parts.join(' · ')}`;
  }

  /** Edit and delete, for a file this person may change; each names its file for screen readers. */
  #actions(item: MediaItem) {
    const { t } = this;
    if (!mayChange(this.ctx, item)) return nothing;
    const name = html`<span class="visually-hidden"> ${item.title}</span>`;
    return html`<div class="actions">
      <a class="button" href=${href('media', item.id)}>${t('admin-media:edit')}${name}</a>
      <button type="button" class="danger" @click=${() => void this.#delete(item)}>
        ${t('admin-media:delete')}${name}
      </button>
    </div>`;
  }

  /** A picture's smallest copy (the grid offers them all, for its wider cells). */
  #thumbnail(item: MediaItem, grid = false) {
    if (item.kind !== 'image') return undefined;
    const src = item.variants[0]?.url ?? item.url;
    const srcset = item.variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ');
    return grid && srcset
      ? html`<img src=${src} srcset=${srcset} sizes="240px" alt="" loading="lazy" />`
      : html`<img src=${src} alt="" loading="lazy" />`;
  }

  #names(item: MediaItem) {
    return html`<a href=${href('media', item.id)}>${item.title}</a><br />
      <a href=${item.url} target="_blank" rel="noopener">${item.name}</a>`;
  }

  #row(item: MediaItem) {
    const { language } = this;
    return html`<tr>
      <td>${this.#thumbnail(item) ?? nothing}</td>
      <td>${this.#names(item)}</td>
      <td>${this.#details(item)}</td>
      <td>${this.#unitName(item.unitId)}</td>
      <td>${item.uploadedBy}<br />${formatDate(item.createdAt, language)}</td>
      <td>${this.#actions(item)}</td>
    </tr>`;
  }

  #card(item: MediaItem) {
    return html`<li>
      ${this.#thumbnail(item, true) ??
      html`<span class="no-preview">${item.name.slice(item.name.lastIndexOf('.')).toUpperCase()}</span>`}
      ${this.#names(item)}
      <span>${this.#details(item)}</span>
      ${this.#actions(item)}
    </li>`;
  }

  #choose(view: View): void {
    this.view = view;
    preferences.set(VIEW_KEY, view);
  }

  #renderViews() {
    const { t } = this;
    return html`<div class="views" role="group" aria-label=${t('admin-media:view')}>
      ${VIEWS.map(
        (view) =>
          html`<button type="button" aria-pressed=${this.view === view} @click=${() => this.#choose(view)}>
            ${t(`admin-media:views.${view}`)}
          </button>`,
      )}
    </div>`;
  }

  #renderGrid() {
    const { t, data, loading, error, goTo } = this;
    return renderListItems(
      { t, data, loading, error, goTo, empty: t('admin-media:none') },
      (items) =>
        html`<ul
          class="grid"
          aria-label=${t('admin-media:caption', { total: data?.total ?? 0 })}
          aria-busy=${loading ? 'true' : 'false'}
        >
          ${items.map((item) => this.#card(item))}
        </ul>`,
    );
  }

  #renderFilters() {
    const { t, language } = this;
    const { q, kind, unit, uploader } = this.filters;
    return html`<form role="search" class="filters" @submit=${this.#search}>
      <div>
        <label for="q">${t('admin-media:words')}</label>
        <input id="q" name="q" type="search" .value=${q} />
      </div>
      <div>
        <label for="kind">${t('admin-media:kind')}</label>
        <select id="kind" name="kind">
          <option value="">${t('admin-media:anyKind')}</option>
          ${MEDIA_KINDS.map(
            (value) =>
              html`<option value=${value} ?selected=${kind === value}>
                ${t(`admin-media:kinds.${value}`)}
              </option>`,
          )}
        </select>
      </div>
      <div>
        <label for="unit">${t('admin-media:unit')}</label>
        <select id="unit" name="unit">
          <option value="">${t('admin-media:anyUnit')}</option>
          ${unitOptions(this.ctx.site, t, language).map(
            (option) =>
              html`<option value=${option.value} ?selected=${unit === option.value}>${option.label}</option>`,
          )}
        </select>
      </div>
      <div>
        <label for="uploader">${t('admin-media:uploader')}</label>
        <input id="uploader" name="uploader" .value=${uploader} aria-describedby="uploader-hint" />
        <span class="hint" id="uploader-hint">${t('admin-media:uploaderHint')}</span>
      </div>
      <button type="submit">${t('admin-media:search')}</button>
    </form>`;
  }

  protected override render() {
    const { t } = this;
    return html`
      <h1 tabindex="-1">${t('admin-media:title')}</h1>
      <pbgdpl-admin-upload-queue
        .ctx=${this.ctx}
        @media-uploaded=${() => void this.load()}
      ></pbgdpl-admin-upload-queue>
      <h2>${t('admin-media:search')}</h2>
      ${this.#renderFilters()} ${renderDeleteRefusal(t, this.deleting)} ${this.#renderViews()}
      ${this.view === 'grid'
        ? this.#renderGrid()
        : this.renderTable({
            empty: t('admin-media:none'),
            caption: (total) => t('admin-media:caption', { total }),
            headers: html`<th scope="col">${t('admin-media:preview')}</th>
              <th scope="col">${t('admin-media:fileTitle')}</th>
              <th scope="col">${t('admin-media:details')}</th>
              <th scope="col">${t('admin-media:unit')}</th>
              <th scope="col">${t('admin-media:uploader')}</th>
              <th scope="col">${t('admin-media:actions')}</th>`,
            row: (item) => this.#row(item),
          })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-media-library', PbgdplAdminMediaLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-media-library': PbgdplAdminMediaLibrary;
  }
}
