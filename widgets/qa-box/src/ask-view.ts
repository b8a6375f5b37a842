import { registerLocales } from '@pbgdpl/core';
import { AskController, type AskHost } from './ask-controller.ts';
import { renderAskForm, type FormContext } from './ask-form.ts';
import { LookupController } from './status-lookup.ts';
import { renderStatus, type StatusContext } from './status-view.ts';
import vi from './locales/ask.vi.json';

registerLocales('qa-box', { vi, en: () => import('./locales/ask.en.json') });

/**
 * The ask form and the lookup by tracking code, in their own chunk: a reader who only browses
 * answered questions never downloads them (the element loads this on the first visit to either tab).
 */
export interface AskView {
  ask: AskController;
  lookup: LookupController;
  renderAsk(context: Omit<FormContext, 'ask'>): unknown;
  renderStatus(context: Omit<StatusContext, 'lookup'>): unknown;
}

export function createAskView(host: AskHost, fixedField: string | undefined): AskView {
  const ask = new AskController(host);
  const lookup = new LookupController(host);
  if (fixedField && !ask.draft.field) ask.update('field', fixedField);
  return {
    ask,
    lookup,
    renderAsk: (context) => renderAskForm({ ...context, ask }),
    renderStatus: (context) => renderStatus({ ...context, lookup }),
  };
}
