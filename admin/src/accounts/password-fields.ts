import { html, type TemplateResult } from 'lit';
import type { Translate } from '@pbgdpl/core';
import { type FieldErrors, type FormLike, requireFields, textField } from '../form-fields.ts';

/**
 * A new password and its confirmation. The strength rule is the server's (the same check for
 * every way a password is set); its message lands beside `path`. The confirmation is ours.
 */
export function newPasswordFields(form: FormLike, t: Translate, path: string): TemplateResult {
  return html`${textField(form, {
    path,
    label: t('admin-accounts:password.new'),
    type: 'password',
    required: true,
    autocomplete: 'new-password',
    hint: t('admin-accounts:password.rule'),
  })}
  ${textField(form, {
    path: 'confirm',
    label: t('admin-accounts:password.confirm'),
    type: 'password',
    required: true,
    autocomplete: 'new-password',
  })}`;
}

/** Required fields, and the confirmation equal to the new password. */
export function checkNewPassword(form: FormLike, t: Translate, paths: string[], path: string): FieldErrors {
  const errors = requireFields(form, paths);
  if (!errors.confirm && form.get('confirm') !== form.get(path))
    errors.confirm = [t('admin-accounts:password.mismatch')];
  return errors;
}
