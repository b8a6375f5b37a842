import type { Generated } from 'kysely';

/** The contests' tables (migrations 0019 and 0024), as stored; see `Tables` for the conventions. */
export interface ContestTables {
  contests: {
    id: Generated<number>;
    version: Generated<number>;
    title: string;
    description: string;
    rules: string;
    unit_id: string;
    /** JSON arrays. */
    document_ids: string;
    target_groups: string;
    prizes: string;
    results_published: number;
    /** The review workflow's state (ContentState). */
    state: Generated<string>;
    created_at: string;
    updated_at: string;
  };
  contest_rounds: {
    id: Generated<number>;
    contest_id: number;
    title: string;
    starts_at: string;
    ends_at: string;
    question_count: number;
    time_limit_seconds: number;
    max_attempts: number;
    tie_break: number;
  };
  contest_questions: {
    id: Generated<number>;
    version: Generated<number>;
    contest_id: number;
    text: string;
    /** JSON arrays: option texts, positions of the right ones, tags. */
    options: string;
    correct: string;
    explanation: string;
    document_id: number | null;
    difficulty: string;
    tags: string;
    created_at: string;
    updated_at: string;
  };
  contest_participants: {
    id: Generated<number>;
    contest_id: number;
    token_hash: string;
    name: string;
    phone: string | null;
    email: string | null;
    email_key: string | null;
    birth_year: number;
    commune: string;
    id_number: string | null;
    registered_at: string;
  };
  contest_consents: {
    participant_id: number;
    purpose: string;
    granted: number;
    text_version: string;
    language: string;
    text: string;
    recorded_at: string;
  };
  contest_attempts: {
    id: Generated<number>;
    key_hash: string;
    participant_id: number;
    round_id: number;
    /** JSON [[question id, [entered option positions in the order shown]], …]. */
    draw: string;
    started_at: string;
    deadline: string;
    submitted_at: string | null;
    auto_closed: Generated<number>;
    correct: number | null;
    seconds: number | null;
    guess: number | null;
    flagged: Generated<number>;
  };
  contest_answers: {
    attempt_id: number;
    question_id: number;
    choices: string;
    saved_at: string;
  };
  contest_prizes: {
    round_id: number;
    participant_id: number;
    /** A name from the contest's prizes. */
    prize: string;
    awarded_by: string;
    awarded_at: string;
  };
}
