import type { IncomingMessage } from 'node:http';
import type { Role } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';

/** Who is acting: a signed-in person (session cookie) or an automation token. */
export interface Principal {
  kind: 'user' | 'token';
  /** What the audit trail writes for who acted. */
  name: string;
  role: Role;
  /** A contributor's unit: they see and change that unit's content only. Null: the whole province. */
  unitId: string | null;
  userId: number | null;
  email: string | null;
}

export interface AppDeps {
  db: Db;
  config: Config;
  clock: Clock;
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
  Variables: { principal: Principal; idempotency: IdempotencyClaim | undefined };
}
