import { randomId } from '@pbgdpl/core';

interface Stored {
  browserId: string;
  supported: number[];
}

/**
 * "Cùng quan tâm" once per browser: a random id this browser keeps (the server counts each id
 * once) and the questions it supported, so the button says so on the next visit. Storage that is
 * blocked or full keeps them for this page only.
 */
export class SupportStore {
  readonly #key: string;
  #data: Stored | undefined;

  constructor(api: string) {
    this.#key = `pbgdpl-dialogue-support:${api}`;
  }

  get browserId(): string {
    return this.#load().browserId;
  }

  has(questionId: number): boolean {
    return this.#load().supported.includes(questionId);
  }

  add(questionId: number): void {
    const data = this.#load();
    if (!data.supported.includes(questionId)) data.supported.push(questionId);
    try {
      localStorage.setItem(this.#key, JSON.stringify(data));
    } catch {
      // Private mode or a full storage: remembered until the page closes.
    }
  }

  #load(): Stored {
    if (this.#data) return this.#data;
    let saved: Partial<Stored> | null = null;
    try {
      saved = JSON.parse(localStorage.getItem(this.#key) ?? 'null') as Partial<Stored> | null;
    } catch {
      // Unreadable or blocked storage: a new id.
    }
    const browserId =
      typeof saved?.browserId === 'string' && /^[\w-]{16,64}$/.test(saved.browserId)
        ? saved.browserId
        : randomId();
    const supported = Array.isArray(saved?.supported)
      ? saved.supported.filter((id): id is number => Number.isInteger(id))
      : [];
    this.#data = { browserId, supported };
    return this.#data;
  }
}
