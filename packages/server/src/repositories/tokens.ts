import { createHash, randomBytes } from 'node:crypto';
import type { Role, Token } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { Db, Tables } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export interface TokenOwner {
  name: string;
  role: Role;
  unitId: string | null;
}

/** Only this digest is stored: a leaked database does not leak usable tokens. */
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** 256 random bits; the prefix makes a leaked token easy to recognise in logs and scanners. */
const newToken = (): string => `pbgdpl_${randomBytes(32).toString('base64url')}`;

const toToken = (row: Selectable<Tables['tokens']>): Token => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  unitId: row.unit_id,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export function tokensRepository(db: Db) {
  return {
    /** Returns the plain token with the record: the only time it exists outside its owner's hands. */
    async create(
      name: string,
      role: Role,
      now: Date,
      unitId: string | null = null,
    ): Promise<Token & { token: string }> {
      const token = newToken();
      const row = await db
        .insertInto('tokens')
        .values({
          name: normalizeVi(name),
          role,
          unit_id: unitId,
          token_hash: hashToken(token),
          created_at: toDbTime(now),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ...toToken(row), token };
    },

    async list(): Promise<Token[]> {
      const rows = await db.selectFrom('tokens').selectAll().orderBy('id').execute();
      return rows.map(toToken);
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
    async authenticate(token: string, now: Date): Promise<TokenOwner | undefined> {
      const row = await db
        .updateTable('tokens')
        .set({ last_used_at: toDbTime(now) })
        .where('token_hash', '=', hashToken(token))
        .where('revoked_at', 'is', null)
        .returning(['name', 'role', 'unit_id'])
        .executeTakeFirst();
      return row && { name: row.name, role: row.role as Role, unitId: row.unit_id };
    },
  };
}
