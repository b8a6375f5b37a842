import { css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { MediaDetail, MediaEdit } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import '../confirm-dialog.ts';
import type { PbgdplAdminConfirm } from '../confirm-dialog.ts';
import { EntityForm } from '../entity-form.ts';
import { type FieldErrors, requireFields, selectField, textareaField, textField } from '../form-fields.ts';
import { unitOptions } from '../labels.ts';
import { href } from '../router.ts';
import { deleteMedia, type MediaDeleting, mayChange, renderDeleteRefusal } from './media-delete.ts';

type MediaData = Required<MediaEdit>;

/**
 * One file of the library (`#/media/<id>`): its title, image description, caption and unit
 * (PATCH with the version loaded), the items using it, and delete. A unit's person edits their
 * unit's files, without moving them to another unit.
 */
export class PbgdplAdminMediaEdit extends EntityForm<MediaData, MediaDetail> {
  static override styles = [
    ...EntityForm.styles,
    css`
      .preview {
        max-inline-size: 20em;
        max-block-size: 12em;
        object-fit: contain;
        border: 1px solid var(--_color-border);
      }
    `,
  ];

  protected readonly kind = 'media';
  // An entry is made by uploading its file (the library page); this form only edits.
  protected readonly routes = {
    get: 'adminMediaGet',
    create: 'adminMediaUpload',
    update: 'adminMediaUpdate',
  } as const;
  @state() private deleting: MediaDeleting | undefined;
  @query('pbgdpl-admin-confirm') private confirm!: PbgdplAdminConfirm;

  protected empty(): MediaData {
    return { title: '', alt: null, caption: null, unitId: this.ownUnit };
  }

  protected toData(entity: MediaDetail): MediaData {
    return { title: entity.title, alt: entity.alt, caption: entity.caption, unitId: entity.unitId };
  }

  protected toInput(data: MediaData): MediaEdit {
    const shown = this.shown;
    const alt = data.alt?.trim() || null;
    const caption = data.caption?.trim() || null;
    // A unit's person cannot move a file: the unit is sent only by editors.
    return this.mayPublish || !shown ? { ...data, alt, caption } : { title: data.title, alt, caption };
  }

  protected validate(): FieldErrors {
    return requireFields(this.form, ['title']);
  }

  protected heading(): string {
    return this.t('admin-media:editTitle');
  }

  protected hrefFor(id: number): string {
    return href('media', id);
  }

  protected listHref(): string {
    return href('media');
  }

  async #delete(item: MediaDetail): Promise<void> {
    this.deleting = await deleteMedia(this, this.ctx, this.confirm, item);
    if (this.deleting?.done) this.ctx.navigate(this.listHref());
  }

  #usedBy(item: MediaDetail) {
    const { t } = this;
    return html`<h2>${t('admin-media:usedBy')}</h2>
      ${item.usedBy.length === 0
        ? html`<p>${t('admin-media:unused')}</p>`
        : html`<ul>
            ${item.usedBy.map(
              (user) => html`<li>${t(`admin-media:users.${user.kind}`)} ${user.id}: ${user.title}</li>`,
            )}
          </ul>`}`;
  }

  protected renderFields() {
    const { form, t, language } = this;
    const item = this.shown;
    return html`
      ${item?.kind === 'image' ? html`<img class="preview" src=${item.url} alt="" />` : nothing}
      ${item
        ? html`<p>
            <a href=${item.url} target="_blank" rel="noopener">${t('admin-media:open')}: ${item.name}</a>
          </p>`
        : nothing}
      ${textField(form, { path: 'title', label: t('admin-media:fileTitle'), required: true })}
      ${item?.kind === 'image'
        ? textField(form, { path: 'alt', label: t('admin-media:alt'), nullable: true })
        : nothing}
      ${textareaField(form, {
        path: 'caption',
        label: t('admin-media:fileCaption'),
        nullable: true,
        rows: 3,
      })}
      ${this.mayPublish
        ? selectField(form, {
            path: 'unitId',
            label: t('admin-media:unit'),
            nullable: true,
            placeholder: t('admin-media:shared'),
            options: unitOptions(this.ctx.site, t, language),
          })
        : nothing}
      ${item ? this.#usedBy(item) : nothing} ${renderDeleteRefusal(t, this.deleting)}
      ${item && mayChange(this.ctx, item)
        ? html`<p>
            <button type="button" class="danger" @click=${() => void this.#delete(item)}>
              ${t('admin-media:delete')}
            </button>
          </p>`
        : nothing}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-media-edit', PbgdplAdminMediaEdit);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-media-edit': PbgdplAdminMediaEdit;
  }
}
