import type { Page, Role, User, UserInput } from '@pbgdpl/contract';
import { foldVi, normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';

export type UserData = z.output<typeof UserInput>;
export type UserRow = Selectable<Tables['users']>;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  unitId: row.unit_id,
  active: fromDbBool(row.active),
  notify: fromDbBool(row.notify),
  passwordSet: row.password_hash !== null,
  lastSignInAt: row.last_sign_in_at,
  createdAt: row.created_at,
  version: row.version,
});

const toRow = (data: UserData) => ({
  email: data.email.toLowerCase(),
  name: normalizeVi(data.name),
  role: data.role,
  unit_id: data.unitId,
  active: toDbBool(data.active),
});

/** The console's people. Passwords are stored as scrypt hashes only (`accounts/passwords.ts`). */
export function usersRepository(db: Db) {
  const byId = (id: number) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

  return {
    byId,
    byEmail: (email: string) =>
      db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst(),

    async get(id: number): Promise<User | undefined> {
      const row = await byId(id);
      return row && toUser(row);
    },

    async isEmpty(): Promise<boolean> {
      return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) === undefined;
    },

    async page(query: {
      page: number;
      pageSize: number;
      q?: string | undefined;
      unit?: string | undefined;
      role?: Role | undefined;
    }): Promise<Page<User>> {
      let base = db.selectFrom('users');
      if (query.unit) base = base.where('unit_id', '=', query.unit);
      if (query.role) base = base.where('role', '=', query.role);
      const rows = await base.selectAll().orderBy('name').orderBy('id').execute();
      // A few hundred people at most: matched in code, the way the reporters' directory is.
      const q = query.q ? foldVi(query.q) : '';
      const found = q ? rows.filter((row) => foldVi(`${row.name} ${row.email}`).includes(q)) : rows;
      const start = (query.page - 1) * query.pageSize;
      return {
        items: found.slice(start, start + query.pageSize).map(toUser),
        total: found.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async create(data: UserData, now: Date): Promise<User> {
      const at = toDbTime(now);
      const row = await db
        .insertInto('users')
        .values({ ...toRow(data), password_hash: null, created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    },

    async update(id: number, data: UserData, now: Date): Promise<User | undefined> {
      const row = await db
        .updateTable('users')
        .set((eb) => ({ ...toRow(data), updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toUser(row);
    },

    async setPassword(id: number, hash: string, now: Date): Promise<void> {
      await db
        .updateTable('users')
        .set((eb) => ({ password_hash: hash, updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    async setNotify(id: number, notify: boolean, now: Date): Promise<void> {
      await db
        .updateTable('users')
        .set({ notify: toDbBool(notify), updated_at: toDbTime(now) })
        .where('id', '=', id)
        .execute();
    },

    async recordSignIn(id: number, now: Date): Promise<void> {
      await db
        .updateTable('users')
        .set({ last_sign_in_at: toDbTime(now) })
        .where('id', '=', id)
        .execute();
    },

    /** Another account already signs in with this address. */
    async emailTaken(email: string, exceptId?: number): Promise<boolean> {
      let query = db.selectFrom('users').select('id').where('email', '=', email.toLowerCase());
      if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },
  };
}
