import type { Db } from '../db/schema.ts';
import type { DialogueChange } from '../repositories/dialogue-changes.ts';
import { dialogueQuestionsRepository } from '../repositories/dialogue-questions.ts';
import { dialoguesRepository } from '../repositories/dialogues.ts';

/** One event of a session's stream, encoded once and written to every stream of the session. */
export interface StreamEvent {
  id: number;
  dialogueId: number;
  bytes: Uint8Array;
  /** The session is no longer public: its streams end (a reconnect gets the 404). */
  ends: boolean;
}

const encoder = new TextEncoder();

/** An SSE message: its id, its name, and one `data:` line (JSON has no raw line breaks). */
export const sseMessage = (id: number, event: string, data: unknown): Uint8Array =>
  encoder.encode(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

/**
 * The events that `changes` make, in id order: each changed item once (at its latest change's
 * id), as the public sees it now. A question still public is sent whole, one no longer public
 * as `withdrawn`; a session as `GET /dialogues/{id}` answers it, or the stream's end.
 */
export async function changeEvents(db: Db, changes: DialogueChange[]): Promise<StreamEvent[]> {
  const latest = new Map<string, DialogueChange>();
  for (const change of changes) latest.set(`${change.kind} ${change.itemId}`, change);
  const picked = [...latest.values()].sort((a, b) => a.id - b.id);
  const questions = await dialogueQuestionsRepository(db).publicByIds(
    picked.filter((change) => change.kind === 'question').map((change) => change.itemId),
  );
  const sessions = dialoguesRepository(db);
  const events: StreamEvent[] = [];
  for (const change of picked) {
    const base = { id: change.id, dialogueId: change.dialogueId, ends: false };
    if (change.kind === 'question') {
      const question = questions.get(change.itemId);
      events.push({
        ...base,
        bytes: question
          ? sseMessage(change.id, 'question', question)
          : sseMessage(change.id, 'withdrawn', { id: change.itemId }),
      });
      continue;
    }
    const session = await sessions.getPublished(change.dialogueId);
    events.push(
      session
        ? { ...base, bytes: sseMessage(change.id, 'session', session) }
        : { ...base, bytes: new Uint8Array(), ends: true },
    );
  }
  return events;
}
