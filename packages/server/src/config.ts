import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MediaKind } from '@pbgdpl/contract';
import { z } from 'zod';
import { vi } from 'zod/locales';
import { DaysOff } from './questions/days-off.ts';
import type { AnswerTime } from './questions/due-date.ts';

/** The workspace root (three levels above this file), so defaults work from any working directory. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverRoot = fileURLToPath(new URL('../', import.meta.url));

export interface Config {
  port: number;
  host: string;
  /** SQLite: an absolute file path or `:memory:`. PostgreSQL: a connection URL and pool size per node. */
  database: { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string; poolSize: number };
  /** A bearer token with the admin role that lives only in the environment (bootstrap, emergencies). */
  adminToken: string | null;
  /** The first administrator, created on a start that finds no account (then the variables can go). */
  firstAdmin: { email: string; password: string } | null;
  /** Console sign-in: how long a session lives, idle and at most; when an account is locked. */
  accounts: {
    sessionIdleMinutes: number;
    sessionHours: number;
    /** Failed sign-ins per account (then locked) and per address, in a window of `lockMinutes`. */
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    lockMinutes: number;
  };
  /** The address people reach the console and the portal at, for links in e-mails; null: the request's. */
  publicUrl: string | null;
  /**
   * Outgoing e-mail through one SMTP server; null: none is sent (one-time links are shown to the
   * administrator instead). Failed sends wait `retrySeconds`, then twice as long each time.
   */
  mail: { smtpUrl: string; from: string; pollSeconds: number; retrySeconds: number } | null;
  /** A page carrying <pbgdpl-qa-box> (default prefix): e-mails to citizens link their question there. */
  qaPageUrl: string | null;
  /** Origins allowed to send writes (admin, JSON beacons) from a browser, besides our own. */
  corsOrigins: string[];
  eventsPerMinute: number;
  /** Take the client address from X-Forwarded-For (only behind our own reverse proxy). */
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** The NDJSON document import may be much larger than any other body. */
  importLimitBytes: number;
  /** Anti-spam for the Q&A form: posts per client per hour, and after how many a proof of work is asked. */
  questions: {
    perHour: number;
    challengeAfter: number;
    minFillSeconds: number;
    /** Signs form tokens and challenges; null: a random secret kept in the database. */
    formSecret: string | null;
    /** Working days (and days off) to answer before a question is flagged overdue in the queue. */
    answerTime: AnswerTime;
    /** How often a node looks for questions that became overdue, to tell their staff by e-mail. */
    overdueCheckSeconds: number;
  };
  /**
   * Load the Tây Ninh demo content (documents, questions, videos, banners, activities, reporters)
   * into a database that has no content yet. The province's units and site settings are
   * seeded into an empty database either way.
   */
  demoContent: boolean;
  /** Bytes of public answers each node keeps ready (PBGDPL_CACHE_MB); 0 turns the cache off. */
  cacheBytes: number;
  streams: StreamsConfig;
  media: MediaConfig;
  sources: SourcesConfig;
  /** The demo's files (`demo-content/media`) are also served as they are, for the demo pages. */
  paths: { embed: string; demo: string; demoMedia: string };
  version: string;
}

/**
 * Where the media library keeps files, and how large each kind may be. `disk`: under `dir`
 * (one machine, or a volume every node shares). `database`: in PostgreSQL, so every node serves
 * every file. Uploads are received into `dir/.incoming` either way.
 */
export interface MediaConfig {
  storage: 'disk' | 'database';
  dir: string;
  maxBytes: Record<MediaKind, number>;
}

/**
 * How the server fetches synchronised sources (src/sources/fetcher.ts). `allowLoopback` lets a
 * source live on 127.0.0.0/8 or ::1: for tests and a developer's machine only, never in
 * production, where a source URL must not reach the server's own services.
 */
export interface SourcesConfig {
  allowLoopback: boolean;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  /** How often each node looks for sources due on their schedule. */
  pollSeconds: number;
}

/**
 * The live streams of dialogue sessions (routes/dialogue-stream.ts): how often each node reads
 * the change table, how often an idle stream gets a heartbeat (below any proxy's idle timeout),
 * how many streams one node holds open, and how long changes are kept for `Last-Event-ID`.
 */
