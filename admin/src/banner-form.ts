import { html } from 'lit';
import type { Banner, BannerInput } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import type { FieldErrors } from './form-fields.ts';
import { EntityForm, reviewedRoutes } from './entity-form.ts';
import { checkboxField, mediaField, requireFields, selectField, textField } from './form-fields.ts';
import { BANNER_PLACEMENTS } from '@pbgdpl/contract/values';
import { options, unitOptions } from './labels.ts';
import { href } from './router.ts';

type BannerData = Required<Omit<BannerInput, 'image'>> & {
  image: { url: string; width: number | null; height: number | null };
};

const bannerToData = (banner: Banner): BannerData => ({
  title: banner.title,
  alt: banner.alt,
  href: banner.href,
  image: { ...banner.image },
  placement: banner.placement,
  unitId: banner.unitId,
  startsAt: banner.startsAt,
  endsAt: banner.endsAt,
  priority: banner.priority,
  active: banner.active,
});

/** Thêm / sửa banner: the BannerInput fields, with the same field helpers as documents. */
export class PbgdplAdminBannerForm extends EntityForm<BannerData, Banner> {
  protected readonly kind = 'banners';

  protected empty(): BannerData {
    return {
      title: '',
      alt: '',
      href: '',
      image: { url: '', width: 300, height: 250 },
      placement: 'sidebar',
      unitId: this.ownUnit,
      startsAt: null,
      endsAt: null,
      priority: 0,
      active: true,
    };
  }

  protected readonly routes = reviewedRoutes('Banner');

  protected toData(entity: Banner): BannerData {
    return bannerToData(entity);
  }

  protected toInput(data: BannerData): BannerInput {
    // Shapes match once the required checks passed; the server validates the rest.
    return { ...data, priority: data.priority ?? 0 } as BannerInput;
  }

  protected hrefFor(id: number): string {
    return href('banners', id);
  }

  protected listHref(): string {
    return href('banners');
  }

  protected heading(): string {
    return this.entityId === undefined ? this.t('banners.new') : this.t('banners.edit');
  }

  protected validate(): FieldErrors {
    return requireFields(this.form, [
      'title',
      'alt',
      'href',
      'image.url',
      'image.width',
      'image.height',
      'placement',
    ]);
  }

  protected renderFields() {
    const { form, t, language } = this;
    return html`
      ${textField(form, { path: 'title', label: t('banners.bannerTitle'), required: true })}
      ${textField(form, { path: 'alt', label: t('banners.alt'), required: true, hint: t('banners.altHint') })}
      ${textField(form, {
        path: 'href',
        label: t('banners.href'),
        type: 'url',
        required: true,
        hint: t('banners.hrefHint'),
      })}
      ${mediaField(form, {
        path: 'image.url',
        label: t('media.image'),
        kind: 'image',
        required: true,
        ctx: this.ctx,
        // The library knows the image's size: nobody types it.
        pick: ({ url, width, height }) => form.set('image', { url, width, height }),
      })}
      <div class="row">
        ${selectField(form, {
          path: 'placement',
          label: t('banners.placement'),
          required: true,
          options: options(BANNER_PLACEMENTS, t, 'placement'),
        })}
        ${selectField(form, {
          path: 'unitId',
          label: t('banners.unit'),
          nullable: true,
          placeholder: t('banners.everywhere'),
          options: unitOptions(this.ctx.site, t, language),
        })}
      </div>
      <div class="row">
        ${textField(form, { path: 'startsAt', label: t('banners.startsAt'), type: 'datetime-local' })}
        ${textField(form, { path: 'endsAt', label: t('banners.endsAt'), type: 'datetime-local' })}
        ${textField(form, {
          path: 'priority',
          label: t('banners.priority'),
          type: 'number',
          min: 0,
          hint: t('banners.priorityHint'),
        })}
      </div>
      ${checkboxField(form, { path: 'active', label: t('banners.activeField') })}
    `;
  }
}

defineElement('pbgdpl-admin-banner-form', PbgdplAdminBannerForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-banner-form': PbgdplAdminBannerForm;
  }
}
