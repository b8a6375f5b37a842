import { html, nothing } from 'lit';
import type { Translate } from '@pbgdpl/core';

export interface DetailContext {
  t: Translate;
  id: number;
  api: string;
  unit: string | undefined;
  onBack: () => void;
  /** A relation to one of our documents was activated inside the detail. */
  onOpen: (event: CustomEvent<{ id: number }>) => void;
}

/** The list's own `pbgdpl-load`/`pbgdpl-error` speak for its results, not for the document inside. */
const keepInside = (event: Event) => event.stopPropagation();

const renderDoc = ({ id, api, unit, onOpen }: DetailContext) =>
  html`<pbgdpl-legal-doc
    part="document"
    document-id=${id}
    .api=${api}
    .unit=${unit}
    @pbgdpl-document-open=${onOpen}
    @pbgdpl-load=${keepInside}
    @pbgdpl-error=${keepInside}
  ></pbgdpl-legal-doc>`;

/** Inline: the detail takes the list's place, under a button back to it. */
export function renderInlineDetail(context: DetailContext) {
  return html`<div class="detail" part="detail">
    <button type="button" class="back" part="back" @click=${context.onBack}>
      <span aria-hidden="true">←</span> ${context.t('detail.back')}
    </button>
    ${renderDoc(context)}
  </div>`;
}

/** Dialog: a native modal (top layer, Esc closes it); its content exists only while a document is open. */
export function renderDialog(
  t: Translate,
  context: DetailContext | undefined,
  onClose: () => void,
  onDialogClose: () => void,
) {
  return html`<dialog class="dialog" part="dialog" aria-label=${t('detail.dialog')} @close=${onDialogClose}>
    <div class="dialog-bar">
      <button type="button" class="close" part="close" @click=${onClose}>
        <span aria-hidden="true">×</span> ${t('detail.close')}
      </button>
    </div>
    ${context ? renderDoc(context) : nothing}
  </dialog>`;
}
