import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminDialogue, DialogueInput, DialogueState } from '@pbgdpl/contract';
import { AUDIENCES, DIALOGUE_FORMATS, LEGAL_FIELDS } from '@pbgdpl/contract/values';
import { defineElement } from '@pbgdpl/core';
import { EntityForm, failureMessage, reviewedRoutes } from '../entity-form.ts';
import {
  type FieldErrors,
  checkboxGroup,
  mediaField,
  type Option,
  repeatable,
  requireFields,
  richTextField,
  selectField,
  textareaField,
  textField,
} from '../form-fields.ts';
import { options, unitOptions } from '../labels.ts';
import { href } from '../router.ts';
import { sessionStateControl } from './session-state-control.ts';

type Official = DialogueInput['officials'][number];
interface Attachment {
  name: string;
  url: string;
}

/**
 * The form's shape: the input with related items as lines of ids, the schedule empty until
 * chosen, the recording as the id its select writes.
 */
interface DialogueData {
  title: string;
  topic: string;
  fields: string[];
  targetGroups: string[];
  unitId: string;
  documentIds: string;
  articleIds: string;
  officials: Official[];
  startsAt: string | null;
  endsAt: string | null;
  format: string;
  place: string | null;
  onlineUrl: string | null;
  livestreamUrl: string | null;
  conclusion: string;
  conclusionFile: string | null;
  recordingVideoId: string | null;
  attachments: Attachment[];
}

const ids = (lines: string) =>
  lines
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);

const emptyOfficial = (): Official => ({ name: '', position: '', unit: '' });

/**
 * Tạo / sửa buổi đối thoại: every field of DialogueInput; on a stored session also its review
 * (the workflow bar) and its progress (upcoming → collecting → live → concluded → archived).
 */
export class PbgdplAdminDialogueForm extends EntityForm<DialogueData, AdminDialogue> {
  protected readonly kind = 'dialogues';

  protected readonly routes = reviewedRoutes('Dialogue');

