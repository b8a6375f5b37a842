import type { IncomingMessage } from 'node:http';
import type { Role } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import type { DialogueStreams } from '../dialogues/stream-hub.ts';

/** Who is acting: a signed-in person (session cookie) or an automation token. */
export interface Principal {
  kind: 'user' | 'token';
  /** What the audit trail writes for who acted. */
  name: string;
  role: Role;
  /** The unit they belong to (a person's, a token's); null: the province. */
  unitId: string | null;
  /**
   * The only unit whose content they may see and change: a contributor's unit, or a token's unit
   * whatever its role. Null: every unit (editors and administrators review the whole province).
   */
  scope: string | null;
  userId: number | null;
  email: string | null;
}

export interface AppDeps {
  db: Db;
  config: Config;
  clock: Clock;
  /** This node's live streams of dialogue sessions. */
  streams: DialogueStreams;
}

/** The Idempotency-Key a request holds while it runs (see `http/idempotency.ts`). */
export interface IdempotencyClaim {
  key: string;
  hash: string;
  claimedAt: string;
}

/** Hono typing: node-server passes the Node request (absent when tests call `app.request`). */
export interface AppEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    principal: Principal;
    idempotency: IdempotencyClaim | undefined;
    /** When a public answer may change without a write (a schedule): the cache keeps it until then. */
    cacheUntil: Date;
  };
}
