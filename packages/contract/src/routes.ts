import { z } from 'zod';
import { ROUTES } from './route-table.ts';
import { Health } from './common.ts';
import {
  AdminBannerPage,
  AdminBannerQuery,
  AdminBanner,
  BannerInput,
  BannerList,
  BannerQuery,
} from './banners.ts';
import {
  AdminDocument,
  AdminDocumentPage,
  AdminDocumentQuery,
  DocumentInput,
  DocumentPage,
  DocumentQuery,
  ImportQuery,
  ImportReport,
  PublishedDocument,
  PublishInput,
  RelationList,
} from './documents.ts';
import { EventBatch, EventReceipt } from './events.ts';
import {
  AdminQuestion,
  AdminQuestionPage,
  AdminQuestionQuery,
  AnswerInput,
  AuditTrail,
  ConsentExport,
  FeaturedInput,
  Question,
  QuestionEdit,
  QuestionForm,
  QuestionInput,
  QuestionPage,
  QuestionQuery,
  QuestionReceipt,
  QuestionTracking,
  RejectInput,
  StatusParam,
} from './questions.ts';
import {
  QuestionRouting,
  QuestionRoutingInput,
  UnitAnswerRight,
  UnitAnswerRightInput,
  UnitParam,
} from './question-routing.ts';
import {
  MediaDetail,
  MediaEdit,
  MediaItem,
  MediaPage,
  MediaQuery,
  MediaRules,
  MediaUploadFields,
  MediaUploadQuery,
} from './media.ts';
import { Site } from './site.ts';
import {
  Activity,
  ActivityInput,
  AdminActivityPage,
  AdminActivityQuery,
  StatsQuery,
  StatsReport,
} from './stats.ts';
import { AdminReporterQuery, Reporter, ReporterInput, ReporterPage, ReporterQuery } from './reporters.ts';
import {
  LinkSent,
  Me,
  PasswordChangeInput,
  PasswordSetInput,
  Preferences,
  type Role,
  SignInInput,
  TokenCreated,
  TokenInput,
  TokenList,
  User,
  UserInput,
  UserInvited,
  UserPage,
  UserQuery,
} from './accounts.ts';
import { OutboxReport } from './mail.ts';
import { TransitionInput, TransitionList } from './workflow.ts';
import { contestRoutes } from './contest-routes.ts';
import { dialogueRoutes } from './dialogue-routes.ts';
import {
  AdminArticle,
  AdminArticlePage,
  AdminArticleQuery,
  Article,
  ArticleFeedQuery,
  ArticleIdParam,
  ArticleInput,
  ArticlePage,
  ArticleQuery,
  ArticleRefParam,
} from './articles.ts';
import { MyWork } from './my-work.ts';
import {
  ConflictResolution,
  Source,
  SourceConflictList,
  SourceInput,
  SourceList,
  SourceRun,
  SourceRunPage,
  SourceRunPageQuery,
  SourceRunQuery,
} from './sources.ts';
import {
  AdminVideo,
  AdminVideoPage,
  AdminVideoQuery,
  Video,
  VideoInput,
  VideoPage,
  VideoQuery,
} from './videos.ts';

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path under /api/v1, with `{param}` placeholders. */
  path: string;
  summary: string;
  tag: string;
  /** The weakest role allowed; absent for public routes. */
  role?: Role;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Media types the body may come as (default JSON only). */
  bodyTypes?: string[];
  /**
   * The body is multipart/form-data that the handler streams itself (an upload): `body`
   * describes its text fields, which the handler checks once the file has arrived.
   */
  multipart?: true;
  /** The body (of `bodyTypes`, without a schema) is read as bytes, not text: a spreadsheet. */
  binary?: true;
  /** The success status and its schema (none for 204). */
  status: 200 | 201 | 202 | 204;
  response?: z.ZodType;
}

const IdParam = z.object({ id: z.coerce.number().int().min(1) });

