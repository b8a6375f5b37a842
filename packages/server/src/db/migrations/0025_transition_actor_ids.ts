import { type Kysely, sql } from 'kysely';

// Migrations see the schema as it was then, not as the code types it now.

/**
 * Who moved an item, by account: names are not unique and change, so "Việc của tôi" finds an
 * editor's own items by the account id. Earlier moves get the id of the one account that had
 * that name, where exactly one had it; the others (tokens, the seed, homonyms) stay without.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('content_transitions').addColumn('actor_user_id', 'integer').execute();
  await sql`update content_transitions set actor_user_id =
      (select min(id) from users where users.name = content_transitions.actor)
    where (select count(*) from users where users.name = content_transitions.actor) = 1`.execute(db);
  await db.schema
    .createIndex('content_transitions_actor_idx')
    .on('content_transitions')
    .columns(['actor_user_id', 'entity'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('content_transitions_actor_idx').execute();
  await db.schema.alterTable('content_transitions').dropColumn('actor_user_id').execute();
}
