import type { Config } from '../config.ts';
import { ConfigError } from '../config.ts';
import { holdTransactionLock } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { usersRepository } from '../repositories/users.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

/**
 * On a start that finds no account, PBGDPL_ADMIN_EMAIL and PBGDPL_ADMIN_PASSWORD make the first
 * administrator (nodes starting together make one). There is never a default password: without
 * them, `pnpm cli users create --role admin` makes the first one.
 */
export async function createFirstAdmin(db: Db, config: Config, now: Date): Promise<boolean> {
  const first = config.firstAdmin;
  if (!first) return false;
  const name = 'Quản trị viên';
  const problem = passwordProblem(first.password, { email: first.email, name });
  if (problem) throw new ConfigError(`PBGDPL_ADMIN_PASSWORD: ${problem.vi} (${problem.en})`);
  const hash = await hashPassword(first.password);
  return db.transaction().execute(async (trx) => {
    await holdTransactionLock(trx, 'pbgdpl.first-admin');
    const users = usersRepository(trx);
    if (!(await users.isEmpty())) return false;
    const admin = await users.create(
      { email: first.email, name, role: 'admin', unitId: null, active: true },
      now,
    );
    await users.setPassword(admin.id, hash, now);
    return true;
  });
}
