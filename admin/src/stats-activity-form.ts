import { html } from 'lit';
import type { Activity, ActivityInput } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import type { FieldErrors } from './form-fields.ts';
import { EntityForm, reviewedRoutes } from './entity-form.ts';
import { requireFields, selectField, textareaField, textField } from './form-fields.ts';
import { unitOptions } from './labels.ts';
import { href } from './router.ts';
import './stats-i18n.ts';

type ActivityData = Omit<
  Required<ActivityInput>,
  'conferences' | 'trainings' | 'contests' | 'participants' | 'copies'
> &
  Record<'conferences' | 'trainings' | 'contests' | 'participants' | 'copies', number | null>;

const FIGURES = ['conferences', 'trainings', 'contests', 'participants', 'copies'] as const;

/** Nhập / sửa báo cáo tháng: one unit's PBGDPL figures for one month. */
export class PbgdplAdminActivityForm extends EntityForm<ActivityData, Activity> {
  protected readonly kind = 'activities';

  protected empty(): ActivityData {
    const last = new Date();
    last.setDate(0); // the month just ended: what units usually report
    return {
      unitId: this.ownUnit ?? this.ctx.site?.units[0]?.id ?? '',
      month: last.toISOString().slice(0, 7),
      conferences: 0,
      trainings: 0,
      contests: 0,
      participants: 0,
      copies: 0,
      note: null,
    };
  }

  protected readonly routes = reviewedRoutes('Activity');

  protected toData({ id: _id, version: _version, updatedAt: _at, ...data }: Activity): ActivityData {
    return data;
  }

  protected toInput(data: ActivityData): ActivityInput {
    // Shapes match once the required checks passed; the server validates the rest.
    return data as ActivityInput;
  }

  protected hrefFor(id: number): string {
    return href('stats', id);
  }

  protected listHref(): string {
    return href('stats');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-stats:newActivity' : 'admin-stats:editActivity');
  }

  protected validate(): FieldErrors {
    return requireFields(this.form, ['unitId', 'month', ...FIGURES]);
  }

  protected renderFields() {
    const { form, t, language } = this;
    return html`
      <div class="row">
        ${selectField(form, {
          path: 'unitId',
          label: t('admin-stats:unit'),
          required: true,
          options: unitOptions(this.ctx.site, t, language),
        })}
        ${textField(form, {
          path: 'month',
          label: t('admin-stats:month'),
          required: true,
          hint: t('admin-stats:monthHint'),
        })}
      </div>
      <div class="row">
        ${FIGURES.map((key) =>
          textField(form, {
            path: key,
            label: t(`admin-stats:${key}`),
            type: 'number',
            min: 0,
            required: true,
          }),
        )}
      </div>
      ${textareaField(form, { path: 'note', label: t('admin-stats:note'), nullable: true })}
    `;
  }
}

defineElement('pbgdpl-admin-activity-form', PbgdplAdminActivityForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-activity-form': PbgdplAdminActivityForm;
  }
}
