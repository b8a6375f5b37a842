import { html } from 'lit';
import type { AdminSection } from '../context.ts';
import { loadWorkflow } from '../workflow-loader.ts';

/** `#/work`: "Việc của tôi", the first section and so the page the console opens on. */
export const workSection: AdminSection = {
  id: 'work',
  label: (t) => t('nav.work'),
  route: 'adminMyWork',
  render(_path, ctx) {
    loadWorkflow(ctx);
    return html`<pbgdpl-admin-my-work .ctx=${ctx}></pbgdpl-admin-my-work>`;
  },
};
