import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export interface TokenInfo {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Only this digest is stored: a leaked database does not leak usable tokens. */
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** 256 random bits; the prefix makes a leaked token easy to recognise in logs and scanners. */
const newToken = (): string => `pbgdpl_${randomBytes(32).toString('base64url')}`;

export function tokensRepository(db: Db) {
  return {
    /** Returns the plain token: the only time it exists outside its owner's hands. */
    async create(name: string, role: Role, now: Date): Promise<{ id: number; token: string }> {
      const token = newToken();
      const row = await db
        .insertInto('tokens')
        .values({ name: normalizeVi(name), role, token_hash: hashToken(token), created_at: toDbTime(now) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, token };
    },

    async list(): Promise<TokenInfo[]> {
      const rows = await db.selectFrom('tokens').selectAll().orderBy('id').execute();
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        role: row.role as Role,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
        revokedAt: row.revoked_at,
      }));
    },

    /** False when there is no such token or it was already revoked. */
    async revoke(id: number, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('tokens')
        .set({ revoked_at: toDbTime(now) })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** The owner of a token that is known and not revoked; records its use. */
    async authenticate(token: string, now: Date): Promise<{ name: string; role: Role } | undefined> {
      const row = await db
        .updateTable('tokens')
        .set({ last_used_at: toDbTime(now) })
        .where('token_hash', '=', hashToken(token))
        .where('revoked_at', 'is', null)
        .returning(['name', 'role'])
        .executeTakeFirst();
      return row && { name: row.name, role: row.role as Role };
    },
  };
}
