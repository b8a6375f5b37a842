import { html, type TemplateResult } from 'lit';
import type { Site } from '@pbgdpl/contract';
import { ROLES } from '@pbgdpl/contract/values';
import type { Lang, Translate } from '@pbgdpl/core';
import { selectField } from '../form-fields.ts';
import { options, unitOptions } from '../labels.ts';

/** The role and unit pair a person and a token share; `k` names their labels in its own page. */
export function roleAndUnitFields(
  form: Parameters<typeof selectField>[0],
  k: (key: string) => string,
  context: { site: Site | undefined; t: Translate; language: Lang; unitHint?: string },
): TemplateResult {
  const { site, t, language, unitHint } = context;
  return html`<div class="row">
    ${selectField(form, {
      path: 'role',
      label: k('role'),
      required: true,
      options: options(ROLES, t, 'role'),
    })}
    ${selectField(form, {
      path: 'unitId',
      label: k('unit'),
      nullable: true,
      placeholder: k('province'),
      ...(unitHint ? { hint: unitHint } : {}),
      options: unitOptions(site, t, language),
    })}
  </div>`;
}
