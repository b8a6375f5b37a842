import { html, nothing } from 'lit';
import type { AdminContest, ContestInput } from '@pbgdpl/contract';
import { CONTEST_TARGET_GROUPS } from '@pbgdpl/contract/values';
import { defineElement } from '@pbgdpl/core';
import { EntityForm, reviewedRoutes } from '../entity-form.ts';
import {
  checkboxField,
  checkboxGroup,
  type FieldErrors,
  repeatable,
  requireFields,
  richTextField,
  selectField,
  textareaField,
  textField,
} from '../form-fields.ts';
import { options, unitOptions } from '../labels.ts';
import { href } from '../router.ts';

type RoundData = Omit<ContestInput['rounds'][number], 'timeLimitSeconds' | 'startsAt' | 'endsAt'> & {
  startsAt: string | null;
  endsAt: string | null;
  /** Editors think in minutes; the API counts seconds. */
  timeLimitMinutes: number | null;
};

/** The form's shape: the input with related documents as lines of ids and rounds in minutes. */
type ContestData = Required<Omit<ContestInput, 'documentIds' | 'rounds'>> & {
  documentIds: string;
  rounds: RoundData[];
};

const emptyRound = (n: number): RoundData => ({
  title: `Vòng ${n}`,
  startsAt: null,
  endsAt: null,
  questionCount: 20,
  timeLimitMinutes: 20,
  maxAttempts: 1,
  tieBreak: true,
});

/** Tạo / sửa cuộc thi: the ContestInput fields, its prizes and rounds; editors publish, units submit for review. */
export class PbgdplAdminContestForm extends EntityForm<ContestData, AdminContest> {
  protected readonly kind = 'contests';

  protected readonly routes = reviewedRoutes('Contest');

  protected empty(): ContestData {
    return {
      title: '',
      description: '',
      rules: '',
      unitId: this.ctx.me.unitId ?? this.ctx.site?.units[0]?.id ?? '',
      documentIds: '',
      targetGroups: ['nhan-dan'],
      prizes: [],
      rounds: [emptyRound(1)],
      resultsPublished: false,
    };
  }

  protected toData(c: AdminContest): ContestData {
    return {
      title: c.title,
      description: c.description,
      rules: c.rules,
      unitId: c.unit.id,
      documentIds: c.documentIds.join('\n'),
      targetGroups: [...c.targetGroups],
      prizes: c.prizes.map((prize) => ({ ...prize })),
      rounds: c.rounds.map((round) => ({
        id: round.id,
        title: round.title,
        startsAt: round.startsAt,
        endsAt: round.endsAt,
        questionCount: round.questionCount,
        timeLimitMinutes: round.timeLimitSeconds / 60,
        maxAttempts: round.maxAttempts,
        tieBreak: round.tieBreak,
      })),
      resultsPublished: c.resultsPublished,
    };
  }

  protected toInput(data: ContestData): ContestInput {
    return {
      ...data,
      documentIds: data.documentIds
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
      rounds: data.rounds.map(({ timeLimitMinutes, ...round }) => ({
        ...round,
        startsAt: round.startsAt ?? '',
        endsAt: round.endsAt ?? '',
        timeLimitSeconds: Math.round((timeLimitMinutes ?? 0) * 60),
      })),
    };
  }

  protected hrefFor(id: number): string {
    return href('contests', id);
  }

  protected listHref(): string {
    return href('contests');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-contest:new' : 'admin-contest:edit');
  }

  protected validate(): FieldErrors {
    const rounds = (this.form.get('rounds') as RoundData[]).flatMap((_, i) =>
      ['title', 'startsAt', 'endsAt', 'questionCount', 'timeLimitMinutes', 'maxAttempts'].map(
        (field) => `rounds.${i}.${field}`,
      ),
    );
    const prizes = (this.form.get('prizes') as ContestData['prizes']).flatMap((_, i) => [
      `prizes.${i}.name`,
      `prizes.${i}.count`,
    ]);
    return requireFields(this.form, ['title', 'unitId', 'targetGroups', 'rounds', ...rounds, ...prizes]);
  }

