import { html, nothing } from 'lit';
import type { AdminArticle, ArticleInput, MediaKind } from '@pbgdpl/contract';
import {
  ARTICLE_CATEGORIES,
  ARTICLE_MATERIAL_FORMATS,
  AUDIENCES,
  LEGAL_FIELDS,
} from '@pbgdpl/contract/values';
import { defineElement } from '@pbgdpl/core';
import { EntityForm, reviewedRoutes } from '../entity-form.ts';
import {
  checkboxField,
  checkboxGroup,
  type FieldErrors,
  mediaField,
  repeatable,
  requireFields,
  richTextField,
  selectField,
  textareaField,
  textField,
} from '../form-fields.ts';
import { options, unitOptions } from '../labels.ts';
import { href } from '../router.ts';

/** One attached file; recordings carry what is said. */
interface AttachmentData {
  url: string;
  name: string | null;
  transcript: string | null;
}

/**
 * The form's shape: the input with the optional parts always present (an empty event, cover,
 * list of numbers), so their fields have somewhere to write; `toInput` drops what stays empty.
 */
type ArticleData = Required<
  Omit<ArticleInput, 'event' | 'cover' | 'relatedDocuments' | 'attachments' | 'materialFormat'>
> & {
  event: { startsAt: string | null; endsAt: string | null; place: string };
  cover: { url: string; alt: string };
  attachments: AttachmentData[];
  materialFormat: string | null;
  relatedDocuments: string;
};

const ANNOUNCEMENT = 'thong-bao-giay-moi';
const MATERIAL = 'tai-lieu-pbgdpl';

/** Viết / sửa bài viết: the ArticleInput fields; what a category needs shows with it. */
export class PbgdplAdminArticleForm extends EntityForm<ArticleData, AdminArticle> {
  protected readonly kind = 'articles';

  protected readonly routes = reviewedRoutes('Article');

  protected empty(): ArticleData {
    return {
      title: '',
      slug: null,
      summary: '',
      body: '',
      category: 'tin-tuc-su-kien',
      unitId: this.ctx.me.unitId ?? this.ctx.site?.units[0]?.id ?? '',
      fields: [],
      audiences: [],
      authorName: null,
      publishedAt: null,
      pinned: false,
      featured: false,
      event: { startsAt: null, endsAt: null, place: '' },
      materialFormat: null,
      cover: { url: '', alt: '' },
      attachments: [],
      relatedDocuments: '',
    };
  }

  protected toData(a: AdminArticle): ArticleData {
    return {
      title: a.title,
      slug: a.slug,
      summary: a.summary,
      body: a.body,
      category: a.category,
      unitId: a.unitId,
      fields: [...a.fields],
      audiences: [...a.audiences],
      authorName: a.authorName,
      publishedAt: a.publishedAt,
      pinned: a.pinned,
      featured: a.featured,
      event: a.event ? { ...a.event } : { startsAt: null, endsAt: null, place: '' },
      materialFormat: a.materialFormat,
      cover: a.cover ? { url: a.cover.url, alt: a.cover.alt } : { url: '', alt: '' },
      attachments: a.attachments.map(({ url, name, transcript }) => ({ url, name, transcript })),
      relatedDocuments: a.relatedDocuments.join('\n'),
    };
  }

  protected toInput(data: ArticleData): ArticleInput {
    const { event, cover, relatedDocuments, materialFormat, ...rest } = data;
    return {
      ...rest,
      event:
        data.category === ANNOUNCEMENT && event.startsAt && event.place.trim()
          ? { startsAt: event.startsAt, endsAt: event.endsAt, place: event.place }
          : null,
      materialFormat: data.category === MATERIAL ? (materialFormat as ArticleInput['materialFormat']) : null,
      cover: cover.url ? cover : null,
      relatedDocuments: relatedDocuments
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
  }

  protected hrefFor(id: number): string {
    return href('articles', id);
  }

  protected listHref(): string {
    return href('articles');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-article:new' : 'admin-article:edit');
  }

  protected validate(): FieldErrors {
    const category = this.form.get('category');
    return requireFields(this.form, [
      'title',
      'category',
      'unitId',
      ...(category === ANNOUNCEMENT ? ['event.startsAt', 'event.place'] : []),
      ...(category === MATERIAL ? ['materialFormat'] : []),
      ...(this.form.get('cover.url') ? ['cover.alt'] : []),
    ]);
  }

  /** Files of a material take the material's form (recordings, infographics); others are documents. */
  get #attachmentKind(): MediaKind {
    if (this.form.get('category') !== MATERIAL) return 'document';
    const format = this.form.get('materialFormat');
    return format === 'audio' ? 'audio' : format === 'infographic' ? 'image' : 'document';
  }

