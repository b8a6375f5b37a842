import type { QuestionDraft } from '@pbgdpl/contract/question-rules';

/** What is kept between visits: the text typed and the key that makes a resend count once. */
export interface StoredDraft extends QuestionDraft {
  publishName: boolean;
  /** `Idempotency-Key` of this draft: the same for every retry, new after a success. */
  key: string;
}

/** A fresh idempotency key; `randomUUID` exists only on HTTPS pages, random bytes everywhere. */
const newKey = (): string =>
  crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );

export const emptyDraft = (): StoredDraft => ({
  name: '',
  email: '',
  phone: '',
  address: '',
  field: '',
  title: '',
  body: '',
  consentProcessing: false,
  publishName: false,
  key: newKey(),
});

const TEXT_FIELDS = ['name', 'email', 'phone', 'address', 'field', 'title', 'body', 'key'] as const;

/**
 * The draft lives in localStorage (per API), so a closed tab, a reload or a failed send loses
 * nothing. Consents are not kept: agreeing is an act on the text shown at the time of sending.
 */
export class DraftStore {
  constructor(readonly key: string) {}

  load(): StoredDraft {
    const draft = emptyDraft();
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Partial<StoredDraft> | null;
      for (const name of TEXT_FIELDS) {
        const value = saved?.[name];
        if (typeof value === 'string' && value) draft[name] = value;
      }
    } catch {
      // Unreadable or blocked storage: start empty.
    }
    return draft;
  }

  save(draft: StoredDraft): void {
    const kept = Object.fromEntries(TEXT_FIELDS.map((name) => [name, draft[name]]));
    try {
      localStorage.setItem(this.key, JSON.stringify(kept));
    } catch {
      // Storage full or disabled (private mode): the form in memory still holds the text.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}
