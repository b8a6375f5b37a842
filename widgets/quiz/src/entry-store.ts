/**
 * What lets a participant come back to a contest on this browser: the participant token from
 * registration and the key of the attempt under way, both secrets of theirs alone, kept in
 * localStorage per API and contest. A reload, a closed tab or a dropped connection loses
 * nothing: the answers themselves are on the server, the key finds them again.
 */
export interface Entry {
  participantToken?: string;
  attemptKey?: string;
}

export class EntryStore {
  readonly #key: string;

  constructor(api: string, contestId: number) {
    this.#key = `pbgdpl-quiz:${api}:${contestId}`;
  }

  load(): Entry {
    try {
      const saved = JSON.parse(localStorage.getItem(this.#key) ?? 'null') as Entry | null;
      return {
        participantToken: typeof saved?.participantToken === 'string' ? saved.participantToken : undefined,
        attemptKey: typeof saved?.attemptKey === 'string' ? saved.attemptKey : undefined,
      };
    } catch {
      // Unreadable or blocked storage: the participant registers again.
      return {};
    }
  }

  save(entry: Entry): void {
    try {
      localStorage.setItem(this.#key, JSON.stringify(entry));
    } catch {
      // Storage full or disabled (private mode): this page still holds the entry in memory.
    }
  }
}
