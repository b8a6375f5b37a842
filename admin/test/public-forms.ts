import type { QuestionForm } from '@pbgdpl/contract';
import { solveChallenge } from '@pbgdpl/core/proof-of-work';
import { ADMIN_TOKEN, api } from './helpers.ts';

/** The administrator's call to the admin API, as the console's setup steps. */
export async function asAdmin<T>(
  method: string,
  path: string,
  body?: unknown,
  token = ADMIN_TOKEN,
): Promise<T> {
  const response = await fetch(`${api}/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * What a citizen's widget does to send a public form (a question to a session, feedback on a
 * document): fetch the form, take its fill time, consent, solve the proof of work, post.
 */
export async function submitPublic<T>(
  formPath: string,
  path: string,
  fields: Record<string, unknown>,
): Promise<T> {
  const form = (await (await fetch(`${api}${formPath}`)).json()) as QuestionForm;
  await new Promise((resolve) => setTimeout(resolve, form.minFillSeconds * 1000 + 100));
  const proofOfWork = form.challenge ? await solveChallenge(form.challenge) : undefined;
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Nguyễn Văn An',
      phone: '0912 345 678',
      ...fields,
      consents: { version: form.consentVersion, processAndAnswer: true, publishName: false },
      formToken: form.formToken,
      ...(proofOfWork ? { proofOfWork } : {}),
    }),
  });
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