  #categoryFields() {
    const { form, t } = this;
    if (form.get('category') === ANNOUNCEMENT)
      return html`<fieldset>
        <legend>${t('admin-article:event')}</legend>
        <div class="row">
          ${textField(form, {
            path: 'event.startsAt',
            label: t('admin-article:eventStart'),
            type: 'datetime-local',
            required: true,
          })}
          ${textField(form, {
            path: 'event.endsAt',
            label: t('admin-article:eventEnd'),
            type: 'datetime-local',
          })}
        </div>
        ${textField(form, { path: 'event.place', label: t('admin-article:eventPlace'), required: true })}
      </fieldset>`;
    if (form.get('category') === MATERIAL)
      return selectField(form, {
        path: 'materialFormat',
        label: t('admin-article:materialFormat'),
        required: true,
        nullable: true,
        placeholder: '—',
        options: options(ARTICLE_MATERIAL_FORMATS, t, 'admin-article:formats'),
      });
    return nothing;
  }

  protected renderFields() {
    const { form, t, language } = this;
    return html`
      ${textField(form, { path: 'title', label: t('admin-article:articleTitle'), required: true })}
      ${textField(form, {
        path: 'slug',
        label: t('admin-article:slug'),
        nullable: true,
        hint: t('admin-article:slugHint'),
      })}
      <div class="row">
        ${selectField(form, {
          path: 'category',
          label: t('admin-article:category'),
          required: true,
          options: options(ARTICLE_CATEGORIES, t, 'admin-article:categories'),
        })}
        ${selectField(form, {
          path: 'unitId',
          label: t('admin-article:unit'),
          required: true,
          options: unitOptions(this.ctx.site, t, language),
        })}
      </div>
      ${this.#categoryFields()}
      ${textareaField(form, { path: 'summary', label: t('admin-article:summary'), rows: 3 })}
      ${richTextField(form, { path: 'body', label: t('admin-article:body'), ctx: this.ctx })}
      ${mediaField(form, {
        path: 'cover.url',
        label: t('admin-article:cover'),
        kind: 'image',
        ctx: this.ctx,
        pick: ({ url, alt }) => form.set('cover', { url, alt: form.get('cover.alt') || alt || '' }),
      })}
      ${form.get('cover.url')
        ? textField(form, { path: 'cover.alt', label: t('admin-article:coverAlt'), required: true })
        : nothing}
      ${repeatable<AttachmentData>(form, {
        host: this,
        path: 'attachments',
        legend: t('admin-article:attachments'),
        itemLegend: (i) => t('admin-article:attachment', { n: i + 1 }),
        addLabel: t('admin-article:addAttachment'),
        empty: () => ({ url: '', name: null, transcript: null }),
        firstField: 'name',
        renderItem: (prefix) => html`
          ${textField(form, {
            path: `${prefix}.name`,
            label: t('admin-article:attachmentName'),
            nullable: true,
          })}
          ${mediaField(form, {
            path: `${prefix}.url`,
            label: t('admin-article:attachmentFile'),
            kind: this.#attachmentKind,
            required: true,
            ctx: this.ctx,
            pick: ({ url }) => form.set(`${prefix}.url`, url),
          })}
          ${this.#attachmentKind === 'audio' || form.get(`${prefix}.transcript`)
            ? textareaField(form, {
                path: `${prefix}.transcript`,
                label: t('admin-article:transcript'),
                hint: t('admin-article:transcriptHint'),
                nullable: true,
                rows: 8,
              })
            : nothing}
        `,
      })}
      ${checkboxGroup(form, {
        path: 'fields',
        label: t('admin-article:fields'),
        options: options(LEGAL_FIELDS, t, 'core:field'),
      })}
      ${checkboxGroup(form, {
        path: 'audiences',
        label: t('admin-article:audiences'),
        options: options(AUDIENCES, t, 'admin-article:audienceNames'),
      })}
      ${textareaField(form, {
        path: 'relatedDocuments',
        label: t('admin-article:relatedDocuments'),
        hint: t('admin-article:relatedHint'),
        rows: 3,
      })}
      <div class="row">
        ${textField(form, {
          path: 'authorName',
          label: t('admin-article:authorName'),
          nullable: true,
          hint: t('admin-article:authorHint'),
        })}
        ${textField(form, {
          path: 'publishedAt',
          label: t('admin-article:publishedAt'),
          type: 'datetime-local',
          hint: t('admin-article:publishedHint'),
        })}
      </div>
      ${checkboxField(form, { path: 'pinned', label: t('admin-article:pinned') })}
      ${checkboxField(form, { path: 'featured', label: t('admin-article:featured') })}
      ${this.shown
        ? html`<p>${t('admin-article:state')}: ${t(`contentState.${this.shown.state}`)}</p>`
        : nothing}
    `;
  }
}

defineElement('pbgdpl-admin-article-form', PbgdplAdminArticleForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-article-form': PbgdplAdminArticleForm;
  }
}
