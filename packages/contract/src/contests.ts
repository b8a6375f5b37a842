import { z } from 'zod';
import {
  CONTEST_CONSENT_PURPOSES,
  CONTEST_DIFFICULTIES,
  CONTEST_ROUND_STATES,
  CONTEST_STATES,
  CONTEST_TARGET_GROUPS,
} from './values.ts';
import { IsoDateTime, PageQuery, pageOf, Slug, Version } from './common.ts';
import { ContentState } from './workflow.ts';
import { EMAIL, QUESTION_LIMITS } from './question-rules.ts';
import { optionalText, Phone, WorkChallenge } from './questions.ts';
import { multiLine, richHtml, singleLine } from './text.ts';

export const ContestState = z.enum(CONTEST_STATES);
export type ContestState = z.infer<typeof ContestState>;
export const ContestRoundState = z.enum(CONTEST_ROUND_STATES);
export type ContestRoundState = z.infer<typeof ContestRoundState>;
export const ContestDifficulty = z.enum(CONTEST_DIFFICULTIES);
export const ContestTargetGroup = z.enum(CONTEST_TARGET_GROUPS);
export const ContestConsentPurpose = z.enum(CONTEST_CONSENT_PURPOSES);
export type ContestConsentPurpose = z.infer<typeof ContestConsentPurpose>;

/** Most options a question may have; option positions are 0-based. */
export const MAX_CONTEST_OPTIONS = 6;
const OptionIndex = z
  .number()
  .int()
  .min(0)
  .max(MAX_CONTEST_OPTIONS - 1);
const distinct = (list: number[]) => new Set(list).size === list.length;

export const ContestPrize = z
  .object({
    name: singleLine({ min: 1, max: 100 }).describe('e.g. Giải Nhất'),
    count: z.number().int().min(1).max(1000),
    value: singleLine({ max: 200 }).describe('e.g. 2.000.000 đồng và giấy khen'),
  })
  .meta({ id: 'ContestPrize' });

export const ContestRoundInput = z
  .object({
    /** An existing round keeps its id (and its attempts); a round without one is new. */
    id: z.number().int().min(1).optional(),
    title: singleLine({ min: 1, max: 120 }).describe('e.g. Tuần 1'),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    questionCount: z.number().int().min(1).max(100).describe('Questions drawn for each attempt'),
    timeLimitSeconds: z.number().int().min(60).max(7200),
    maxAttempts: z.number().int().min(1).max(10).describe('Attempts per participant in this round'),
    tieBreak: z
      .boolean()
      .describe('Ask the tie-break guess: how many participants answer every question right'),
  })
  .refine((round) => Date.parse(round.endsAt) > Date.parse(round.startsAt), {
    path: ['endsAt'],
    message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu',
  })
  .meta({ id: 'ContestRoundInput' });

/** POST/PUT /admin/contests: the contest with its rounds, which may not overlap. */
export const ContestInput = z
  .object({
    title: singleLine({ min: 5, max: 200 }),
    description: multiLine({ max: 5000 }),
    rules: richHtml({ max: 50_000 }).describe('Thể lệ: HTML, sanitized on save'),
    unitId: Slug.describe('The host unit'),
    documentIds: z.array(z.number().int().min(1)).max(20).default([]).describe('Related legal documents'),
    targetGroups: z.array(ContestTargetGroup).min(1).max(CONTEST_TARGET_GROUPS.length),
    prizes: z.array(ContestPrize).max(20).default([]),
    rounds: z.array(ContestRoundInput).min(1).max(60),
    resultsPublished: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const order = input.rounds.map((round, index) => ({ round, index }));
    order.sort((a, b) => Date.parse(a.round.startsAt) - Date.parse(b.round.startsAt));
    order.forEach(({ round, index }, position) => {
      const previous = order[position - 1]?.round;
      if (previous && Date.parse(round.startsAt) < Date.parse(previous.endsAt))
        ctx.addIssue({
          code: 'custom',
          path: ['rounds', index, 'startsAt'],
          message: `Vòng thi trùng thời gian với vòng "${previous.title}"`,
        });
    });
  })
  .meta({ id: 'ContestInput' });
export type ContestInput = z.input<typeof ContestInput>;

export const ContestRound = z
  .object({
    id: z.number().int(),
    title: z.string(),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    questionCount: z.number().int(),
    timeLimitSeconds: z.number().int(),
    maxAttempts: z.number().int(),
    tieBreak: z.boolean(),
    state: ContestRoundState,
  })
  .meta({ id: 'ContestRound' });
export type ContestRound = z.infer<typeof ContestRound>;

