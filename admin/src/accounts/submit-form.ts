import { ApiError } from '@pbgdpl/core';
import type { AdminElement } from '../admin-element.ts';
import { failureMessage } from '../entity-form.ts';
import type { FieldErrors, FormLike } from '../form-fields.ts';

/**
 * A form that is not an item (a password, preferences, a new token): the client's checks, then
 * the call; refusals beside their fields (the server's strength message beside the password),
 * anything else in the summary, which takes focus. Everything typed stays. True when it went through.
 */
export async function submitForm(
  host: AdminElement,
  form: FormLike,
  errors: FieldErrors,
  call: () => Promise<unknown>,
): Promise<boolean> {
  form.errors = errors;
  if (Object.keys(errors).length === 0) {
    try {
      await call();
      host.requestUpdate();
      return true;
    } catch (error) {
      const fields = error instanceof ApiError ? error.errors : {};
      form.errors = Object.keys(fields).length > 0 ? fields : { '': [failureMessage(host.t, error)] };
    }
  }
  host.requestUpdate();
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  return false;
}
