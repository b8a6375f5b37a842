import { html, nothing, type TemplateResult } from 'lit';
import type { AdminDialogueQuestion } from '@pbgdpl/contract';
import type { Translate } from '@pbgdpl/core';
import type { SectionContext } from '../context.ts';
import { libraryImagePicker } from '../library-image-picker.ts';
import '../rich-text-editor.ts';

export interface AnswerDraft {
  html: string;
  answeredBy: string;
  answererTitle: string;
}

/** What the moderator is doing to one question beyond a single key: merging, rejecting, answering. */
export interface QueuePanel {
  kind: 'merge' | 'reject' | 'write';
  question: AdminDialogueQuestion;
  reason: string;
  mergeInto: string;
  answer: AnswerDraft;
  /** The questions it may merge into, once loaded. */
  targets: AdminDialogueQuestion[] | undefined;
}

export interface QueuePanelProps {
  t: Translate;
  ctx: SectionContext;
  panel: QueuePanel;
  busy: boolean;
  /** Changes the open panel, from what it holds now (events may come faster than renders). */
  change: (update: (panel: QueuePanel) => QueuePanel) => void;
  confirm: () => void;
  close: () => void;
}

const value = (event: Event) => (event.target as HTMLInputElement).value;
const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

function mergeFields({ t, panel, change }: QueuePanelProps): TemplateResult {
  if (panel.targets === undefined) return html`<p role="status">${t('core:loading')}</p>`;
  if (panel.targets.length === 0) return html`<p>${t('admin-dialogue:queue.mergeNone')}</p>`;
  return html`<div class="field">
    <label for="panel-first">${t('admin-dialogue:queue.mergeTarget')}</label>
    <select
      id="panel-first"
      @input=${(event: Event) => {
        const mergeInto = value(event);
        change((now) => ({ ...now, mergeInto }));
      }}
    >
      <option value="" ?selected=${panel.mergeInto === ''}>—</option>
      ${panel.targets.map(
        (target) =>
          html`<option value=${target.id} ?selected=${String(target.id) === panel.mergeInto}>
            ${target.id}. ${excerpt(target.body)}
          </option>`,
      )}
    </select>
  </div>`;
}

function rejectFields({ t, panel, change }: QueuePanelProps): TemplateResult {
  return html`<div class="field">
    <label for="panel-first">${t('admin-dialogue:queue.reason')}</label>
    <textarea
      id="panel-first"
      rows="3"
      .value=${panel.reason}
      @input=${(event: Event) => {
        const reason = value(event);
        change((now) => ({ ...now, reason }));
      }}
    ></textarea>
  </div>`;
}

function answerFields({ t, ctx, panel, change }: QueuePanelProps): TemplateResult {
  const set = (part: Partial<AnswerDraft>) =>
    change((now) => ({ ...now, answer: { ...now.answer, ...part } }));
  return html`<div class="field">
      <pbgdpl-rich-text
        id="panel-first"
        .label=${t('admin-dialogue:queue.answer')}
        .value=${panel.answer.html}
        .imagePicker=${libraryImagePicker(ctx)}
        @pbgdpl-rich-text-input=${(event: CustomEvent<{ value: string }>) =>
          set({ html: event.detail.value })}
      ></pbgdpl-rich-text>
    </div>
    <div class="row">
      <div class="field">
        <label for="panel-answered-by">${t('admin-dialogue:queue.answeredBy')}</label>
        <input
          id="panel-answered-by"
          .value=${panel.answer.answeredBy}
          @input=${(event: Event) => set({ answeredBy: value(event) })}
        />
      </div>
      <div class="field">
        <label for="panel-answerer-title">${t('admin-dialogue:queue.answererTitle')}</label>
        <input
          id="panel-answerer-title"
          .value=${panel.answer.answererTitle}
          @input=${(event: Event) => set({ answererTitle: value(event) })}
        />
      </div>
    </div>`;
}

const HEADINGS = {
  merge: 'admin-dialogue:queue.mergeHeading',
  reject: 'admin-dialogue:queue.rejectHeading',
  write: 'admin-dialogue:queue.answerHeading',
} as const;

/** The open panel of the queue: its fields, confirm and close (Esc closes it too). */
export function queuePanel(props: QueuePanelProps): TemplateResult {
  const { t, panel, busy } = props;
  const fields =
    panel.kind === 'merge'
      ? mergeFields(props)
      : panel.kind === 'reject'
        ? rejectFields(props)
        : answerFields(props);
  const submit = (event: Event) => {
    event.preventDefault();
    props.confirm();
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    props.close();
  };
  return html`<section class="panel" aria-labelledby="panel-heading" @keydown=${escape}>
    <h2 id="panel-heading">${t(HEADINGS[panel.kind], { id: panel.question.id })}</h2>
    <p class="muted">${excerpt(panel.question.body)}</p>
    <form novalidate @submit=${submit}>
      ${fields}
      <div class="form-actions">
        ${panel.kind === 'merge' && panel.targets?.length === 0
          ? nothing
          : html`<button type="submit" class="primary" ?disabled=${busy}>
              ${t(
                panel.kind === 'write' ? 'admin-dialogue:queue.saveAnswer' : 'admin-dialogue:queue.confirm',
              )}
            </button>`}
        <button type="button" @click=${props.close}>${t('admin-dialogue:queue.close')}</button>
      </div>
    </form>
  </section>`;
}