const ContestUnit = z.object({ id: Slug, name: z.string() }).meta({ id: 'ContestUnit' });
const ContestDocument = z
  .object({ id: z.number().int(), number: z.string(), title: z.string() })
  .meta({ id: 'ContestDocument' });

const contestFields = {
  id: z.number().int(),
  title: z.string(),
  unit: ContestUnit,
  targetGroups: z.array(ContestTargetGroup),
  state: ContestState,
  startsAt: IsoDateTime.describe('When the first round starts'),
  endsAt: IsoDateTime.describe('When the last round ends'),
};

export const ContestSummary = z
  .object({ ...contestFields, rounds: z.number().int().describe('How many rounds') })
  .meta({ id: 'ContestSummary' });
export type ContestSummary = z.infer<typeof ContestSummary>;

export const ContestQuery = PageQuery.extend({
  unit: Slug.optional().describe('Contests hosted by this unit'),
  state: ContestState.optional(),
});
export const ContestPage = pageOf(ContestSummary).meta({ id: 'ContestPage' });
export type ContestPage = z.infer<typeof ContestPage>;

/** One published contest as the public sees it: its state computed from the rounds now. */
export const Contest = z
  .object({
    ...contestFields,
    description: z.string(),
    rules: z.string().describe('Sanitized HTML'),
    documents: z.array(ContestDocument).describe('Related published documents'),
    prizes: z.array(ContestPrize),
    rounds: z.array(ContestRound),
    currentRound: z.number().int().nullable().describe('The round open now, if any'),
    resultsPublished: z.boolean(),
  })
  .meta({ id: 'Contest' });
export type Contest = z.infer<typeof Contest>;

export const AdminContest = Contest.extend({
  reviewState: ContentState,
  documentIds: z.array(z.number().int()),
  bankSize: z.number().int().describe('Questions in the bank'),
  participants: z.number().int(),
  version: Version,
  updatedAt: IsoDateTime,
}).meta({ id: 'AdminContest' });
export type AdminContest = z.infer<typeof AdminContest>;

export const AdminContestQuery = PageQuery.extend({
  unit: Slug.optional(),
  reviewState: ContentState.optional(),
});
export const AdminContestPage = pageOf(AdminContest).meta({ id: 'AdminContestPage' });
export type AdminContestPage = z.infer<typeof AdminContestPage>;

/** One question of a contest's bank, with its answer key: editors only. */
export const ContestQuestionInput = z
  .object({
    contestId: z.number().int().min(1),
    text: multiLine({ min: 5, max: 2000 }),
    options: z
      .array(singleLine({ min: 1, max: 500 }))
      .min(2)
      .max(MAX_CONTEST_OPTIONS),
    correct: z.array(OptionIndex).min(1).max(MAX_CONTEST_OPTIONS).refine(distinct, 'Đáp án bị lặp'),
    explanation: multiLine({ min: 10, max: 5000 }).describe('Giải thích, citing the legal basis'),
    documentId: z
      .number()
      .int()
      .min(1)
      .nullable()
      .default(null)
      .describe('The document the explanation cites'),
    difficulty: ContestDifficulty.default('medium'),
    tags: z
      .array(singleLine({ min: 1, max: 40 }))
      .max(10)
      .default([]),
  })
  .superRefine((input, ctx) => {
    input.correct.forEach((index, position) => {
      if (index >= input.options.length)
        ctx.addIssue({
          code: 'custom',
          path: ['correct', position],
          message: `Không có phương án số ${index + 1}`,
        });
    });
  })
  .meta({ id: 'ContestQuestionInput' });
export type ContestQuestionInput = z.input<typeof ContestQuestionInput>;

export const ContestQuestion = z
  .object({
    id: z.number().int(),
    contestId: z.number().int(),
    unitId: Slug.describe("The contest's host unit"),
    text: z.string(),
    options: z.array(z.string()),
    correct: z.array(z.number().int()),
    explanation: z.string(),
    documentId: z.number().int().nullable(),
    difficulty: ContestDifficulty,
    tags: z.array(z.string()),
    version: Version,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'ContestQuestion' });
export type ContestQuestion = z.infer<typeof ContestQuestion>;

export const ContestQuestionQuery = PageQuery.extend({ contest: z.coerce.number().int().min(1) });
export const ContestQuestionPage = pageOf(ContestQuestion).meta({ id: 'ContestQuestionPage' });

export const ContestQuestionImportQuery = z.object({
  contest: z.coerce.number().int().min(1),
  dryRun: z.enum(['true', 'false']).default('false').describe('Validate only; write nothing'),
});

