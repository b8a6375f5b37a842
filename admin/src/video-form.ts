import { html, nothing } from 'lit';
import type { AdminVideo, MediaItem, VideoCaption, VideoInput, VideoSource } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import type { FieldErrors } from './form-fields.ts';
import { EntityForm, reviewedRoutes } from './entity-form.ts';
import {
  checkboxField,
  checkboxGroup,
  mediaField,
  repeatable,
  requireFields,
  selectField,
  textareaField,
  textField,
} from './form-fields.ts';
import { LEGAL_FIELDS, VIDEO_CATEGORIES } from '@pbgdpl/contract/values';
import { options, unitOptions } from './labels.ts';
import { href } from './router.ts';
import './video-i18n.ts';

type VideoData = Required<Omit<VideoInput, 'poster' | 'durationSeconds'>> & {
  durationSeconds: number | null;
  poster: { url: string; width: number | null; height: number | null };
};

const videoToData = (video: AdminVideo): VideoData => ({
  title: video.title,
  description: video.description,
  category: video.category,
  fields: [...video.fields],
  unitId: video.unit?.id ?? null,
  publishedAt: video.publishedAt,
  durationSeconds: video.durationSeconds,
  poster: { ...video.poster },
  sources: video.sources.map((source) => ({ ...source })),
  youtubeId: video.youtubeId,
  captions: video.captions.map((caption) => ({ ...caption })),
  transcript: video.transcript,
  published: video.published,
});

/** Thêm / sửa video: the VideoInput fields, with the console's shared field helpers. */
export class PbgdplAdminVideoForm extends EntityForm<VideoData, AdminVideo> {
  protected readonly kind = 'videos';

  protected empty(): VideoData {
    return {
      title: '',
      description: '',
      category: 'tinh-huong',
      fields: [],
      unitId: this.ownUnit,
      publishedAt: new Date().toISOString(),
      durationSeconds: null,
      poster: { url: '', width: 480, height: 270 },
      sources: [],
      youtubeId: null,
      captions: [],
      transcript: null,
      published: true,
    };
  }

  protected readonly routes = reviewedRoutes('Video');

  protected toData(entity: AdminVideo): VideoData {
    return videoToData(entity);
  }

  protected toInput(data: VideoData): VideoInput {
    // Shapes match once the required checks passed; the server validates the rest.
    return data as VideoInput;
  }

  protected hrefFor(id: number): string {
    return href('videos', id);
  }

  protected listHref(): string {
    return href('videos');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-video:new' : 'admin-video:edit');
  }

  protected validate(): FieldErrors {
    return requireFields(this.form, [
      'title',
      'category',
      'publishedAt',
      'durationSeconds',
      'poster.url',
      'poster.width',
      'poster.height',
    ]);
  }

  /** A video from the library: its format from its bytes, its length when none is written yet. */
  #pickSource(prefix: string, item: MediaItem): void {
    this.form.set(prefix, { url: item.url, type: item.mediaType });
    if (this.form.get('durationSeconds') === null && item.durationSeconds)
      this.form.set('durationSeconds', Math.max(1, Math.round(item.durationSeconds)));
  }

  protected renderFields() {
    const { form, t, language } = this;
    return html`
      ${textField(form, { path: 'title', label: t('admin-video:videoTitle'), required: true })}
      ${textareaField(form, { path: 'description', label: t('admin-video:description'), rows: 3 })}
      <div class="row">
        ${selectField(form, {
          path: 'category',
          label: t('admin-video:category'),
          required: true,
          options: options(VIDEO_CATEGORIES, t, 'admin-video:categories'),
        })}
        ${selectField(form, {
          path: 'unitId',
          label: t('admin-video:unit'),
          nullable: true,
          placeholder: t('admin-video:noUnit'),
          options: unitOptions(this.ctx.site, t, language),
        })}
      </div>
      <div class="row">
        ${textField(form, {
          path: 'publishedAt',
          label: t('admin-video:publishedAt'),
          type: 'datetime-local',
          required: true,
        })}
        ${textField(form, {
          path: 'durationSeconds',
          label: t('admin-video:duration'),
          type: 'number',
          min: 1,
          required: true,
        })}
      </div>
      ${checkboxGroup(form, {
        path: 'fields',
        label: t('admin-video:fields'),
        options: options(LEGAL_FIELDS, t, 'core:field'),
      })}
      ${mediaField(form, {
        path: 'poster.url',
        label: t('admin-video:posterUrl'),
        kind: 'image',
        required: true,
        ctx: this.ctx,
        pick: ({ url, width, height }) => form.set('poster', { url, width, height }),
      })}
      ${repeatable<VideoSource>(form, {
        host: this,
        path: 'sources',
        legend: t('admin-video:sources'),
        itemLegend: (i) => t('admin-video:source', { n: i + 1 }),
        addLabel: t('admin-video:addSource'),
        empty: () => ({ url: '', type: 'video/mp4' }),
        firstField: 'url',
        renderItem: (prefix) => html`
          ${mediaField(form, {
            path: `${prefix}.url`,
            label: t('admin-video:sourceUrl'),
            kind: 'video',
            required: true,
            ctx: this.ctx,
            pick: (item) => this.#pickSource(prefix, item),
          })}
        `,
      })}
      ${textField(form, {
        path: 'youtubeId',
        label: t('admin-video:youtubeId'),
        nullable: true,
        hint: t('admin-video:youtubeHint'),
      })}
      ${repeatable<VideoCaption>(form, {
        host: this,
        path: 'captions',
        legend: t('admin-video:captions'),
        itemLegend: (i) => t('admin-video:captionItem', { n: i + 1 }),
        addLabel: t('admin-video:addCaption'),
        empty: () => ({ lang: 'vi', url: '' }),
        firstField: 'lang',
        renderItem: (prefix) => html`
          ${selectField(form, {
            path: `${prefix}.lang`,
            label: t('admin-video:captionLang'),
            required: true,
            options: options(['vi', 'en'], t, 'admin-video:lang'),
          })}
          ${mediaField(form, {
            path: `${prefix}.url`,
            label: t('admin-video:captionUrl'),
            kind: 'caption',
            required: true,
            ctx: this.ctx,
            pick: ({ url }) => form.set(`${prefix}.url`, url),
          })}
        `,
      })}
      ${textareaField(form, {
        path: 'transcript',
        label: t('admin-video:transcript'),
        nullable: true,
        hint: t('admin-video:transcriptHint'),
        rows: 6,
      })}
      ${this.mayPublish
        ? checkboxField(form, { path: 'published', label: t('admin-video:published') })
        : nothing}
    `;
  }
}

defineElement('pbgdpl-admin-video-form', PbgdplAdminVideoForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-video-form': PbgdplAdminVideoForm;
  }
}