  #roundFields(prefix: string) {
    const { form, t } = this;
    return html`
      ${textField(form, { path: `${prefix}.title`, label: t('admin-contest:roundTitle'), required: true })}
      <div class="row">
        ${textField(form, {
          path: `${prefix}.startsAt`,
          label: t('admin-contest:startsAt'),
          type: 'datetime-local',
          required: true,
        })}
        ${textField(form, {
          path: `${prefix}.endsAt`,
          label: t('admin-contest:endsAt'),
          type: 'datetime-local',
          required: true,
        })}
      </div>
      <div class="row">
        ${textField(form, {
          path: `${prefix}.questionCount`,
          label: t('admin-contest:questionCount'),
          type: 'number',
          min: 1,
          required: true,
        })}
        ${textField(form, {
          path: `${prefix}.timeLimitMinutes`,
          label: t('admin-contest:timeLimit'),
          type: 'number',
          min: 1,
          required: true,
        })}
        ${textField(form, {
          path: `${prefix}.maxAttempts`,
          label: t('admin-contest:maxAttempts'),
          type: 'number',
          min: 1,
          required: true,
        })}
      </div>
      ${checkboxField(form, { path: `${prefix}.tieBreak`, label: t('admin-contest:tieBreak') })}
    `;
  }

  protected renderFields() {
    const { form, t, language } = this;
    const linked = this.shown?.documents ?? [];
    return html`
      ${textField(form, { path: 'title', label: t('admin-contest:contestTitle'), required: true })}
      ${selectField(form, {
        path: 'unitId',
        label: t('admin-contest:unit'),
        required: true,
        options: unitOptions(this.ctx.site, t, language),
      })}
      ${textareaField(form, { path: 'description', label: t('admin-contest:description'), rows: 3 })}
      ${richTextField(form, { path: 'rules', label: t('admin-contest:rules') })}
      ${checkboxGroup(form, {
        path: 'targetGroups',
        label: t('admin-contest:targetGroups'),
        required: true,
        options: options(CONTEST_TARGET_GROUPS, t, 'admin-contest:groups'),
      })}
      ${textareaField(form, {
        path: 'documentIds',
        label: t('admin-contest:documents'),
        hint: t('admin-contest:documentsHint'),
        rows: 2,
      })}
      ${linked.length
        ? html`<p class="muted">
            ${t('admin-contest:documentsLinked', {
              list: linked.map((doc) => `${doc.id}: ${doc.number}`).join('; '),
            })}
          </p>`
        : nothing}
      ${repeatable<ContestData['prizes'][number]>(form, {
        host: this,
        path: 'prizes',
        legend: t('admin-contest:prizes'),
        itemLegend: (i) => t('admin-contest:prize', { n: i + 1 }),
        addLabel: t('admin-contest:addPrize'),
        empty: () => ({ name: '', count: 1, value: '' }),
        firstField: 'name',
        renderItem: (prefix) =>
          html`<div class="row">
            ${textField(form, {
              path: `${prefix}.name`,
              label: t('admin-contest:prizeName'),
              required: true,
            })}
            ${textField(form, {
              path: `${prefix}.count`,
              label: t('admin-contest:prizeCount'),
              type: 'number',
              min: 1,
              required: true,
            })}
            ${textField(form, { path: `${prefix}.value`, label: t('admin-contest:prizeValue') })}
          </div>`,
      })}
      ${repeatable<RoundData>(form, {
        host: this,
        path: 'rounds',
        legend: t('admin-contest:rounds'),
        itemLegend: (i) => t('admin-contest:round', { n: i + 1 }),
        addLabel: t('admin-contest:addRound'),
        empty: () => emptyRound((form.get('rounds') as RoundData[]).length + 1),
        firstField: 'title',
        renderItem: (prefix) => this.#roundFields(prefix),
      })}
      ${this.mayPublish
        ? checkboxField(form, { path: 'resultsPublished', label: t('admin-contest:resultsPublished') })
        : nothing}
      ${this.shown
        ? html`<p>
            ${t('admin-contest:state')}: ${t(`admin-contest:states.${this.shown.state}`)} ·
            <a href=${href('contests', this.shown.id, 'questions')}>${t('admin-contest:bankLink')}</a>
            (${this.shown.bankSize}) ·
            <a href=${href('contests', this.shown.id, 'results')}>${t('admin-contest:resultsLink')}</a>
          </p>`
        : nothing}
    `;
  }
}

defineElement('pbgdpl-admin-contest-form', PbgdplAdminContestForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-contest-form': PbgdplAdminContestForm;
  }
}
