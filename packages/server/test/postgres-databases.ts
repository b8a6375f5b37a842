import pg from 'pg';

/** Seeded once per run, then copied: seeding costs seconds on PostgreSQL, a copy a fraction of one. */
const SEEDED_TEMPLATE = 'seeded_template';
/** Test files run as separate processes: the first to need the template builds it, the others wait. */
const TEMPLATE_LOCK = 471;

let created = 0;

/**
 * A new database in the throwaway cluster of `pnpm test:server:postgres` (admin URL given):
 * empty, or a copy of a template that `seed(url)` filled once for the whole run.
 */
export async function createPostgresDatabase(
  admin: string,
  seed: ((url: string) => Promise<void>) | null,
): Promise<string> {
  const urlOf = (name: string) => Object.assign(new URL(admin), { pathname: `/${name}` }).href;
  const name = `test_${process.pid}_${++created}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    if (!seed) {
      await client.query(`create database ${name}`);
      return urlOf(name);
    }
    await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
        SEEDED_TEMPLATE,
      ]);
      if (rowCount === 0) {
        await client.query(`create database ${SEEDED_TEMPLATE}`);
        await seed(urlOf(SEEDED_TEMPLATE)); // must close its connections: a template in use cannot be copied
      }
    } finally {
      await client.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
    await client.query(`create database ${name} template ${SEEDED_TEMPLATE}`);
    return urlOf(name);
  } finally {
    await client.end();
  }
}
