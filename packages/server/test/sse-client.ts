/** One Server-Sent Event as a client sees it; a heartbeat comment is `{ comment: 'ping' }`. */
export interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/**
 * A stream read with fetch, as EventSource would (the tests need its headers and comments,
 * which EventSource hides): every block between blank lines is kept in `events`, with `raw`
 * holding every byte received.
 */
export async function openSse(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  let raw = '';
  let ended = false;
  const done = (async () => {
    if (!response.ok || !response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        const text = decoder.decode(chunk as Uint8Array, { stream: true });
        raw += text;
        buffer += text;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          events.push(parseBlock(buffer.slice(0, end)));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
    }
  })();

  return {
    response,
    events,
    get raw() {
      return raw;
    },
    get ended() {
      return ended;
    },
    /** The first event (from `from` on) that `match` accepts; fails after `ms`. */
    async next(match: (event: SseEvent) => boolean, ms = 15_000, from = 0): Promise<SseEvent> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = events.slice(from).find(match);
        if (found) return found;
        if (ended) throw new Error(`the stream ended without it: ${raw}`);
        if (Date.now() > deadline) throw new Error(`no such event within ${ms} ms: ${raw}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    /** Resolves once the server ends the stream; fails after `ms`. */
    async waitEnd(ms = 15_000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!ended) {
        if (Date.now() > deadline) throw new Error('the stream did not end');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async close(): Promise<void> {
      abort.abort();
      await done;
    },
  };
}

export type SseClient = Awaited<ReturnType<typeof openSse>>;

function parseBlock(block: string): SseEvent {
  const event: SseEvent = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) event.comment = line.slice(1).trim();
    const match = /^(id|event|data|retry): ?(.*)$/.exec(line);
    if (match) event[match[1] as 'id' | 'event' | 'data' | 'retry'] = match[2];
  }
  return event;
}