export interface StreamsConfig {
  pollMs: number;
  heartbeatSeconds: number;
  maxPerNode: number;
  keepHours: number;
}

export class ConfigError extends Error {}

/** Unset and empty variables both mean "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const Origin = z.string().refine((value) => URL.canParse(value) && new URL(value).origin === value, {
  message: 'phải là một origin, ví dụ https://sotuphap.tayninh.gov.vn (không có dấu / ở cuối)',
});

const Env = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535).default(8080)),
  HOST: optional(z.string().default('127.0.0.1')),
  DATABASE_URL: optional(z.string().default('file:./data/pbgdpl.sqlite')),
  PBGDPL_ADMIN_TOKEN: optional(z.string().min(24).optional()),
  PBGDPL_ADMIN_EMAIL: optional(z.email().optional()),
  PBGDPL_ADMIN_PASSWORD: optional(z.string().min(10).optional()),
  PBGDPL_SESSION_IDLE_MINUTES: optional(
    z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(120),
  ),
  PBGDPL_SESSION_HOURS: optional(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
  ),
  PBGDPL_SIGNIN_MAX_FAILURES: optional(z.coerce.number().int().min(1).max(100).default(5)),
  PBGDPL_SIGNIN_LOCK_MINUTES: optional(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
  ),
  PBGDPL_PUBLIC_URL: optional(Origin.optional()),
  PBGDPL_SMTP_URL: optional(
    z
      .string()
      .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), {
        message: 'cần dạng smtp://người-dùng:mật-khẩu@máy:587 hoặc smtps://…:465',
      })
      .optional(),
  ),
  PBGDPL_MAIL_FROM: optional(z.string().min(3).optional()),
  PBGDPL_MAIL_POLL_SECONDS: optional(z.coerce.number().int().min(1).max(3600).default(5)),
  PBGDPL_MAIL_RETRY_SECONDS: optional(z.coerce.number().int().min(1).max(3600).default(30)),
  PBGDPL_QA_PAGE_URL: optional(z.url({ protocol: /^https?$/ }).optional()),
  PBGDPL_CORS_ORIGINS: optional(
    z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(Origin)),
  ),
  PBGDPL_EVENTS_PER_MINUTE: optional(z.coerce.number().int().min(1).max(1_000_000).default(120)),
  PBGDPL_TRUST_PROXY: optional(z.enum(['0', '1']).default('0')),
  PBGDPL_IMPORT_LIMIT_MB: optional(z.coerce.number().int().min(1).max(1024).default(50)),
  PBGDPL_QUESTIONS_PER_HOUR: optional(z.coerce.number().int().min(1).max(100_000).default(5)),
  PBGDPL_QUESTION_CHALLENGE_AFTER: optional(z.coerce.number().int().min(0).max(100_000).default(2)),
  PBGDPL_QUESTION_MIN_FILL_SECONDS: optional(z.coerce.number().int().min(0).max(3600).default(5)),
  PBGDPL_FORM_SECRET: optional(z.string().min(32).optional()),
  PBGDPL_QUESTION_DUE_WORKING_DAYS: optional(z.coerce.number().int().min(1).max(90).default(10)),
  PBGDPL_DAYS_OFF: optional(DaysOff),
  PBGDPL_OVERDUE_CHECK_SECONDS: optional(z.coerce.number().int().min(1).max(86_400).default(600)),
  PBGDPL_MEDIA_STORAGE: optional(z.enum(['disk', 'database']).optional()),
  PBGDPL_MEDIA_DIR: optional(z.string().default('data/media')),
  PBGDPL_MEDIA_IMAGE_MB: optional(z.coerce.number().int().min(1).max(1024).default(10)),
  PBGDPL_MEDIA_DOCUMENT_MB: optional(z.coerce.number().int().min(1).max(1024).default(50)),
  PBGDPL_MEDIA_VIDEO_MB: optional(z.coerce.number().int().min(1).max(10_240).default(1024)),
  PBGDPL_MEDIA_AUDIO_MB: optional(z.coerce.number().int().min(1).max(10_240).default(200)),
  PBGDPL_MEDIA_CAPTION_MB: optional(z.coerce.number().int().min(1).max(100).default(2)),
  PBGDPL_SOURCES_ALLOW_LOOPBACK: optional(z.enum(['on', 'off']).default('off')),
  PBGDPL_SOURCES_CONNECT_SECONDS: optional(z.coerce.number().int().min(1).max(120).default(10)),
  PBGDPL_SOURCES_TIMEOUT_SECONDS: optional(z.coerce.number().int().min(1).max(3600).default(120)),
  PBGDPL_SOURCES_MAX_MB: optional(z.coerce.number().int().min(1).max(1024).default(20)),
  PBGDPL_SOURCES_POLL_SECONDS: optional(z.coerce.number().int().min(5).max(3600).default(60)),
  PBGDPL_DB_POOL_SIZE: optional(z.coerce.number().int().min(1).max(200).default(10)),
  PBGDPL_CACHE_MB: optional(z.coerce.number().int().min(0).max(16_384).default(64)),
  PBGDPL_STREAM_POLL_MS: optional(z.coerce.number().int().min(50).max(60_000).default(500)),
  PBGDPL_STREAM_HEARTBEAT_SECONDS: optional(z.coerce.number().int().min(1).max(3600).default(15)),
  PBGDPL_STREAM_MAX: optional(z.coerce.number().int().min(1).max(1_000_000).default(5000)),
  PBGDPL_STREAM_KEEP_HOURS: optional(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(48),
  ),
  // Off unless asked: a production start never fills a real database with invented content.
  PBGDPL_DEMO_CONTENT: optional(z.enum(['on', 'off']).default('off')),
});

const isPostgresUrl = (url: string) => /^postgres(ql)?:/.test(url);

function postgresUrl(url: string): string {
  if (!URL.canParse(url) || !new URL(url).pathname.slice(1)) {
    throw new ConfigError('DATABASE_URL: cần dạng postgres://người-dùng:mật-khẩu@máy:5432/tên-csdl');
  }
  return url;
}

const MB = 1024 * 1024;

function mediaConfig(e: z.output<typeof Env>, dialect: Config['database']['dialect']): MediaConfig {
  // Files in the database by default on PostgreSQL: nodes need no shared disk.
  const storage = e.PBGDPL_MEDIA_STORAGE ?? (dialect === 'postgres' ? 'database' : 'disk');
  if (storage === 'database' && dialect !== 'postgres')
    throw new ConfigError('PBGDPL_MEDIA_STORAGE=database cần DATABASE_URL PostgreSQL (needs PostgreSQL)');
  return {
    storage,
    dir: isAbsolute(e.PBGDPL_MEDIA_DIR) ? e.PBGDPL_MEDIA_DIR : resolve(repoRoot, e.PBGDPL_MEDIA_DIR),
    maxBytes: {
      image: e.PBGDPL_MEDIA_IMAGE_MB * MB,
      document: e.PBGDPL_MEDIA_DOCUMENT_MB * MB,
      video: e.PBGDPL_MEDIA_VIDEO_MB * MB,
      audio: e.PBGDPL_MEDIA_AUDIO_MB * MB,
      caption: e.PBGDPL_MEDIA_CAPTION_MB * MB,
    },
  };
}

/** `file:relative/or/absolute`, a plain path or `:memory:`; relative paths start at the repo root. */
function databasePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  const path = url.startsWith('file:') ? url.slice('file:'.length) : url;
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}