/** Every endpoint of the API, in one table: the server validates with it, OpenAPI is made from it. */
export const routes = {
  site: {
    ...ROUTES.site,
    summary: 'Site profile, units and links',
    tag: 'site',
    status: 200,
    response: Site,
  },
  banners: {
    ...ROUTES.banners,
    summary: 'Banners active now for a placement and unit',
    tag: 'banners',
    query: BannerQuery,
    status: 200,
    response: BannerList,
  },
  documents: {
    ...ROUTES.documents,
    summary: 'Search and browse published legal documents, with facet counts',
    tag: 'documents',
    query: DocumentQuery,
    status: 200,
    response: DocumentPage,
  },
  documentGet: {
    ...ROUTES.documentGet,
    summary:
      'One published document with its full text, attachments, materials, and the smaller copies of its images',
    tag: 'documents',
    params: IdParam,
    status: 200,
    response: PublishedDocument,
  },
  documentRelated: {
    ...ROUTES.documentRelated,
    summary: 'Relations of a document, from both sides',
    tag: 'documents',
    params: IdParam,
    status: 200,
    response: RelationList,
  },
  events: {
    ...ROUTES.events,
    summary: 'Impression, click and view beacons',
    tag: 'events',
    body: EventBatch,
    // navigator.sendBeacon sends JSON as text/plain, which needs no CORS preflight.
    bodyTypes: ['application/json', 'text/plain'],
    status: 202,
    response: EventReceipt,
  },
  signIn: {
    ...ROUTES.signIn,
    summary: 'Sign in with e-mail and password: a session cookie (HttpOnly, SameSite=Strict)',
    tag: 'auth',
    body: SignInInput,
    status: 200,
    response: Me,
  },
  signOut: {
    ...ROUTES.signOut,
    summary: 'Sign out: the session is revoked on the server',
    tag: 'auth',
    status: 204,
  },
  passwordSet: {
    ...ROUTES.passwordSet,
    summary: 'Choose a password from a one-time link (invitation or reset), and sign in',
    tag: 'auth',
    body: PasswordSetInput,
    status: 200,
    response: Me,
  },
  me: {
    ...ROUTES.me,
    summary: 'Who is signed in, or whose token this is',
    tag: 'admin',
    status: 200,
    response: Me,
  },
  mePassword: {
    ...ROUTES.mePassword,
    summary: "Change one's own password (other sessions are signed out)",
    tag: 'admin',
    body: PasswordChangeInput,
    status: 204,
  },
  mePreferences: {
    ...ROUTES.mePreferences,
    summary: "One's own e-mail preferences",
    tag: 'admin',
    body: Preferences,
    status: 200,
    response: Preferences,
  },
  adminUserList: {
    ...ROUTES.adminUserList,
    summary: "The console's accounts",
    tag: 'admin',
    query: UserQuery,
    status: 200,
    response: UserPage,
  },
  adminUserGet: {
    ...ROUTES.adminUserGet,
    summary: 'One account',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: User,
  },
  adminUserCreate: {
    ...ROUTES.adminUserCreate,
    summary: 'Invite a person: the account, and a one-time link to choose a password',
    tag: 'admin',
    body: UserInput,
    status: 201,
    response: UserInvited,
  },
  adminUserUpdate: {
    ...ROUTES.adminUserUpdate,
    summary: "Change a person's name, role, unit or e-mail, or deactivate the account",
    tag: 'admin',
    params: IdParam,
    body: UserInput,
    status: 200,
    response: User,
  },
  adminUserReset: {
    ...ROUTES.adminUserReset,
    summary: 'Send a one-time link to choose a new password (or the invitation again)',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: LinkSent,
  },
  adminTokenList: {
    ...ROUTES.adminTokenList,
    summary: 'Access tokens for automation',
    tag: 'admin',
    status: 200,
    response: TokenList,
  },
  adminTokenCreate: {
    ...ROUTES.adminTokenCreate,
    summary: 'Make an access token; its value is shown once',
    tag: 'admin',
    body: TokenInput,
    status: 201,
    response: TokenCreated,
  },
  adminTokenRevoke: {
    ...ROUTES.adminTokenRevoke,
    summary: 'Revoke an access token',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminMyWork: {
    ...ROUTES.adminMyWork,
    summary: '“Việc của tôi”: own drafts and returned items, questions awaiting the unit, the review queue',
    tag: 'admin',
    status: 200,
    response: MyWork,
  },
  adminMailList: {
    ...ROUTES.adminMailList,
    summary: 'E-mails not sent yet: waiting for a retry, or given up',
    tag: 'admin',
    status: 200,
    response: OutboxReport,
  },
  adminMailRetry: {
    ...ROUTES.adminMailRetry,
    summary: 'Send a given-up e-mail again',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminBannerList: {
    ...ROUTES.adminBannerList,
    summary: 'All banners, scheduled and inactive ones included',
    tag: 'admin',
    query: AdminBannerQuery,
    status: 200,
    response: AdminBannerPage,
  },
  adminBannerGet: {
    ...ROUTES.adminBannerGet,
    summary: 'One banner',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: AdminBanner,
  },
  adminBannerCreate: {
    ...ROUTES.adminBannerCreate,
    summary: 'Create a banner',
    tag: 'admin',
    body: BannerInput,
    status: 201,
    response: AdminBanner,
  },
  adminBannerUpdate: {
    ...ROUTES.adminBannerUpdate,
    summary: 'Replace a banner',
    tag: 'admin',
    params: IdParam,
    body: BannerInput,
    status: 200,
    response: AdminBanner,
  },
  adminBannerDelete: {
    ...ROUTES.adminBannerDelete,
    summary: 'Delete a banner',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminBannerTransition: {
    ...ROUTES.adminBannerTransition,
    summary:
      'Move a banner along the workflow: submit (its unit), return with a comment, publish, unpublish (editors)',
    tag: 'admin',
    params: IdParam,
    body: TransitionInput,
    status: 200,
    response: AdminBanner,
  },
  adminBannerHistory: {
    ...ROUTES.adminBannerHistory,
    summary: "A banner's workflow: who moved it, when, from which state to which, and the comment",
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: TransitionList,
  },
  adminDocumentList: {
    ...ROUTES.adminDocumentList,
    summary: 'All documents, unpublished ones included',
    tag: 'admin',
    query: AdminDocumentQuery,
    status: 200,
    response: AdminDocumentPage,
  },
  adminDocumentGet: {
    ...ROUTES.adminDocumentGet,
    summary: 'One document as editors edit it',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: AdminDocument,
  },
  adminDocumentCreate: {
    ...ROUTES.adminDocumentCreate,
    summary: 'Create a document',
    tag: 'admin',
    body: DocumentInput,
    status: 201,
    response: AdminDocument,
  },
  adminDocumentUpdate: {
    ...ROUTES.adminDocumentUpdate,
    summary: 'Replace a document',
    tag: 'admin',
    params: IdParam,
    body: DocumentInput,
    status: 200,
    response: AdminDocument,
  },
  adminDocumentPublish: {
    ...ROUTES.adminDocumentPublish,
    summary: 'Publish or unpublish a document',
    tag: 'admin',
    params: IdParam,
    body: PublishInput,
    status: 200,
    response: AdminDocument,
  },
  adminDocumentDelete: {
    ...ROUTES.adminDocumentDelete,
    summary: 'Delete a document',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminDocumentTransition: {
    ...ROUTES.adminDocumentTransition,
    summary:
      'Move a document along the workflow: submit (its unit), return with a comment, publish, unpublish (editors)',
    tag: 'admin',
    params: IdParam,
    body: TransitionInput,
    status: 200,
    response: AdminDocument,
  },
  adminDocumentHistory: {
    ...ROUTES.adminDocumentHistory,
    summary: "A document's workflow: who moved it, when, from which state to which, and the comment",
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: TransitionList,
  },
  adminDocumentImport: {
    ...ROUTES.adminDocumentImport,
    summary: 'Import documents from NDJSON, one DocumentInput per line, all or nothing',
    tag: 'admin',
    query: ImportQuery,
    bodyTypes: ['application/x-ndjson'],
    status: 200,
    response: ImportReport,
  },
  adminSourceList: {
    ...ROUTES.adminSourceList,
    summary: 'Synchronised sources (national legal database, other instances)',
    tag: 'admin',
    status: 200,
    response: SourceList,
  },
  adminSourceGet: {
    ...ROUTES.adminSourceGet,
    summary: 'One source',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: Source,
  },
  adminSourceCreate: {
    ...ROUTES.adminSourceCreate,
    summary: 'Add a source (201, Location)',
    tag: 'admin',
    body: SourceInput,
    status: 201,
    response: Source,
  },
  adminSourceUpdate: {
    ...ROUTES.adminSourceUpdate,
    summary: 'Replace a source (If-Match)',
    tag: 'admin',
    params: IdParam,
    body: SourceInput,
    status: 200,
    response: Source,
  },
  adminSourceDelete: {
    ...ROUTES.adminSourceDelete,
    summary: 'Delete a source and its runs; the documents it brought stay',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminSourceRun: {
    ...ROUTES.adminSourceRun,
    summary: 'Run a source now ("Chạy ngay"); dryRun=1 reports what would change and writes nothing',
    tag: 'admin',
    params: IdParam,
    query: SourceRunQuery,
    status: 200,
    response: SourceRun,
  },
  adminSourceRuns: {
    ...ROUTES.adminSourceRuns,
    summary: "A source's runs, newest first, with their logs",
    tag: 'admin',
    params: IdParam,
    query: SourceRunPageQuery,
    status: 200,
    response: SourceRunPage,
  },
  adminSourceConflicts: {
    ...ROUTES.adminSourceConflicts,
    summary: 'Upstream changes not applied because an editor changed the document since the last sync',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: SourceConflictList,
  },
  adminSourceResolve: {
    ...ROUTES.adminSourceResolve,
    summary: 'Settle a conflict: keep the local document, or let the next run apply the upstream version',
    tag: 'admin',
    params: IdParam,
    body: ConflictResolution,
    status: 204,
  },
  questions: {
    ...ROUTES.questions,
    summary: 'Answered and published questions: search, filter by field and unit',
    tag: 'questions',
    query: QuestionQuery,
    status: 200,
    response: QuestionPage,
  },
  questionForm: {
    ...ROUTES.questionForm,
    summary: 'Consent texts, a form token and, under a high rate, a proof-of-work challenge',
    tag: 'questions',
    status: 200,
    response: QuestionForm,
  },
  questionStatus: {
    ...ROUTES.questionStatus,
    summary: 'The state of a question by its tracking code, with the answer once published',
    tag: 'questions',
    params: StatusParam,
    status: 200,
    response: QuestionTracking,
  },
  questionGet: {
    ...ROUTES.questionGet,
    summary: 'One published question with its answer',
    tag: 'questions',
    params: IdParam,
    status: 200,
    response: Question,
  },
  questionCreate: {
    ...ROUTES.questionCreate,
    summary: 'Ask a question (send an Idempotency-Key header); answers a tracking code',
    tag: 'questions',
    body: QuestionInput,
    status: 201,
    response: QuestionReceipt,
  },
  adminQuestionList: {
    ...ROUTES.adminQuestionList,
    summary: 'The questions queue, with counts per status',
    tag: 'admin',
    query: AdminQuestionQuery,
    status: 200,
    response: AdminQuestionPage,
  },
  adminQuestionGet: {
    ...ROUTES.adminQuestionGet,
    summary: "One question with the sender's contact details",
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: AdminQuestion,
  },
  adminQuestionEdit: {
    ...ROUTES.adminQuestionEdit,
    summary: 'Correct the title or text, or assign another field or unit',
    tag: 'admin',
    params: IdParam,
    body: QuestionEdit,
    status: 200,
    response: AdminQuestion,
  },
  adminQuestionAnswer: {
    ...ROUTES.adminQuestionAnswer,
    summary: 'Answer a question or revise its answer',
    tag: 'admin',
    params: IdParam,
    body: AnswerInput,
    status: 200,
    response: AdminQuestion,
  },
  adminQuestionPublish: {
    ...ROUTES.adminQuestionPublish,
    summary:
      "Publish or unpublish an answered question (editors; a unit's contributors where the unit publishes its own answers)",
    tag: 'admin',
    params: IdParam,
    body: PublishInput,
    status: 200,
    response: AdminQuestion,
  },
  adminQuestionFeature: {
    ...ROUTES.adminQuestionFeature,
    summary: 'Mark a question as "được quan tâm" or not',
    tag: 'admin',
    params: IdParam,
    body: FeaturedInput,
    status: 200,
    response: AdminQuestion,
  },
  adminQuestionReject: {
    ...ROUTES.adminQuestionReject,
    summary: 'Reject a question with a reason the sender sees by tracking code',
    tag: 'admin',
    params: IdParam,
    body: RejectInput,
    status: 200,
    response: AdminQuestion,
  },
  adminQuestionAudit: {
    ...ROUTES.adminQuestionAudit,
    summary: 'Who did what to a question, and when',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: AuditTrail,
  },
  adminQuestionConsents: {
    ...ROUTES.adminQuestionConsents,
    summary: 'Export the consent records of a question (proof of consent)',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: ConsentExport,
  },
  adminQuestionDelete: {
    ...ROUTES.adminQuestionDelete,
    summary: 'Delete a question and its personal data',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminQuestionRouting: {
    ...ROUTES.adminQuestionRouting,
    summary: 'Where new questions go by field, and which units publish their own answers',
    tag: 'admin',
    status: 200,
    response: QuestionRouting,
  },
  adminQuestionRoutingUpdate: {
    ...ROUTES.adminQuestionRoutingUpdate,
    summary: 'Replace the routing table (field → unit) for questions not asked on a unit’s site',
    tag: 'admin',
    body: QuestionRoutingInput,
    status: 200,
    response: QuestionRouting,
  },
  adminUnitAnswerRight: {
    ...ROUTES.adminUnitAnswerRight,
    summary: "Let a unit's contributors publish their own answers, or send them to an editor",
    tag: 'admin',
    params: UnitParam,
    body: UnitAnswerRightInput,
    status: 200,
    response: UnitAnswerRight,
  },
  videos: {
    ...ROUTES.videos,
    summary: 'Published legal videos: search, filter by category, field and unit',
    tag: 'videos',
    query: VideoQuery,
    status: 200,
    response: VideoPage,
  },
  videoGet: {
    ...ROUTES.videoGet,
    summary: 'One published video with its transcript',
    tag: 'videos',
    params: IdParam,
    status: 200,
    response: Video,
  },
  adminVideoList: {
    ...ROUTES.adminVideoList,
    summary: 'All videos, unpublished ones included',
    tag: 'admin',
    query: AdminVideoQuery,
    status: 200,
    response: AdminVideoPage,
  },
  adminVideoGet: {
    ...ROUTES.adminVideoGet,
    summary: 'One video as editors edit it',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: AdminVideo,
  },
  adminVideoCreate: {
    ...ROUTES.adminVideoCreate,
    summary: 'Create a video',
    tag: 'admin',
    body: VideoInput,
    status: 201,
    response: AdminVideo,
  },
  adminVideoUpdate: {
    ...ROUTES.adminVideoUpdate,
    summary: 'Replace a video',
    tag: 'admin',
    params: IdParam,
    body: VideoInput,
    status: 200,
    response: AdminVideo,
  },
  adminVideoDelete: {
    ...ROUTES.adminVideoDelete,
    summary: 'Delete a video',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminVideoTransition: {
    ...ROUTES.adminVideoTransition,
    summary:
      'Move a video along the workflow: submit (its unit), return with a comment, publish, unpublish (editors)',
    tag: 'admin',
    params: IdParam,
    body: TransitionInput,
    status: 200,
    response: AdminVideo,
  },
  adminVideoHistory: {
    ...ROUTES.adminVideoHistory,
    summary: "A video's workflow: who moved it, when, from which state to which, and the comment",
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: TransitionList,
  },
  adminMediaList: {
    ...ROUTES.adminMediaList,
    summary:
      "The media library: search by name, kind, unit and uploader (a unit's person: their unit's and the shared files)",
    tag: 'media',
    query: MediaQuery,
    status: 200,
    response: MediaPage,
  },
  adminMediaRules: {
    ...ROUTES.adminMediaRules,
    summary: 'The file types and largest size each kind of file accepts',
    tag: 'media',
    status: 200,
    response: MediaRules,
  },
  adminMediaUpload: {
    ...ROUTES.adminMediaUpload,
    summary:
      'Upload one file (multipart/form-data: a `file` part and optional text fields); its type is read from its bytes',
    tag: 'media',
    query: MediaUploadQuery,
    body: MediaUploadFields,
    bodyTypes: ['multipart/form-data'],
    multipart: true,
    status: 201,
    response: MediaItem,
  },
  adminMediaGet: {
    ...ROUTES.adminMediaGet,
    summary: 'One file of the library, with the items that use it',
    tag: 'media',
    params: IdParam,
    status: 200,
    response: MediaDetail,
  },
  adminMediaUpdate: {
    ...ROUTES.adminMediaUpdate,
    summary: 'Change the title, text alternative, caption or unit of a file',
    tag: 'media',
    params: IdParam,
    body: MediaEdit,
    status: 200,
    response: MediaDetail,
  },
  adminMediaDelete: {
    ...ROUTES.adminMediaDelete,
    summary: "Delete a file no item uses (409 with the items otherwise); a unit's person: their unit's only",
    tag: 'media',
    params: IdParam,
    status: 204,
  },
  stats: {
    ...ROUTES.stats,
    summary: 'PBGDPL statistics for a period and unit: KPIs against the previous period, series, breakdowns',
    tag: 'stats',
    query: StatsQuery,
    status: 200,
    response: StatsReport,
  },
  reporters: {
    ...ROUTES.reporters,
    summary: 'Legal reporters and propagandists in office: search by name, unit, role, field',
    tag: 'stats',
    query: ReporterQuery,
    status: 200,
    response: ReporterPage,
  },
  adminActivityList: {
    ...ROUTES.adminActivityList,
    summary: 'Monthly PBGDPL activity reports of the units',
    tag: 'admin',
    query: AdminActivityQuery,
    status: 200,
    response: AdminActivityPage,
  },
  adminActivityGet: {
    ...ROUTES.adminActivityGet,
    summary: 'One monthly activity report',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: Activity,
  },
  adminActivityCreate: {
    ...ROUTES.adminActivityCreate,
    summary: 'Enter a unit’s activity report for a month (one per unit and month)',
    tag: 'admin',
    body: ActivityInput,
    status: 201,
    response: Activity,
  },
  adminActivityUpdate: {
    ...ROUTES.adminActivityUpdate,
    summary: 'Correct an activity report',
    tag: 'admin',
    params: IdParam,
    body: ActivityInput,
    status: 200,
    response: Activity,
  },
  adminActivityDelete: {
    ...ROUTES.adminActivityDelete,
    summary: 'Delete an activity report',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminActivityTransition: {
    ...ROUTES.adminActivityTransition,
    summary:
      'Move a report along the workflow: submit (its unit), return with a comment, publish, unpublish (editors)',
    tag: 'admin',
    params: IdParam,
    body: TransitionInput,
    status: 200,
    response: Activity,
  },
  adminActivityHistory: {
    ...ROUTES.adminActivityHistory,
    summary: "A report's workflow: who moved it, when, from which state to which, and the comment",
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: TransitionList,
  },
  adminReporterList: {
    ...ROUTES.adminReporterList,
    summary: 'All legal reporters and propagandists, past terms included',
    tag: 'admin',
    query: AdminReporterQuery,
    status: 200,
    response: ReporterPage,
  },
  adminReporterGet: {
    ...ROUTES.adminReporterGet,
    summary: 'One legal reporter or propagandist',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: Reporter,
  },
  adminReporterCreate: {
    ...ROUTES.adminReporterCreate,
    summary: 'Add a legal reporter or propagandist',
    tag: 'admin',
    body: ReporterInput,
    status: 201,
    response: Reporter,
  },
  adminReporterUpdate: {
    ...ROUTES.adminReporterUpdate,
    summary: 'Replace a legal reporter or propagandist',
    tag: 'admin',
    params: IdParam,
    body: ReporterInput,
    status: 200,
    response: Reporter,
  },
  adminReporterDelete: {
    ...ROUTES.adminReporterDelete,
    summary: 'Remove a legal reporter or propagandist',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  ...contestRoutes,
  ...dialogueRoutes,
  articles: {
    ...ROUTES.articles,
    summary:
      'Published articles: search, filter by category, unit, field, audience and year, with facet counts',
    tag: 'articles',
    query: ArticleQuery,
    status: 200,
    response: ArticlePage,
  },
  articleGet: {
    ...ROUTES.articleGet,
    summary: 'One published article by id or slug: body, attachments, related documents, previous and next',
    tag: 'articles',
    params: ArticleRefParam,
    status: 200,
    response: Article,
  },
  adminArticleList: {
    ...ROUTES.adminArticleList,
    summary: 'All articles in every state',
    tag: 'admin',
    query: AdminArticleQuery,
    status: 200,
    response: AdminArticlePage,
  },
  adminArticleGet: {
    ...ROUTES.adminArticleGet,
    summary: 'One article as editors edit it',
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: AdminArticle,
  },
  adminArticleCreate: {
    ...ROUTES.adminArticleCreate,
    summary: 'Write an article (a unit’s person: a draft of their own unit)',
    tag: 'admin',
    body: ArticleInput,
    status: 201,
    response: AdminArticle,
  },
  adminArticleUpdate: {
    ...ROUTES.adminArticleUpdate,
    summary: 'Replace an article',
    tag: 'admin',
    params: IdParam,
    body: ArticleInput,
    status: 200,
    response: AdminArticle,
  },
  adminArticleDelete: {
    ...ROUTES.adminArticleDelete,
    summary: 'Delete an article',
    tag: 'admin',
    params: IdParam,
    status: 204,
  },
  adminArticleTransition: {
    ...ROUTES.adminArticleTransition,
    summary:
      'Move an article along the workflow: submit (its unit), return with a comment, publish, unpublish (editors)',
    tag: 'admin',
    params: IdParam,
    body: TransitionInput,
    status: 200,
    response: AdminArticle,
  },
  adminArticleHistory: {
    ...ROUTES.adminArticleHistory,
    summary: "An article's workflow: who moved it, when, from which state to which, and the comment",
    tag: 'admin',
    params: IdParam,
    status: 200,
    response: TransitionList,
  },
  adminArticleImport: {
    ...ROUTES.adminArticleImport,
    summary:
      'Import articles from NDJSON, one ArticleInput per line, all or nothing; imported articles are published',
    tag: 'admin',
    query: ImportQuery,
    bodyTypes: ['application/x-ndjson'],
    status: 200,
    response: ImportReport,
  },
} satisfies Record<string, RouteSpec>;

type InputOf<S, K extends string> = S extends { [P in K]: infer T extends z.ZodType }
  ? z.input<T>
  : undefined;

/** Each route's path parameters, query, body and response, as a client sends and receives them. */
export type RouteTypes = {
  [K in keyof typeof routes]: {
    params: InputOf<(typeof routes)[K], 'params'>;
    query: InputOf<(typeof routes)[K], 'query'>;
    body: InputOf<(typeof routes)[K], 'body'>;
    response: (typeof routes)[K] extends { response: infer R extends z.ZodType } ? z.output<R> : undefined;
  };
};

/** Not JSON: served beside the table, listed for the OpenAPI document. */
export const feedRoute = { ...ROUTES.documentFeed, summary: 'Atom feed of the newest documents' };
export const exportRoute = {
  ...ROUTES.documentExport,
  summary: 'Every published document as NDJSON, one DocumentInput per line (the import format)',
};
export const lineSchemaRoute = {
  ...ROUTES.documentLineSchema,
  summary: 'JSON Schema (2020-12) of one line of the NDJSON export',
};

/** The articles' answers that are not JSON: served beside the table, listed for the OpenAPI document. */
export const articleFeedRoute = {
  ...ROUTES.articleFeed,
  summary: 'Atom feed of the newest published articles, of one category or unit if asked',
  query: ArticleFeedQuery,
};
export const articleExportRoute = {
  ...ROUTES.articleExport,
  summary: 'Every published article as NDJSON, one ArticleInput per line (the import format)',
};
export const articleLineSchemaRoute = {
  ...ROUTES.articleLineSchema,
  summary: 'JSON Schema (2020-12) of one line of the articles’ NDJSON export',
};

/** Questions and videos for other portals: published items only, beside the table. */
export const questionFeedRoute = {
  ...ROUTES.questionFeed,
  summary: 'Atom feed of the newest published answers',
};
export const questionExportRoute = {
  ...ROUTES.questionExport,
  summary: 'Every published question with its answer as NDJSON, one Question per line (no contact details)',
};
export const questionLineSchemaRoute = {
  ...ROUTES.questionLineSchema,
  summary: 'JSON Schema (2020-12) of one line of the questions’ NDJSON export',
};
export const videoFeedRoute = { ...ROUTES.videoFeed, summary: 'Atom feed of the newest published videos' };
export const videoExportRoute = {
  ...ROUTES.videoExport,
  summary: 'Every published video as NDJSON, one VideoInput per line (the admin write format)',
};
export const videoLineSchemaRoute = {
  ...ROUTES.videoLineSchema,
  summary: 'JSON Schema (2020-12) of one line of the videos’ NDJSON export',
};

export const articleCalendarRoute = {
  ...ROUTES.articleCalendar,
  summary: 'The event of an announcement (thong-bao-giay-moi) as an iCalendar file',
  params: ArticleIdParam,
};

/** Outside /api/v1, listed for the OpenAPI document. */
export const healthRoute = { path: '/healthz', response: Health };
