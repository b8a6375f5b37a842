import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import '../banners-list.ts';
import '../banner-form.ts';

/** `#/banners`, `#/banners/new`, `#/banners/<id>`. */
export const bannersSection: AdminSection = {
  id: 'banners',
  label: (t) => t('nav.banners'),
  route: 'adminBannerList',
  render(path, ctx) {
    const [first] = path;
    // One template for new and existing records: a saved new record keeps its form (and focus).
    const id = Number(first);
    if (first === 'new' || (first && Number.isInteger(id) && id > 0))
      return html`<pbgdpl-admin-banner-form
        .ctx=${ctx}
        .entityId=${first === 'new' ? undefined : id}
      ></pbgdpl-admin-banner-form>`;
    return html`<pbgdpl-admin-banners .ctx=${ctx}></pbgdpl-admin-banners>`;
  },
};
