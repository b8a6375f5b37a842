import { html } from 'lit';
import type { Reporter, ReporterInput } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import type { FieldErrors } from './form-fields.ts';
import { EntityForm } from './entity-form.ts';
import { checkboxGroup, requireFields, selectField, textField } from './form-fields.ts';
import { LEGAL_FIELDS, REPORTER_ROLES } from '@pbgdpl/contract/values';
import { options, unitOptions } from './labels.ts';
import { href } from './router.ts';
import './stats-i18n.ts';

type ReporterData = Required<ReporterInput>;

/** Thêm / sửa báo cáo viên, tuyên truyền viên: only what the recognition decision makes public. */
export class PbgdplAdminReporterForm extends EntityForm<ReporterData, Reporter> {
  protected readonly kind = 'reporters';

  protected empty(): ReporterData {
    return {
      name: '',
      position: null,
      unitId: '',
      role: 'bao-cao-vien',
      fields: [],
      termStart: new Date().toISOString().slice(0, 10),
      termEnd: null,
      decision: null,
    };
  }

  protected readonly routes = {
    get: 'adminReporterGet',
    create: 'adminReporterCreate',
    update: 'adminReporterUpdate',
  } as const;

  protected toData({ id: _id, unitName: _name, version: _version, ...data }: Reporter): ReporterData {
    return { ...data, fields: [...data.fields] };
  }

  protected toInput(data: ReporterData): ReporterInput {
    return data;
  }

  protected hrefFor(id: number): string {
    return href('stats', 'reporters', id);
  }

  protected listHref(): string {
    return href('stats', 'reporters');
  }

  protected heading(): string {
    return this.t(this.entityId === undefined ? 'admin-stats:newReporter' : 'admin-stats:editReporter');
  }

  protected validate(): FieldErrors {
    return requireFields(this.form, ['name', 'unitId', 'role', 'fields', 'termStart']);
  }

  protected renderFields() {
    const { form, t, language } = this;
    return html`
      <p class="muted">${t('admin-stats:publicNote')}</p>
      ${textField(form, { path: 'name', label: t('admin-stats:name'), required: true })}
      ${textField(form, { path: 'position', label: t('admin-stats:position'), nullable: true })}
      <div class="row">
        ${selectField(form, {
          path: 'unitId',
          label: t('admin-stats:unit'),
          required: true,
          placeholder: '',
          options: unitOptions(this.ctx.site, t, language),
        })}
        ${selectField(form, {
          path: 'role',
          label: t('admin-stats:role'),
          required: true,
          options: options(REPORTER_ROLES, t, 'admin-stats:roles'),
        })}
      </div>
      ${checkboxGroup(form, {
        path: 'fields',
        label: t('admin-stats:fields'),
        required: true,
        options: options(LEGAL_FIELDS, t, 'core:field'),
      })}
      <div class="row">
        ${textField(form, {
          path: 'termStart',
          label: t('admin-stats:termStart'),
          type: 'date',
          required: true,
        })}
        ${textField(form, {
          path: 'termEnd',
          label: t('admin-stats:termEnd'),
          type: 'date',
          hint: t('admin-stats:termEndHint'),
        })}
        ${textField(form, { path: 'decision', label: t('admin-stats:decision'), nullable: true })}
      </div>
    `;
  }
}

defineElement('pbgdpl-admin-reporter-form', PbgdplAdminReporterForm);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-reporter-form': PbgdplAdminReporterForm;
  }
}
