import type { RouteSpec } from '@pbgdpl/contract';
import type { Context } from 'hono';
import type { z } from 'zod';
import { type Lang, translateMessage, zodErrorMaps } from './language.ts';
import { ProblemError, requestLanguage } from './problem.ts';

type Parsed<S, K extends 'params' | 'query' | 'body'> = S extends { [P in K]: infer T extends z.ZodType }
  ? z.output<T>
  : undefined;

/**
 * A body with a schema is parsed JSON; a body of other types without one (NDJSON) is raw text,
 * or bytes when the route says `binary` (a spreadsheet); a multipart upload is left to its
 * handler, which streams it.
 */
type Body<S> = S extends { multipart: true }
  ? undefined
  : S extends { body: z.ZodType }
    ? Parsed<S, 'body'>
    : S extends { bodyTypes: string[]; binary: true }
      ? { bytes: Uint8Array; type: string }
      : S extends { bodyTypes: string[] }
        ? string
        : undefined;

/** The request's parts, typed by the route's schemas (undefined where the route has none). */
export interface RouteInput<S extends RouteSpec> {
  params: Parsed<S, 'params'>;
  query: Parsed<S, 'query'>;
  body: Body<S>;
}

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

function checkBodyType(c: Context, bodyTypes: string[]): void {
  if (!bodyTypes.includes(mediaType(c.req.header('Content-Type')))) {
    throw new ProblemError(415, {
      detail: { vi: `Hãy gửi ${bodyTypes.join(' hoặc ')}.`, en: `Send ${bodyTypes.join(' or ')}.` },
      headers: { 'Accept-Post': bodyTypes.join(', ') },
    });
  }
}

async function readBody(c: Context, bodyTypes: string[]): Promise<string> {
  checkBodyType(c, bodyTypes);
  return c.req.text();
}

async function readBytes(c: Context, bodyTypes: string[]): Promise<{ bytes: Uint8Array; type: string }> {
  checkBodyType(c, bodyTypes);
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), type: mediaType(c.req.header('Content-Type')) };
}

async function readJsonBody(c: Context, bodyTypes: string[]): Promise<unknown> {
  // Read outside the try: a body over the size limit must fail as 413, not as bad JSON.
  const text = await readBody(c, bodyTypes);
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError(400, {
      detail: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The body is not valid JSON.' },
    });
  }
}

/** Adds zod's issues to per-field messages in `lang`; issues about the whole value go under `root`. */
export function addIssues(
  errors: Record<string, string[]>,
  issues: z.core.$ZodIssue[],
  lang: Lang,
  root: string,
): Record<string, string[]> {
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : root;
    (errors[field] ??= []).push(translateMessage(issue.message, lang));
  }
  return errors;
}

/**
 * Parses params, query and body with the route's schemas. All messages of all parts are
 * collected into one 400 problem, keyed by field path, in the client's language. A route that
 * declares body types but no body schema gets the body as text, to parse itself.
 */
export async function parseRequest<S extends RouteSpec>(
  c: Context,
  spec: S,
  bodyTypes: string[],
): Promise<RouteInput<S>> {
  const lang = requestLanguage(c);
  const errors: Record<string, string[]> = {};
  const parse = (part: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value, { error: zodErrorMaps[lang] });
    if (result.success) return result.data;
    addIssues(errors, result.error.issues, lang, part);
    return undefined;
  };
  if (spec.multipart) checkBodyType(c, bodyTypes);
  const input = {
    params: parse('params', spec.params, c.req.param()),
    query: parse('query', spec.query, c.req.query()),
    body: spec.multipart
      ? undefined
      : spec.body
        ? parse('body', spec.body, await readJsonBody(c, bodyTypes))
        : spec.bodyTypes && spec.binary
          ? await readBytes(c, bodyTypes)
          : spec.bodyTypes
            ? await readBody(c, bodyTypes)
            : undefined,
  };
  const count = Object.keys(errors).length;
  if (count > 0) {
    throw new ProblemError(400, {
      detail: { vi: `Có ${count} trường không hợp lệ.`, en: `${count} field(s) are invalid.` },
      errors,
    });
  }
  return input as RouteInput<S>;
}