/** A consent as the registration form shows it: the exact text the server records. */
export const ContestConsentText = z
  .object({ purpose: ContestConsentPurpose, required: z.boolean(), text: z.string() })
  .meta({ id: 'ContestConsentText' });

/** What the registration form needs: consent texts, a form token and, under a high rate, a proof-of-work challenge. */
export const ContestForm = z
  .object({
    consentVersion: z.string(),
    consents: z.array(ContestConsentText),
    formToken: z.string(),
    minFillSeconds: z.number().int().min(0),
    challenge: WorkChallenge.nullable(),
  })
  .meta({ id: 'ContestForm' });
export type ContestForm = z.infer<typeof ContestForm>;

/** POST /contests/{id}/participants. One participant per phone number or e-mail address. */
export const ParticipantInput = z
  .object({
    name: singleLine(QUESTION_LIMITS.name),
    email: optionalText(z.string().trim().max(QUESTION_LIMITS.email.max).regex(EMAIL).pipe(z.email())),
    phone: optionalText(Phone),
    birthYear: z.number().int().min(1900).max(2100),
    commune: singleLine({ min: 2, max: 200 }).describe('Đơn vị, xã/phường'),
    idNumber: optionalText(z.string().regex(/^\d{12}$/, 'số định danh cá nhân gồm 12 chữ số')).describe(
      'Số định danh cá nhân, for prize delivery only',
    ),
    consents: z.object({
      version: singleLine({ min: 1, max: 40 }),
      takePart: z.literal(true),
      publishResult: z.boolean(),
      prizeContact: z.boolean(),
    }),
    formToken: singleLine({ min: 1, max: 200 }),
    proofOfWork: singleLine({ max: 2000 })
      .optional()
      .describe('Base64 JSON of the solved challenge, when the form asked for one'),
    /** Honeypot: hidden from people, filled by naive bots; must stay empty. */
    website: z.string().max(0, 'trường ẩn chống thư rác, phải để trống').optional(),
  })
  .refine((input) => input.email !== undefined || input.phone !== undefined, {
    path: ['contact'],
    message: 'Cần ít nhất email hoặc số điện thoại',
  })
  .meta({ id: 'ParticipantInput' });
export type ParticipantInput = z.input<typeof ParticipantInput>;

/** Keep `participantToken` secret: it starts this participant's attempts. */
export const ParticipantReceipt = z
  .object({ participantToken: z.string(), registeredAt: IsoDateTime })
  .meta({ id: 'ParticipantReceipt' });
export type ParticipantReceipt = z.infer<typeof ParticipantReceipt>;

export const AttemptStart = z
  .object({ participantToken: singleLine({ min: 1, max: 100 }) })
  .meta({ id: 'AttemptStart' });

export const AttemptKeyParam = z.object({ key: z.string().regex(/^[\w-]{32,64}$/) });
export const AttemptAnswerParams = AttemptKeyParam.extend({
  questionId: z.coerce.number().int().min(1),
});

/** After the round closes: the key and the explanation of a question one answered. */
export const AttemptReview = z
  .object({
    correct: z.array(z.number().int()).describe('Positions in this attempt’s order of options'),
    explanation: z.string(),
    documentId: z.number().int().nullable(),
  })
  .meta({ id: 'AttemptReview' });

export const AttemptQuestion = z
  .object({
    id: z.number().int(),
    text: z.string(),
    options: z.array(z.string()).describe('In this attempt’s own order'),
    multiple: z.boolean().describe('More than one option is right'),
    choices: z.array(z.number().int()).describe('The saved answer: positions in `options`'),
    review: AttemptReview.nullable().describe('Null until the attempt is closed and the round has ended'),
  })
  .meta({ id: 'AttemptQuestion' });

export const AttemptScore = z
  .object({ correct: z.number().int(), total: z.number().int(), seconds: z.number() })
  .meta({ id: 'AttemptScore' });

/** One attempt as its participant sees it, from the key only they hold. */
export const Attempt = z
  .object({
    key: z.string().describe('Secret: keep it to resume the attempt'),
    contestId: z.number().int(),
    round: z.object({ id: z.number().int(), title: z.string(), tieBreak: z.boolean() }),
    startedAt: IsoDateTime,
    deadline: IsoDateTime,
    remainingSeconds: z.number().int().min(0).describe('By the server’s clock'),
    submittedAt: IsoDateTime.nullable(),
    autoClosed: z.boolean().describe('Closed at the deadline with what was saved'),
    questions: z.array(AttemptQuestion),
    guess: z.number().int().nullable(),
    score: AttemptScore.nullable(),
  })
  .meta({ id: 'Attempt' });
