import { html, nothing } from 'lit';
import type { AdminDocument, DocumentInput, RelationInput } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import type { FieldErrors } from './form-fields.ts';
import { EntityForm, reviewedRoutes } from './entity-form.ts';
import {
  checkboxField,
  checkboxGroup,
  mediaField,
  repeatable,
  requireFields,
  richTextField,
  selectField,
  textareaField,
  textField,
} from './form-fields.ts';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  LEGAL_FIELDS,
  MATERIAL_KINDS,
  RELATION_TYPES,
} from '@pbgdpl/contract/values';
import { options, unitOptions } from './labels.ts';
import { href } from './router.ts';

interface AttachmentRow {
  name: string;
  url: string;
  mediaType: string;
  size: number | null;
}
interface MaterialRow {
  kind: string;
  title: string;
  body: string | null;
  file: AttachmentRow;
}

/** The form's state: DocumentInput with every field present, and a file row on every material. */
export type DocumentData = Omit<Required<DocumentInput>, 'attachments' | 'materials' | 'relations'> & {
  attachments: AttachmentRow[];
  materials: MaterialRow[];
  relations: Required<RelationInput>[];
};

const emptyAttachment = (): AttachmentRow => ({
  name: '',
  url: '',
  mediaType: 'application/pdf',
  size: null,
});
const isBlankFile = (file: AttachmentRow) => !file.name.trim() && !file.url.trim();

export function emptyDocument(): DocumentData {
  return {
    number: '',
    title: '',
    type: 'quyet-dinh',
    issuerId: '',
    signerName: null,
    signerTitle: null,
    issuedOn: '',
    effectiveFrom: null,
    effectiveTo: null,
    status: 'in-force',
    statusExplicit: false,
    statusReason: null,
    statusSince: null,
    fields: [],
    scope: null,
    gazetteOn: null,
    summary: null,
    body: '',
    attachments: [],
    materials: [],
    relations: [],
    vbplItemId: null,
    gazetteId: null,
    published: false,
  };
}

export function documentToData(document: AdminDocument): DocumentData {
  return {
    number: document.number,
    title: document.title,
    type: document.type,
    issuerId: document.issuer.id,
    signerName: document.signerName,
    signerTitle: document.signerTitle,
    issuedOn: document.issuedOn,
    effectiveFrom: document.effectiveFrom,
    effectiveTo: document.effectiveTo,
    status: document.status,
    statusExplicit: document.statusExplicit,
    statusReason: document.statusReason,
    statusSince: document.statusExplicit ? document.statusSince : null,
    fields: [...document.fields],
    scope: document.scope,
    gazetteOn: document.gazetteOn,
    summary: document.summary,
    body: document.body,
    attachments: document.attachments.map((a) => ({ ...a })),
    materials: document.materials.map((m) => ({
      ...m,
      kind: m.kind,
      file: m.file ? { ...m.file } : emptyAttachment(),
    })),
    relations: document.relations.map((r) => ({
      type: r.type,
      direction: r.direction ?? 'active',
      targetNumber: r.targetNumber,
      targetTitle: r.targetTitle ?? null,
      targetUrl: r.targetUrl ?? null,
    })),
    vbplItemId: document.vbplItemId,
    gazetteId: document.gazetteId,
    published: document.published,
  };
}

/** What is sent: materials without a file get `file: null`. */
export function dataToInput(data: DocumentData): DocumentInput {
  const materials = data.materials.map((m) => ({
    kind: m.kind,
    title: m.title,
    body: m.body,
    file: isBlankFile(m.file) ? null : m.file,
  }));
  // Shapes match the contract once the required checks passed; the server validates the rest.
  return { ...data, materials } as unknown as DocumentInput;
}

/** Thêm / sửa văn bản: every field of DocumentInput. */
export class PbgdplAdminDocumentForm extends EntityForm<DocumentData, AdminDocument> {
  protected readonly kind = 'documents';

  protected empty(): DocumentData {
    return { ...emptyDocument(), issuerId: this.ownUnit ?? '' };
  }

  protected readonly routes = reviewedRoutes('Document');

  protected toData(entity: AdminDocument): DocumentData {
    return documentToData(entity);
  }

