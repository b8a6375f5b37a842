import type { Hono } from 'hono';
import { dialogueNotFound } from '../dialogues/problems.ts';
import { StreamsFull } from '../dialogues/stream-hub.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { apiPath } from '../http/route.ts';
import { dialoguesRepository } from '../repositories/dialogues.ts';

/** A client's `Last-Event-ID`, when it is one of ours (a change id); anything else counts as none. */
const lastEventId = (header: string | undefined): number | undefined =>
  header !== undefined && /^\d{1,15}$/.test(header.trim()) ? Number(header.trim()) : undefined;

/** How long a client turned away waits before trying again. */
const FULL_RETRY_SECONDS = 30;

/**
 * `GET /dialogues/{id}/stream`: a published session's public changes as Server-Sent Events
 * (see `dialogues/stream-hub.ts`). Never cached or compressed (see `http/cache-key.ts`); a
 * proxy in front is told not to buffer it.
 */
export function dialogueStreamRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get(`${apiPath('dialogues')}/:id{[1-9][0-9]{0,9}}/stream`, async (c) => {
    const id = Number(c.req.param('id'));
    if (!(await dialoguesRepository(deps.db).publishedState(id))) throw dialogueNotFound(id);
    let body: ReadableStream<Uint8Array>;
    try {
      body = await deps.streams.open(id, lastEventId(c.req.header('Last-Event-ID')));
    } catch (error) {
      if (!(error instanceof StreamsFull)) throw error;
      throw new ProblemError(503, {
        detail: {
          vi: 'Máy chủ đang phục vụ quá nhiều người theo dõi trực tiếp. Trang sẽ tự cập nhật định kỳ; vui lòng thử lại sau.',
          en: 'The server holds too many live streams. The page updates itself periodically; please try again later.',
        },
        headers: { 'Retry-After': String(FULL_RETRY_SECONDS) },
      });
    }
    return new Response(body, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache',
        'X-Accel-Buffering': 'no',
      },
    });
  });
}
