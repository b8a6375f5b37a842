import ky, { HTTPError, TimeoutError, type KyInstance, type Options } from 'ky';
import type {
  AdminDocument,
  Banner,
  BannerInput,
  DocumentInput,
  DocumentSummary,
  ImportReport,
  Me,
  Page,
  Problem,
  Site,
} from '@pbgdpl/contract';
import type { AdminVideo, VideoInput } from '@pbgdpl/contract';

export type FieldErrors = Record<string, string[]>;
export type AdminDocumentRow = DocumentSummary & { published: boolean };
export type AdminErrorKind = 'http' | 'network' | 'timeout' | 'parse';

/** A failed admin request; `errors` holds the problem's messages per field path (`attachments.0.url`). */
export class AdminApiError extends Error {
  readonly kind: AdminErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;

  constructor(kind: AdminErrorKind, options: { status?: number; problem?: Problem; cause?: unknown } = {}) {
    super(options.problem?.detail ?? options.problem?.title ?? `Admin API request failed (${kind})`, {
      cause: options.cause,
    });
    this.name = 'AdminApiError';
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
  }

  get errors(): FieldErrors {
    return this.problem?.errors ?? {};
  }
}

export interface AdminApiOptions {
  /** Base of the API, e.g. `https://host/api/v1`. */
  baseUrl: string;
  token: string;
  /** Language of problem messages (`Accept-Language`). */
  lang?: () => string;
  /** Called on every 401: the token is unknown, revoked or missing. */
  onUnauthorized?: (error: AdminApiError) => void;
  timeout?: number;
}

export type ListQuery = Record<string, string | number | undefined>;

const searchParams = (query: ListQuery) =>
  Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== '') as Array<
      [string, string | number]
    >,
  );

/** The console's client for `/api/v1/admin/*`: bearer token, JSON, problem+json errors. */
export class AdminApi {
  readonly #http: KyInstance;
  readonly #onUnauthorized: ((error: AdminApiError) => void) | undefined;

  constructor({ baseUrl, token, lang = () => 'vi', onUnauthorized, timeout = 15_000 }: AdminApiOptions) {
    this.#onUnauthorized = onUnauthorized;
    this.#http = ky.create({
      prefixUrl: baseUrl.replace(/\/+$/, ''),
      timeout,
      // Writes are never repeated behind the editor's back; reads once, on a passing outage.
      retry: { limit: 1, methods: ['get'], statusCodes: [408, 502, 503, 504] },
      cache: 'no-store',
      headers: { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${token}` },
      hooks: {
        beforeRequest: [
          (request) => {
            request.headers.set('Accept-Language', lang());
          },
        ],
      },
    });
  }

  async #request<T>(path: string, options: Options): Promise<T> {
    let response: Response;
    try {
      response = await this.#http(path, options);
    } catch (cause) {
      const error = await toAdminError(cause);
      if (error.status === 401) this.#onUnauthorized?.(error);
      throw error;
    }
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (cause) {
      throw new AdminApiError('parse', { status: response.status, cause });
    }
  }

  /** Any admin request, for sections that keep their calls in their own module (question-api.ts). */
  send<T>(path: string, options: Options): Promise<T> {
    return this.#request(path, options);
  }

  me(): Promise<Me> {
    return this.#request('admin/me', { method: 'get' });
  }

  site(): Promise<Site> {
    return this.#request('site', { method: 'get' });
  }

  documents(query: ListQuery): Promise<Page<AdminDocumentRow>> {
    return this.#request('admin/documents', { method: 'get', searchParams: searchParams(query) });
  }

  document(id: number): Promise<AdminDocument> {
    return this.#request(`admin/documents/${id}`, { method: 'get' });
  }

  createDocument(input: DocumentInput): Promise<AdminDocument> {
    return this.#request('admin/documents', { method: 'post', json: input });
  }

  updateDocument(id: number, input: DocumentInput): Promise<AdminDocument> {
    return this.#request(`admin/documents/${id}`, { method: 'put', json: input });
  }

  publishDocument(id: number, published: boolean): Promise<AdminDocument> {
    return this.#request(`admin/documents/${id}/published`, { method: 'put', json: { published } });
  }

  deleteDocument(id: number): Promise<void> {
    return this.#request(`admin/documents/${id}`, { method: 'delete' });
  }

  importDocuments(ndjson: string, dryRun: boolean): Promise<ImportReport> {
    return this.#request('admin/documents/import', {
      method: 'post',
      body: ndjson,
      headers: { 'Content-Type': 'application/x-ndjson' },
      searchParams: { dryRun: String(dryRun) },
      timeout: 120_000,
    });
  }

  banners(query: ListQuery): Promise<Page<Banner>> {
    return this.#request('admin/banners', { method: 'get', searchParams: searchParams(query) });
  }

  banner(id: number): Promise<Banner> {
    return this.#request(`admin/banners/${id}`, { method: 'get' });
  }

  createBanner(input: BannerInput): Promise<Banner> {
    return this.#request('admin/banners', { method: 'post', json: input });
  }

  updateBanner(id: number, input: BannerInput): Promise<Banner> {
    return this.#request(`admin/banners/${id}`, { method: 'put', json: input });
  }

  deleteBanner(id: number): Promise<void> {
    return this.#request(`admin/banners/${id}`, { method: 'delete' });
  }

  videos(query: ListQuery): Promise<Page<AdminVideo>> {
    return this.#request('admin/videos', { method: 'get', searchParams: searchParams(query) });
  }

  video(id: number): Promise<AdminVideo> {
    return this.#request(`admin/videos/${id}`, { method: 'get' });
  }

  createVideo(input: VideoInput): Promise<AdminVideo> {
    return this.#request('admin/videos', { method: 'post', json: input });
  }

  updateVideo(id: number, input: VideoInput): Promise<AdminVideo> {
    return this.#request(`admin/videos/${id}`, { method: 'put', json: input });
  }

  deleteVideo(id: number): Promise<void> {
    return this.#request(`admin/videos/${id}`, { method: 'delete' });
  }
}

async function toAdminError(cause: unknown): Promise<AdminApiError> {
  if (cause instanceof AdminApiError) return cause;
  if (cause instanceof TimeoutError) return new AdminApiError('timeout', { cause });
  if (cause instanceof HTTPError) {
    const { response } = cause;
    let problem: Problem | undefined;
    if (response.headers.get('content-type')?.includes('json')) {
      try {
        problem = (await response.json()) as Problem;
      } catch {
        problem = undefined;
      }
    }
    return new AdminApiError('http', { status: response.status, problem, cause });
  }
  return new AdminApiError('network', { cause });
}
