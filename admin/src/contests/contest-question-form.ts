import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ContestQuestion, ContestQuestionInput } from '@pbgdpl/contract';
import { CONTEST_DIFFICULTIES } from '@pbgdpl/contract/values';
import { defineElement } from '@pbgdpl/core';
import { EntityForm } from '../entity-form.ts';
import {
  checkboxField,
  type FieldErrors,
  repeatable,
  requireFields,
  selectField,
  textareaField,
  textField,
} from '../form-fields.ts';
import { options } from '../labels.ts';
import { href } from '../router.ts';

interface OptionData {
  text: string;
  right: boolean;
}

/** The form's shape: each option with its own "right" box; tags as one line. */
interface QuestionData {
  text: string;
  options: OptionData[];
  explanation: string;
  documentId: number | null;
  difficulty: string;
  tags: string;
}

const letter = (index: number) => String.fromCharCode(65 + index);

/** Câu hỏi của ngân hàng: the text, 2–6 options with the right one(s), the explanation citing the legal basis. */
export class PbgdplAdminContestQuestionForm extends EntityForm<QuestionData, ContestQuestion> {
  @property({ attribute: false }) contestId!: number;
  protected readonly kind = 'contest-questions';

  protected readonly routes = {
    get: 'adminContestQuestionGet',
    create: 'adminContestQuestionCreate',
    update: 'adminContestQuestionUpdate',
  } as const;

  protected override get draftKey(): string {
    return `${this.kind}:${this.contestId}:${this.entityId ?? 'new'}`;
  }

  protected empty(): QuestionData {
    const blank = () => ({ text: '', right: false });
    return {
      text: '',
      options: [blank(), blank(), blank(), blank()],
      explanation: '',
      documentId: null,
      difficulty: 'medium',
      tags: '',
    };
  }

  protected toData(q: ContestQuestion): QuestionData {
    return {
      text: q.text,
      options: q.options.map((text, index) => ({ text, right: q.correct.includes(index) })),
      explanation: q.explanation,
      documentId: q.documentId,
      difficulty: q.difficulty,
      tags: q.tags.join('; '),
    };
  }

  protected toInput(data: QuestionData): ContestQuestionInput {
    return {
      contestId: this.contestId,
      text: data.text,
      options: data.options.map((option) => option.text),
      correct: data.options.flatMap((option, index) => (option.right ? [index] : [])),
      explanation: data.explanation,
      documentId: data.documentId,
      difficulty: data.difficulty as ContestQuestionInput['difficulty'],
      tags: data.tags
        .split(';')
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
  }

  protected hrefFor(id: number): string {
    return href('contests', this.contestId, 'questions', id);
  }

  protected listHref(): string {
    return href('contests', this.contestId, 'questions');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-contest:newQuestion' : 'admin-contest:editQuestion');
  }

  protected validate(): FieldErrors {
    const items = this.form.get('options') as OptionData[];
    const errors = requireFields(this.form, [
      'text',
      'explanation',
      ...items.map((_, i) => `options.${i}.text`),
    ]);
    if (!items.some((option) => option.right))
      (errors.options ??= []).push(this.t('admin-contest:correctHint'));
    return errors;
  }

  protected renderFields() {
    const { form, t } = this;
    return html`
      ${textareaField(form, {
        path: 'text',
        label: t('admin-contest:questionText'),
        required: true,
        rows: 3,
      })}
      ${repeatable<OptionData>(form, {
        host: this,
        path: 'options',
        legend: t('admin-contest:options'),
        itemLegend: (i) => t('admin-contest:option', { letter: letter(i) }),
        addLabel: t('admin-contest:addOption'),
        empty: () => ({ text: '', right: false }),
        firstField: 'text',
        renderItem: (prefix, i) => html`
          ${textField(form, {
            path: `${prefix}.text`,
            label: t('admin-contest:option', { letter: letter(i) }),
            required: true,
          })}
          ${checkboxField(form, {
            path: `${prefix}.right`,
            label: `${t('admin-contest:correct')} (${letter(i)})`,
          })}
        `,
      })}
      ${textareaField(form, {
        path: 'explanation',
        label: t('admin-contest:explanation'),
        hint: t('admin-contest:explanationHint'),
        required: true,
        rows: 4,
      })}
      <div class="row">
        ${textField(form, {
          path: 'documentId',
          label: t('admin-contest:documentId'),
          type: 'number',
          min: 1,
        })}
        ${selectField(form, {
          path: 'difficulty',
          label: t('admin-contest:difficulty'),
          required: true,
          options: options(CONTEST_DIFFICULTIES, t, 'admin-contest:difficulties'),
        })}
      </div>
      ${textField(form, { path: 'tags', label: t('admin-contest:tags'), hint: t('admin-contest:tagsHint') })}
    `;
  }
}

defineElement('pbgdpl-admin-contest-question-form', PbgdplAdminContestQuestionForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-contest-question-form': PbgdplAdminContestQuestionForm;
  }
}
