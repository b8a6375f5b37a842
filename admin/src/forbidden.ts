import { html } from 'lit';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';

/** Shown when an editor opens a view only administrators may use. */
export class PbgdplAdminForbidden extends AdminElement {
  protected override render() {
    return html`<h1 tabindex="-1">${this.t('forbidden.title')}</h1>
      <p>${this.t('forbidden.text')}</p>`;
  }
}

defineElement('pbgdpl-admin-forbidden', PbgdplAdminForbidden);
