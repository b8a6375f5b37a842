import type { StreamsConfig } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { dialogueChangesRepository } from '../repositories/dialogue-changes.ts';
import { changeEvents, sseMessage, type StreamEvent } from './stream-events.ts';

const encoder = new TextEncoder();
/** Sent first: how long a browser waits before reconnecting. */
const RETRY = encoder.encode('retry: 3000\n\n');
const PING = encoder.encode(': ping\n\n');
/** Changes read per query, by the poller and by a replay. */
const BATCH = 500;
/** A client that stops reading: its stream ends once this much waits for it (it reconnects and replays). */
const MAX_QUEUED_BYTES = 1024 * 1024;

/** One open stream of one session. */
class Stream {
  /** Live events that came while the stream was replaying: sent after the replay. */
  #pending: StreamEvent[] | null = null;
  #controller!: ReadableStreamDefaultController<Uint8Array>;
  readonly body: ReadableStream<Uint8Array>;

  constructor(
    readonly dialogueId: number,
    /** The id of the last event sent (or already known to the client). */
    public cursor: number,
    onClose: (stream: Stream) => void,
  ) {
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.#controller = controller;
        },
        // The client went away (Node's adapter cancels the body): forget the stream.
        cancel: () => onClose(this),
      },
      new ByteLengthQueuingStrategy({ highWaterMark: 16 * 1024 }),
    );
  }

  write(bytes: Uint8Array): void {
    try {
      this.#controller.enqueue(bytes);
      if ((this.#controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) this.end();
    } catch {
      // already closed
    }
  }

  end(): void {
    try {
      this.#controller.close();
    } catch {
      // already closed
    }
  }

  holdLive(): void {
    this.#pending = [];
  }

  /** An event after the stream's cursor goes out; one that ends the session ends the stream. */
  send(event: StreamEvent): void {
    if (event.id <= this.cursor) return;
    this.cursor = event.id;
    if (event.ends) this.end();
    else this.write(event.bytes);
  }

  /** A live event: sent, or kept while the stream replays. */
  deliver(event: StreamEvent): void {
    if (this.#pending) this.#pending.push(event);
    else this.send(event);
  }

  /** The replay is over: what came meanwhile goes out, in order, without repeats. */
  releaseLive(): void {
    const pending = this.#pending ?? [];
    this.#pending = null;
    for (const event of pending) this.send(event);
  }
}

/** Why a stream cannot open here. */
export class StreamsFull extends Error {}

/**
 * A node's live streams of dialogue sessions. One poller reads the change table after the last
 * id it saw (every `pollMs`, sooner when `wake()` is called) and fans each change out to the
 * streams of its session, computing each event once; one timer sends every stream its
 * heartbeat. Both run only while a stream is open.
 */
export function dialogueStreams(db: Db, config: StreamsConfig, hooks: { onStart?: () => () => void } = {}) {
  const bySession = new Map<number, Set<Stream>>();
  let count = 0;
  /** The last change id this node has fanned out. */
  let cursor = 0;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let stopHook: (() => void) | undefined;
  let polling: Promise<void> = Promise.resolve();
  let queued = false;
  let closed = false;
  const changes = dialogueChangesRepository(db);

  const forget = (stream: Stream) => {
    const set = bySession.get(stream.dialogueId);
    if (!set?.delete(stream)) return;
    count--;
    if (set.size === 0) bySession.delete(stream.dialogueId);
    if (count === 0) stop();
  };

  async function pollOnce(): Promise<void> {
    for (;;) {
      const batch = await changes.after(cursor, BATCH);
      const last = batch.at(-1);
      if (!last) return;
      cursor = last.id;
      // Only sessions someone here watches are worth reading.
      const watched = batch.filter((change) => bySession.has(change.dialogueId));
      for (const event of await changeEvents(db, watched))
        for (const stream of bySession.get(event.dialogueId) ?? []) stream.deliver(event);
      if (batch.length < BATCH) return;
    }
  }

  /** Runs a poll as soon as the one running ends (one waits at most); the next `pollMs` after it. */
  function poll(): void {
    clearTimeout(timer);
    if (queued) return;
    queued = true;
    polling = polling
      .then(() => {
        queued = false;
        return pollOnce();
      })
      .catch((error: unknown) => console.error('reading dialogue changes failed:', error))
      .finally(() => {
        if (running && !closed && !queued) timer = setTimeout(poll, config.pollMs).unref();
      });
  }

  function start(): Promise<void> {
    running ??= (async () => {
      await polling;
      cursor = await changes.latest();
      heartbeat = setInterval(() => {
        for (const set of bySession.values()) for (const stream of set) stream.write(PING);
      }, config.heartbeatSeconds * 1000).unref();
      stopHook = hooks.onStart?.();
      timer = setTimeout(poll, config.pollMs).unref();
    })();
    return running;
  }

  function stop(): void {
    running = null;
    clearTimeout(timer);
    clearInterval(heartbeat);
    stopHook?.();
    stopHook = undefined;
  }

  /** Sends what changed in the session after `after`; false when changes since were pruned. */
  async function replay(stream: Stream, after: number): Promise<boolean> {
    // An id above the newest is not one of this database's; below the oldest kept, changes were pruned.
    const oldest = await changes.oldest();
    if (after > (await changes.latest()) || (oldest !== undefined && oldest > after + 1)) return false;
    let from = after;
    for (;;) {
      const batch = await changes.after(from, BATCH, stream.dialogueId);
      const last = batch.at(-1);
      if (!last) return true;
      from = last.id;
      for (const event of await changeEvents(db, batch)) stream.send(event);
      if (batch.length < BATCH) return true;
    }
  }

  return {
    /** Streams open on this node. */
    get count(): number {
      return count;
    },

    /**
     * A stream of the (public) session `dialogueId`. Without `lastEventId`: `ready` with the
     * latest change's id, then live. With it: every change after it, then live; `ready` instead
     * when the changes since were pruned (or the id is not one of ours), so the client reloads.
     */
    async open(dialogueId: number, lastEventId: number | undefined): Promise<ReadableStream<Uint8Array>> {
      if (closed || count >= config.maxPerNode) throw new StreamsFull();
      const stream = new Stream(dialogueId, lastEventId ?? 0, forget);
      bySession.set(dialogueId, (bySession.get(dialogueId) ?? new Set()).add(stream));
      count++;
      stream.holdLive();
      try {
        await start();
        stream.write(RETRY);
        if (lastEventId === undefined || !(await replay(stream, lastEventId))) {
          stream.cursor = cursor;
          stream.write(sseMessage(cursor, 'ready', {}));
        }
      } catch (error) {
        forget(stream);
        throw error;
      } finally {
        stream.releaseLive();
      }
      return stream.body;
    },

    /** Polls now (a NOTIFY said something changed). */
    wake(): void {
      if (running && !closed) poll();
    },

    /** Ends every stream (before the server closes: open streams would hold it). */
    async close(): Promise<void> {
      closed = true;
      for (const set of [...bySession.values()]) for (const stream of [...set]) stream.end();
      bySession.clear();
      count = 0;
      stop();
      await polling;
    },
  };
}

export type DialogueStreams = ReturnType<typeof dialogueStreams>;
