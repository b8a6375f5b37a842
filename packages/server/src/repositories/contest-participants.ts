import { isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { toDbBool, toDbTime } from '../db/values.ts';
import type { ContestConsentEdition } from '../contests/consent-texts.ts';

export interface NewParticipant {
  contestId: number;
  tokenHash: string;
  name: string;
  phone: string | null;
  email: string | null;
  birthYear: number;
  commune: string;
  idNumber: string | null;
  /** Purposes granted, with the edition shown. */
  granted: Set<string>;
  edition: ContestConsentEdition;
}

/** Contest participants and their consent records. Contact data is read only by the organisers' export. */
export function contestParticipantsRepository(db: Db) {
  return {
    /** Whether the contest already has a participant with this phone number or e-mail address. */
    async contactTaken(contestId: number, phone: string | null, email: string | null): Promise<boolean> {
      const found = await db
        .selectFrom('contest_participants')
        .select('id')
        .where('contest_id', '=', contestId)
        .where((eb) =>
          eb.or([
            ...(phone ? [eb('phone', '=', phone)] : []),
            ...(email ? [eb('email_key', '=', email.toLowerCase())] : []),
          ]),
        )
        .executeTakeFirst();
      return found !== undefined;
    },

    async create(input: NewParticipant, now: Date): Promise<number> {
      const at = toDbTime(now);
      const { id } = await db
        .insertInto('contest_participants')
        .values({
          contest_id: input.contestId,
          token_hash: input.tokenHash,
          name: input.name,
          phone: input.phone,
          email: input.email,
          email_key: input.email?.toLowerCase() ?? null,
          birth_year: input.birthYear,
          commune: input.commune,
          id_number: input.idNumber,
          registered_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const consent of input.edition.consents)
        await db
          .insertInto('contest_consents')
          .values({
            participant_id: id,
            purpose: consent.purpose,
            granted: toDbBool(input.granted.has(consent.purpose)),
            text_version: input.edition.version,
            language: input.edition.language,
            text: consent.text,
            recorded_at: at,
          })
          .execute();
      return id;
    },

    /**
     * The participant holding a token, in a contest; `lock`ed, two starts of one participant
     * take turns on PostgreSQL (SQLite has one writer), so the attempt limit holds.
     */
    async byToken(contestId: number, tokenHash: string, lock = false): Promise<{ id: number } | undefined> {
      let select = db
        .selectFrom('contest_participants')
        .select('id')
        .where('contest_id', '=', contestId)
        .where('token_hash', '=', tokenHash);
      if (lock && isPostgres(db)) select = select.forUpdate();
      return select.executeTakeFirst();
    },
  };
}