export type Attempt = z.infer<typeof Attempt>;

export const AnswerChoices = z
  .object({
    choices: z.array(OptionIndex).max(MAX_CONTEST_OPTIONS).refine(distinct, 'Phương án bị lặp'),
  })
  .meta({ id: 'AnswerChoices' });
export const SavedAnswer = z
  .object({
    questionId: z.number().int(),
    choices: z.array(z.number().int()),
    savedAt: IsoDateTime,
    remainingSeconds: z.number().int().min(0),
  })
  .meta({ id: 'SavedAnswer' });

const Guess = z.number().int().min(0).max(10_000_000);
export const GuessInput = z.object({ guess: Guess }).meta({ id: 'GuessInput' });
export const SubmitInput = z.object({ guess: Guess.optional() }).meta({ id: 'SubmitInput' });

export const ContestResultsQuery = PageQuery.extend({
  round: z.coerce.number().int().min(1).optional().describe('Default: the latest round that has started'),
});

export const ContestResultRow = z
  .object({
    rank: z.number().int(),
    name: z.string().nullable().describe('Only when the participant agreed to publish it'),
    commune: z.string().nullable().describe('Likewise'),
    correct: z.number().int(),
    total: z.number().int(),
    seconds: z.number(),
    guess: z.number().int().nullable(),
    guessDistance: z.number().int().nullable().describe('Known once the round has ended'),
  })
  .meta({ id: 'ContestResultRow' });

/** A question of a round that has ended, with its key (positions in `options` as entered). */
export const ContestKeyQuestion = AttemptReview.extend({
  id: z.number().int(),
  text: z.string(),
  options: z.array(z.string()),
  correct: z.array(z.number().int()),
}).meta({ id: 'ContestKeyQuestion' });

/** A round's ranking: correct answers, then the guess's distance, then time taken. */
export const ContestResults = z
  .object({
    contestId: z.number().int(),
    round: z.object({ id: z.number().int(), title: z.string(), state: ContestRoundState }),
    rightCount: z
      .number()
      .int()
      .nullable()
      .describe(
        'Participants who answered every question right (the guess’s target), once the round has ended',
      ),
    items: z.array(ContestResultRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    questions: z
      .array(ContestKeyQuestion)
      .nullable()
      .describe('The questions drawn in the round with key and explanation, once it has ended'),
  })
  .meta({ id: 'ContestResults' });
export type ContestResults = z.infer<typeof ContestResults>;

export const ContestResultsExportQuery = z.object({ round: z.coerce.number().int().min(1) });

export const AdminContestResultsQuery = PageQuery.extend({
  round: z.coerce.number().int().min(1).optional().describe('Default: the latest round that has started'),
});

/** A round's ranking as the organisers see it: every name, the prizes; contact data only for editors, and only with consent. */
export const AdminContestResultRow = ContestResultRow.extend({
  participantId: z.number().int(),
  name: z.string(),
  commune: z.string(),
  publishConsent: z.boolean(),
  prizeContactConsent: z.boolean(),
  flagged: z.boolean().describe('Answered faster than anyone reads: look again before a prize'),
  prize: z.string().nullable().describe('The prize awarded in this round'),
  contact: z
    .object({ phone: z.string().nullable(), email: z.string().nullable(), idNumber: z.string().nullable() })
    .nullable()
    .describe('Editors only, and only when the participant agreed to be contacted for prizes'),
}).meta({ id: 'AdminContestResultRow' });
export type AdminContestResultRow = z.infer<typeof AdminContestResultRow>;

export const AdminContestResults = z
  .object({
    contestId: z.number().int(),
    round: z.object({ id: z.number().int(), title: z.string(), state: ContestRoundState }),
    rightCount: z.number().int().nullable(),
    attempts: z.number().int().describe('Closed attempts in the round'),
    items: z.array(AdminContestResultRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'AdminContestResults' });
export type AdminContestResults = z.infer<typeof AdminContestResults>;

/** PUT /admin/contests/{id}/prizes: award a prize of the contest to a ranked participant of a round, or take it back (null). */
export const PrizeAwardInput = z
  .object({
    roundId: z.number().int().min(1),
    participantId: z.number().int().min(1),
    prize: singleLine({ min: 1, max: 100 }).nullable().describe('One of the contest’s prize names'),
  })
  .meta({ id: 'PrizeAwardInput' });
export type PrizeAwardInput = z.infer<typeof PrizeAwardInput>;
export const PrizeAward = z
  .object({ roundId: z.number().int(), participantId: z.number().int(), prize: z.string().nullable() })
  .meta({ id: 'PrizeAward' });
