import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { type Mail, outboxRepository } from './outbox.ts';

type Person = { email: string; name: string };

/**
 * Who hears of a unit's work: the unit's own contributors, or the editors who review it; only
 * active accounts that keep notifications on (essential mail, such as password links, is not
 * sent through here).
 */
async function recipients(db: Db, who: { unit: string } | 'reviewers'): Promise<Person[]> {
  let query = db
    .selectFrom('users')
    .select(['email', 'name'])
    .where('active', '=', 1)
    .where('notify', '=', 1)
    .where('password_hash', 'is not', null);
  query =
    who === 'reviewers'
      ? query.where('role', 'in', ['editor', 'admin'])
      : query.where('role', '=', 'contributor').where('unit_id', '=', who.unit);
  return query.orderBy('id').execute();
}

/** Queues one notice per recipient, in the transaction of the change that causes it. */
export async function notifyStaff(
  db: Db,
  config: Config,
  who: { unit: string } | 'reviewers',
  notice: (person: Person) => Mail,
  now: Date,
): Promise<void> {
  if (!config.mail) return;
  const outbox = outboxRepository(db);
  for (const person of await recipients(db, who)) await outbox.enqueue(notice(person), now);
}
