import type { QuestionInput } from '@pbgdpl/contract';
import type { z } from 'zod';
import type { NewQuestion } from '../repositories/questions.ts';
import type { ConsentEdition } from './consent-texts.ts';

/** What a sender writes in the form, checked by the contract (the form's protections aside). */
export type SentFields = Pick<
  z.output<typeof QuestionInput>,
  'name' | 'email' | 'phone' | 'address' | 'field' | 'unit' | 'title' | 'body' | 'consents'
>;

/** The question to store from what was sent and the consent edition the form showed. */
export const toNewQuestion = (sent: SentFields, consents: ConsentEdition): NewQuestion => ({
  name: sent.name,
  email: sent.email ?? null,
  phone: sent.phone ?? null,
  address: sent.address ?? null,
  field: sent.field,
  unitId: sent.unit ?? null,
  title: sent.title,
  body: sent.body,
  publishName: sent.consents.publishName,
  consents,
});