function packageVersion(): string {
  const json = JSON.parse(readFileSync(resolve(serverRoot, 'package.json'), 'utf8')) as { version: string };
  return json.version;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env, { error: vi().localeError });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database: Config['database'] = isPostgresUrl(e.DATABASE_URL)
    ? { dialect: 'postgres', url: postgresUrl(e.DATABASE_URL), poolSize: e.PBGDPL_DB_POOL_SIZE }
    : { dialect: 'sqlite', path: databasePath(e.DATABASE_URL) };
  if (Boolean(e.PBGDPL_ADMIN_EMAIL) !== Boolean(e.PBGDPL_ADMIN_PASSWORD))
    throw new ConfigError(
      'PBGDPL_ADMIN_EMAIL và PBGDPL_ADMIN_PASSWORD phải có cùng nhau (set both or neither).',
    );
  if (Boolean(e.PBGDPL_SMTP_URL) !== Boolean(e.PBGDPL_MAIL_FROM))
    throw new ConfigError('PBGDPL_SMTP_URL và PBGDPL_MAIL_FROM phải có cùng nhau (set both or neither).');
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    adminToken: e.PBGDPL_ADMIN_TOKEN ?? null,
    firstAdmin:
      e.PBGDPL_ADMIN_EMAIL && e.PBGDPL_ADMIN_PASSWORD
        ? { email: e.PBGDPL_ADMIN_EMAIL.toLowerCase(), password: e.PBGDPL_ADMIN_PASSWORD }
        : null,
    accounts: {
      sessionIdleMinutes: e.PBGDPL_SESSION_IDLE_MINUTES,
      sessionHours: e.PBGDPL_SESSION_HOURS,
      maxFailuresPerAccount: e.PBGDPL_SIGNIN_MAX_FAILURES,
      // One office's people share an address: a few times one person's allowance before it stops.
      maxFailuresPerAddress: e.PBGDPL_SIGNIN_MAX_FAILURES * 6,
      lockMinutes: e.PBGDPL_SIGNIN_LOCK_MINUTES,
    },
    publicUrl: e.PBGDPL_PUBLIC_URL ?? null,
    mail:
      e.PBGDPL_SMTP_URL && e.PBGDPL_MAIL_FROM
        ? {
            smtpUrl: e.PBGDPL_SMTP_URL,
            from: e.PBGDPL_MAIL_FROM,
            pollSeconds: e.PBGDPL_MAIL_POLL_SECONDS,
            retrySeconds: e.PBGDPL_MAIL_RETRY_SECONDS,
          }
        : null,
    qaPageUrl: e.PBGDPL_QA_PAGE_URL ?? null,
    corsOrigins: e.PBGDPL_CORS_ORIGINS,
    eventsPerMinute: e.PBGDPL_EVENTS_PER_MINUTE,
    trustProxy: e.PBGDPL_TRUST_PROXY === '1',
    bodyLimitBytes: 64 * 1024,
    importLimitBytes: e.PBGDPL_IMPORT_LIMIT_MB * 1024 * 1024,
    questions: {
      perHour: e.PBGDPL_QUESTIONS_PER_HOUR,
      challengeAfter: e.PBGDPL_QUESTION_CHALLENGE_AFTER,
      minFillSeconds: e.PBGDPL_QUESTION_MIN_FILL_SECONDS,
      formSecret: e.PBGDPL_FORM_SECRET ?? null,
      answerTime: { workingDays: e.PBGDPL_QUESTION_DUE_WORKING_DAYS, daysOff: e.PBGDPL_DAYS_OFF },
      overdueCheckSeconds: e.PBGDPL_OVERDUE_CHECK_SECONDS,
    },
    demoContent: e.PBGDPL_DEMO_CONTENT === 'on',
    cacheBytes: e.PBGDPL_CACHE_MB * 1024 * 1024,
    streams: {
      pollMs: e.PBGDPL_STREAM_POLL_MS,
      heartbeatSeconds: e.PBGDPL_STREAM_HEARTBEAT_SECONDS,
      maxPerNode: e.PBGDPL_STREAM_MAX,
      keepHours: e.PBGDPL_STREAM_KEEP_HOURS,
    },
    media: mediaConfig(e, database.dialect),
    sources: {
      allowLoopback: e.PBGDPL_SOURCES_ALLOW_LOOPBACK === 'on',
      connectTimeoutMs: e.PBGDPL_SOURCES_CONNECT_SECONDS * 1000,
      totalTimeoutMs: e.PBGDPL_SOURCES_TIMEOUT_SECONDS * 1000,
      maxBytes: e.PBGDPL_SOURCES_MAX_MB * MB,
      pollSeconds: e.PBGDPL_SOURCES_POLL_SECONDS,
    },
    paths: {
      embed: resolve(repoRoot, 'dist/embed'),
      demo: resolve(repoRoot, 'demo'),
      demoMedia: resolve(repoRoot, 'demo-content/media'),
    },
    version: packageVersion(),
  };
}