  protected toInput(data: DocumentData): DocumentInput {
    return dataToInput(data);
  }

  protected hrefFor(id: number): string {
    return href('documents', id);
  }

  protected listHref(): string {
    return href('documents');
  }

  protected heading(): string {
    return this.entityId === undefined ? this.t('documents.new') : this.t('documents.edit');
  }

  protected validate(): FieldErrors {
    const { form } = this;
    const errors = requireFields(form, [
      'number',
      'title',
      'type',
      'issuerId',
      'issuedOn',
      'status',
      'fields',
      ...(form.data.statusExplicit ? ['statusReason'] : []),
    ]);
    form.data.attachments.forEach((_, i) =>
      requireFields(
        form,
        ['name', 'url'].map((f) => `attachments.${i}.${f}`),
        errors,
      ),
    );
    form.data.materials.forEach((material, i) => {
      requireFields(form, [`materials.${i}.kind`, `materials.${i}.title`], errors);
      if (!isBlankFile(material.file))
        requireFields(
          form,
          ['name', 'url'].map((f) => `materials.${i}.file.${f}`),
          errors,
        );
      else if (material.body === null || !material.body.trim())
        (errors[`materials.${i}.body`] ??= []).push(this.t('documents.materialNeedsContent'));
    });
    form.data.relations.forEach((_, i) =>
      requireFields(form, [`relations.${i}.type`, `relations.${i}.targetNumber`], errors),
    );
    return errors;
  }

