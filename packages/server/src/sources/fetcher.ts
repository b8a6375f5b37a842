import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { SourcesConfig } from '../config.ts';
import { addressGuard, RefusedAddressError } from './address-guard.ts';

/** The upstream's cache validators, kept per source and sent back on the next run. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched =
  | { notModified: true }
  | { notModified: false; body: Buffer; validators: Validators; url: string };

/**
 * A fetch that did not give a usable answer. `retryAfterMs`: the upstream asked to wait (429,
 * 503 with Retry-After); `transient`: worth trying again later (timeouts, 429, 5xx).
 */
export class UpstreamError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: Date): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

export interface Fetcher {
  fetch(url: string, validators?: Validators): Promise<Fetched>;
}

/**
 * GETs a source's URL with a connect timeout and a total deadline (redirects and body
 * included), conditional on the validators, following at most five redirects, each checked
 * against the address guard; the body is counted while it streams and cut at `maxBytes`.
 */
export function upstreamFetcher(config: SourcesConfig, userAgent: string, clock: () => Date): Fetcher {
  const guard = addressGuard(config.allowLoopback);

  function once(url: URL, headers: Record<string, string>, deadline: AbortSignal): Promise<IncomingMessage> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return Promise.reject(
        new UpstreamError(`${url.protocol} không được hỗ trợ (only http and https)`, false),
      );
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0 && !guard.allows(host))
      return Promise.reject(new UpstreamError(new RefusedAddressError(host, host).message, false));
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(url, { headers, lookup: guard.lookup, agent: false, signal: deadline }, resolve);
      const connectTimer = setTimeout(
        () => req.destroy(new UpstreamError(`Quá thời gian kết nối (connect timeout) ${url.host}`, true)),
        config.connectTimeoutMs,
      );
      req.once('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)));
      req.once('response', () => clearTimeout(connectTimer));
      req.once('error', (error) => {
        clearTimeout(connectTimer);
        reject(error);
      });
      req.end();
    });
  }

  function readCapped(response: IncomingMessage): Promise<Buffer> {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > config.maxBytes) {
      response.destroy();
      return Promise.reject(tooLarge());
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > config.maxBytes) {
          response.destroy(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      response.once('error', reject);
      response.once('end', () => resolve(Buffer.concat(chunks)));
      // Cut by the deadline or the upstream: the promise must still settle.
      response.once('close', () =>
        reject(new UpstreamError('Kết nối bị đóng giữa chừng (connection closed early)', true)),
      );
    });
  }

  const tooLarge = () =>
    new UpstreamError(
      `Phản hồi lớn hơn ${Math.round(config.maxBytes / 1024 / 1024)} MB (response over the size cap)`,
      false,
    );

  async function fetch(address: string, validators?: Validators): Promise<Fetched> {
    const headers: Record<string, string> = {
      accept:
        'application/json, application/x-ndjson;q=0.9, application/atom+xml;q=0.9, application/rss+xml;q=0.9, application/xml;q=0.8, */*;q=0.1',
      'accept-encoding': 'identity',
      'user-agent': userAgent,
    };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const deadline = AbortSignal.timeout(config.totalTimeoutMs);
    let url = new URL(address);
    try {
      for (let hop = 0; ; hop++) {
        const response = await once(url, headers, deadline);
        const status = response.statusCode ?? 0;
        if (REDIRECTS.has(status) && response.headers.location) {
          response.resume();
          if (hop >= MAX_REDIRECTS)
            throw new UpstreamError('Quá nhiều lần chuyển hướng (too many redirects)', false);
          url = new URL(response.headers.location, url);
          continue;
        }
        if (status === 304) {
          response.resume();
          return { notModified: true };
        }
        if (status === 429 || status >= 500) {
          response.resume();
          throw new UpstreamError(
            `${url.host} trả lời ${status}`,
            true,
            retryAfterMs(response.headers['retry-after'], clock()),
          );
        }
        if (status < 200 || status >= 300) {
          response.resume();
          throw new UpstreamError(`${url.host} trả lời ${status}`, false);
        }
        const body = await readCapped(response);
        return {
          notModified: false,
          body,
          url: url.href,
          validators: {
            etag: response.headers.etag ?? null,
            lastModified: response.headers['last-modified'] ?? null,
          },
        };
      }
    } catch (error) {
      // The deadline first: cutting a body short also closes the connection early.
      if (deadline.aborted)
        throw new UpstreamError(`Quá thời gian chờ (timeout after ${config.totalTimeoutMs / 1000} s)`, true);
      if (error instanceof UpstreamError) throw error;
      if (error instanceof RefusedAddressError) throw new UpstreamError(error.message, false);
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof RefusedAddressError) throw new UpstreamError(cause.message, false);
      throw new UpstreamError(error instanceof Error ? error.message : String(error), true);
    }
  }

  return { fetch };
}
