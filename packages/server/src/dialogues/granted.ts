import type { ConsentPurpose } from '@pbgdpl/contract';

/** The purposes a form's sender agreed to: processing always (the form requires it), the name if ticked. */
export const grantedOf = (input: { consents: { publishName: boolean } }): Set<ConsentPurpose> =>
  new Set<ConsentPurpose>(
    input.consents.publishName ? ['process-and-answer', 'publish-name'] : ['process-and-answer'],
  );