  /** A file from the library; its type and size come with it, its name stays the editor's to change. */
  #attachmentFields(prefix: string) {
    const { form, t } = this;
    return html`${mediaField(form, {
      path: `${prefix}.url`,
      label: t('attachment.url'),
      kind: 'document',
      required: true,
      ctx: this.ctx,
      pick: ({ name, url, mediaType, size }) =>
        form.set(prefix, { name: String(form.get(`${prefix}.name`) ?? '') || name, url, mediaType, size }),
    })}
    ${textField(form, { path: `${prefix}.name`, label: t('attachment.name'), required: true })}`;
  }

  protected renderFields() {
    const { form, t, language } = this;
    const site = this.ctx.site;
    return html`
      <div class="row">
        ${textField(form, {
          path: 'number',
          label: t('documents.number'),
          required: true,
          hint: t('documents.numberHint'),
        })}
        ${selectField(form, {
          path: 'type',
          label: t('documents.type'),
          required: true,
          options: options(DOCUMENT_TYPES, t, 'type'),
        })}
      </div>
      ${textareaField(form, { path: 'title', label: t('documents.docTitle'), required: true, rows: 2 })}
      ${selectField(form, {
        path: 'issuerId',
        label: t('documents.issuer'),
        required: true,
        placeholder: t('form.choose'),
        hint: t('documents.issuerHint'),
        options: unitOptions(site, t, language),
      })}
      <div class="row">
        ${textField(form, { path: 'signerName', label: t('documents.signerName'), nullable: true })}
        ${textField(form, { path: 'signerTitle', label: t('documents.signerTitle'), nullable: true })}
      </div>
      <div class="row">
        ${textField(form, { path: 'issuedOn', label: t('documents.issuedOn'), type: 'date', required: true })}
        ${textField(form, { path: 'effectiveFrom', label: t('documents.effectiveFrom'), type: 'date' })}
        ${textField(form, { path: 'effectiveTo', label: t('documents.effectiveTo'), type: 'date' })}
        ${textField(form, { path: 'gazetteOn', label: t('documents.gazetteOn'), type: 'date' })}
      </div>
      <div class="row">
        ${selectField(form, {
          path: 'status',
          label: t('documents.status'),
          required: true,
          options: options(DOCUMENT_STATUSES, t, 'status'),
        })}
        ${textField(form, {
          path: 'scope',
          label: t('documents.scope'),
          nullable: true,
          hint: t('documents.scopeHint'),
        })}
      </div>
      ${checkboxField(form, {
        path: 'statusExplicit',
        label: t('documents.statusExplicit'),
        hint: t('documents.statusExplicitHint'),
      })}
      ${form.data.statusExplicit
        ? html`<div class="row">
            ${textareaField(form, {
              path: 'statusReason',
              label: t('documents.statusReason'),
              required: true,
              nullable: true,
              rows: 2,
            })}
            ${textField(form, { path: 'statusSince', label: t('documents.statusSince'), type: 'date' })}
          </div>`
        : ''}
      ${checkboxGroup(form, {
        path: 'fields',
        label: t('documents.fields'),
        required: true,
        hint: t('documents.fieldsHint'),
        options: options(LEGAL_FIELDS, t, 'core:field'),
      })}
      ${textareaField(form, { path: 'summary', label: t('documents.summary'), nullable: true, rows: 4 })}
      ${richTextField(form, {
        path: 'body',
        label: t('documents.body'),
        hint: t('documents.bodyHint'),
        ctx: this.ctx,
      })}
      ${repeatable(form, {
        host: this,
        path: 'attachments',
        legend: t('documents.attachments'),
        itemLegend: (i) => t('attachment.item', { n: i + 1 }),
        addLabel: t('attachment.add'),
        empty: emptyAttachment,
        firstField: 'name',
        renderItem: (prefix) => this.#attachmentFields(prefix),
      })}
      ${repeatable(form, {
        host: this,
        path: 'materials',
        legend: t('documents.materials'),
        itemLegend: (i) => t('material.item', { n: i + 1 }),
        addLabel: t('material.add'),
        empty: (): MaterialRow => ({
          kind: 'content-introduction',
          title: '',
          body: null,
          file: emptyAttachment(),
        }),
        firstField: 'kind',
        renderItem: (prefix) => html`
          ${selectField(form, {
            path: `${prefix}.kind`,
            label: t('material.kind'),
            required: true,
            options: options(MATERIAL_KINDS, t, 'material.kinds'),
          })}
          ${textField(form, { path: `${prefix}.title`, label: t('material.title'), required: true })}
          ${textareaField(form, {
            path: `${prefix}.body`,
            label: t('material.body'),
            nullable: true,
            hint: t('material.bodyHint'),
            rows: 5,
          })}
          <p class="muted">${t('material.fileNote')}</p>
          ${this.#attachmentFields(`${prefix}.file`)}
        `,
      })}
      ${repeatable(form, {
        host: this,
        path: 'relations',
        legend: t('documents.relations'),
        itemLegend: (i) => t('relation.item', { n: i + 1 }),
        addLabel: t('relation.add'),
        empty: (): Required<RelationInput> => ({
          type: 'guides',
          direction: 'active',
          targetNumber: '',
          targetTitle: null,
          targetUrl: null,
        }),
        firstField: 'type',
        renderItem: (prefix) =>
          html`<div class="row">
              ${selectField(form, {
                path: `${prefix}.type`,
                label: t('relation.type'),
                required: true,
                options: options(RELATION_TYPES, t, 'relation.types'),
              })}
              ${selectField(form, {
                path: `${prefix}.direction`,
                label: t('relation.direction'),
                options: [
                  { value: 'active', label: t('relation.active') },
                  { value: 'passive', label: t('relation.passive') },
                ],
              })}
            </div>
            <div class="row">
              ${textField(form, {
                path: `${prefix}.targetNumber`,
                label: t('relation.targetNumber'),
                required: true,
              })}
              ${textField(form, {
                path: `${prefix}.targetTitle`,
                label: t('relation.targetTitle'),
                nullable: true,
              })}
            </div>
            ${textField(form, {
              path: `${prefix}.targetUrl`,
              label: t('relation.targetUrl'),
              type: 'url',
              nullable: true,
            })}`,
      })}
      <div class="row">
        ${textField(form, {
          path: 'vbplItemId',
          label: t('documents.vbplItemId'),
          type: 'number',
          min: 1,
          hint: t('documents.vbplHint'),
        })}
        ${textField(form, {
          path: 'gazetteId',
          label: t('documents.gazetteId'),
          nullable: true,
          inputmode: 'numeric',
          hint: t('documents.gazetteHint'),
        })}
      </div>
      ${this.mayPublish
        ? checkboxField(form, { path: 'published', label: t('documents.publishedField') })
        : nothing}
    `;
  }
}

defineElement('pbgdpl-admin-document-form', PbgdplAdminDocumentForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-document-form': PbgdplAdminDocumentForm;
  }
}