  /** Published videos of the gallery, for the recording. */
  @state() private videos: Option[] = [];
  @state() private moving = false;
  @state() private moveError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#loadVideos());
  }

  async #loadVideos(): Promise<void> {
    const query = { pageSize: 100, published: 'true' as const };
    const { items } = (await this.ctx.api.get('adminVideoList', { query })).data;
    this.videos = items.map((video) => ({ value: String(video.id), label: video.title }));
  }

  protected empty(): DialogueData {
    return {
      title: '',
      topic: '',
      fields: [],
      targetGroups: [],
      unitId: this.ownUnit ?? this.ctx.site?.units[0]?.id ?? '',
      documentIds: '',
      articleIds: '',
      officials: [emptyOfficial()],
      startsAt: null,
      endsAt: null,
      format: 'in-person',
      place: null,
      onlineUrl: null,
      livestreamUrl: null,
      conclusion: '',
      conclusionFile: null,
      recordingVideoId: null,
      attachments: [],
    };
  }

  protected toData(d: AdminDialogue): DialogueData {
    return {
      title: d.title,
      topic: d.topic,
      fields: [...d.fields],
      targetGroups: [...d.targetGroups],
      unitId: d.unit.id,
      documentIds: d.documentIds.join('\n'),
      articleIds: d.articleIds.join('\n'),
      officials: d.officials.map((official) => ({ ...official })),
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      format: d.format,
      place: d.place,
      onlineUrl: d.onlineUrl,
      livestreamUrl: d.livestreamUrl,
      conclusion: d.conclusionDraft,
      conclusionFile: d.conclusionFileDraft,
      recordingVideoId: d.recordingVideoId === null ? null : String(d.recordingVideoId),
      attachments: d.attachments.map(({ name, url }) => ({ name, url })),
    };
  }

  protected toInput(data: DialogueData): DialogueInput {
    const inPerson = data.format !== 'online';
    const online = data.format !== 'in-person';
    return {
      ...data,
      fields: data.fields as DialogueInput['fields'],
      targetGroups: data.targetGroups as DialogueInput['targetGroups'],
      format: data.format as DialogueInput['format'],
      documentIds: ids(data.documentIds),
      articleIds: ids(data.articleIds),
      startsAt: data.startsAt ?? '',
      endsAt: data.endsAt ?? '',
      place: inPerson ? data.place : null,
      onlineUrl: online ? data.onlineUrl : null,
      recordingVideoId: data.recordingVideoId === null ? null : Number(data.recordingVideoId),
    };
  }

  protected hrefFor(id: number): string {
    return href('dialogues', id);
  }

  protected listHref(): string {
    return href('dialogues');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-dialogue:new' : 'admin-dialogue:edit');
  }

  protected validate(): FieldErrors {
    const format = this.form.get('format');
    const officials = (this.form.get('officials') as Official[]).flatMap((_, i) =>
      ['name', 'position', 'unit'].map((field) => `officials.${i}.${field}`),
    );
    const attachments = (this.form.get('attachments') as Attachment[]).flatMap((_, i) => [
      `attachments.${i}.name`,
      `attachments.${i}.url`,
    ]);
    return requireFields(this.form, [
      'title',
      'topic',
      'fields',
      'targetGroups',
      'unitId',
      'officials',
      ...officials,
      'startsAt',
      'endsAt',
      'format',
      ...(format === 'online' ? [] : ['place']),
      ...(format === 'in-person' ? [] : ['onlineUrl']),
      ...attachments,
    ]);
  }

  /** Moves the session on (its own route, with the version loaded here) and says where it is now. */
  async #moveSession(to: DialogueState): Promise<void> {
    if (this.moving) return;
    this.moving = true;
    this.moveError = '';
    try {
      await this.act('adminDialogueSessionState', { state: to });
      this.ctx.announce(
        this.t('admin-dialogue:session.moved', { state: this.t(`admin-dialogue:states.${to}`) }),
      );
    } catch (error) {
      this.moveError = failureMessage(this.t, error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#session-state-error')?.focus();
    } finally {
      this.moving = false;
    }
  }

  #linked(items: Array<{ id: number; label: string }>) {
    return items.length
      ? html`<p class="muted">
          ${this.t('admin-dialogue:linked', {
            list: items.map((item) => `${item.id}: ${item.label}`).join('; '),
          })}
        </p>`
      : nothing;
  }

  #officials() {
    const { form, t } = this;
    return repeatable<Official>(form, {
      host: this,
      path: 'officials',
      legend: t('admin-dialogue:officials'),
      itemLegend: (i) => t('admin-dialogue:official', { n: i + 1 }),
      addLabel: t('admin-dialogue:addOfficial'),
      empty: emptyOfficial,
      firstField: 'name',
      renderItem: (prefix) =>
        html`<div class="row">
          ${textField(form, {
            path: `${prefix}.name`,
            label: t('admin-dialogue:officialName'),
            required: true,
          })}
          ${textField(form, {
            path: `${prefix}.position`,
            label: t('admin-dialogue:officialPosition'),
            required: true,
          })}
          ${textField(form, {
            path: `${prefix}.unit`,
            label: t('admin-dialogue:officialUnit'),
            required: true,
          })}
        </div>`,
    });
  }

  #place() {
    const { form, t } = this;
    const format = form.get('format');
    return html`${format === 'online'
      ? nothing
      : textField(form, { path: 'place', label: t('admin-dialogue:place'), required: true, nullable: true })}
    ${format === 'in-person'
      ? nothing
      : textField(form, {
          path: 'onlineUrl',
          label: t('admin-dialogue:onlineUrl'),
          type: 'url',
          required: true,
          nullable: true,
        })}
    ${textField(form, {
      path: 'livestreamUrl',
      label: t('admin-dialogue:livestreamUrl'),
      type: 'url',
      nullable: true,
    })}`;
  }

  #conclusion() {
    const { form, t } = this;
    return html`<fieldset>
      <legend>${t('admin-dialogue:conclusion')}</legend>
      ${richTextField(form, {
        path: 'conclusion',
        label: t('admin-dialogue:conclusion'),
        hint: t('admin-dialogue:conclusionHint'),
        ctx: this.ctx,
      })}
      ${mediaField(form, {
        path: 'conclusionFile',
        label: t('admin-dialogue:conclusionFile'),
        kind: 'document',
        ctx: this.ctx,
        pick: ({ url }) => form.set('conclusionFile', url),
      })}
    </fieldset>`;
  }

  #attachments() {
    const { form, t } = this;
    return repeatable<Attachment>(form, {
      host: this,
      path: 'attachments',
      legend: t('admin-dialogue:attachments'),
      itemLegend: (i) => t('admin-dialogue:attachment', { n: i + 1 }),
      addLabel: t('admin-dialogue:addAttachment'),
      empty: () => ({ name: '', url: '' }),
      firstField: 'name',
      renderItem: (prefix) => html`
        ${textField(form, {
          path: `${prefix}.name`,
          label: t('admin-dialogue:attachmentName'),
          required: true,
        })}
        ${mediaField(form, {
          path: `${prefix}.url`,
          label: t('admin-dialogue:attachmentFile'),
          kind: 'document',
          required: true,
          ctx: this.ctx,
          pick: ({ url, name }) => {
            form.set(`${prefix}.url`, url);
            if (!form.get(`${prefix}.name`)) form.set(`${prefix}.name`, name);
          },
        })}
      `,
    });
  }

  /** The gallery's published videos, and the one chosen even when it is not among them (yet). */
  #videoOptions(): Option[] {
    const chosen = this.form.get('recordingVideoId') as string | null;
    if (chosen === null || this.videos.some((video) => video.value === chosen)) return this.videos;
    return [...this.videos, { value: chosen, label: this.t('admin-dialogue:recordingId', { id: chosen }) }];
  }

  protected renderFields() {
    const { form, t, language } = this;
    const shown = this.shown;
    return html`
      ${shown
        ? html`${sessionStateControl({
              t,
              state: shown.state,
              unsaved: this.unsaved,
              busy: this.moving,
              error: this.moveError,
              move: (to) => void this.#moveSession(to),
            })}
            <p>
              <a href=${href('dialogues', shown.id, 'questions')}>${t('admin-dialogue:queue.title')}</a>
              (${t('admin-dialogue:pending')}: ${shown.pendingQuestions})
            </p>`
        : nothing}
      ${textField(form, { path: 'title', label: t('admin-dialogue:sessionTitle'), required: true })}
      ${textareaField(form, { path: 'topic', label: t('admin-dialogue:topic'), required: true, rows: 4 })}
      ${selectField(form, {
        path: 'unitId',
        label: t('admin-dialogue:unit'),
        required: true,
        options: unitOptions(this.ctx.site, t, language),
      })}
      <div class="row">
        ${textField(form, {
          path: 'startsAt',
          label: t('admin-dialogue:startsAt'),
          type: 'datetime-local',
          required: true,
        })}
        ${textField(form, {
          path: 'endsAt',
          label: t('admin-dialogue:endsAt'),
          type: 'datetime-local',
          required: true,
        })}
      </div>
      ${selectField(form, {
        path: 'format',
        label: t('admin-dialogue:format'),
        required: true,
        options: options(DIALOGUE_FORMATS, t, 'admin-dialogue:formats'),
      })}
      ${this.#place()}
      ${checkboxGroup(form, {
        path: 'fields',
        label: t('admin-dialogue:fields'),
        required: true,
        options: options(LEGAL_FIELDS, t, 'core:field'),
      })}
      ${checkboxGroup(form, {
        path: 'targetGroups',
        label: t('admin-dialogue:targetGroups'),
        required: true,
        options: options(AUDIENCES, t, 'core:audience'),
      })}
      ${this.#officials()}
      <p class="hint">${t('admin-dialogue:officialsHint')}</p>
      ${textareaField(form, {
        path: 'documentIds',
        label: t('admin-dialogue:documents'),
        hint: t('admin-dialogue:documentsHint'),
        rows: 2,
      })}
      ${this.#linked((shown?.documents ?? []).map((doc) => ({ id: doc.id, label: doc.number })))}
      ${textareaField(form, {
        path: 'articleIds',
        label: t('admin-dialogue:articles'),
        hint: t('admin-dialogue:articlesHint'),
        rows: 2,
      })}
      ${this.#linked((shown?.articles ?? []).map((article) => ({ id: article.id, label: article.title })))}
      ${this.#conclusion()}
      ${selectField(form, {
        path: 'recordingVideoId',
        label: t('admin-dialogue:recording'),
        nullable: true,
        placeholder: t('admin-dialogue:recordingNone'),
        options: this.#videoOptions(),
      })}
      ${this.#attachments()}
    `;
  }
}

defineElement('pbgdpl-admin-dialogue-form', PbgdplAdminDialogueForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-dialogue-form': PbgdplAdminDialogueForm;
  }
}
