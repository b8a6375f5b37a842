import type { RouteSpec } from '@pbgdpl/contract';
import type { Context } from 'hono';
import type { z } from 'zod';
import { translateMessage, zodErrorMaps } from './language.ts';
import { ProblemError, requestLanguage } from './problem.ts';

type Parsed<S, K extends 'params' | 'query' | 'body'> = S extends { [P in K]: infer T extends z.ZodType }
  ? z.output<T>
  : undefined;

/** The request's parts, typed by the route's schemas (undefined where the route has none). */
export interface RouteInput<S extends RouteSpec> {
  params: Parsed<S, 'params'>;
  query: Parsed<S, 'query'>;
  body: Parsed<S, 'body'>;
}

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

async function readJsonBody(c: Context, bodyTypes: string[]): Promise<unknown> {
  if (!bodyTypes.includes(mediaType(c.req.header('Content-Type')))) {
    throw new ProblemError(415, {
      detail: { vi: `Hãy gửi ${bodyTypes.join(' hoặc ')}.`, en: `Send ${bodyTypes.join(' or ')}.` },
      headers: { 'Accept-Post': bodyTypes.join(', ') },
    });
  }
  // Read outside the try: a body over the size limit must fail as 413, not as bad JSON.
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError(400, {
      detail: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The body is not valid JSON.' },
    });
  }
}

/**
 * Parses params, query and body with the route's schemas. All messages of all parts are
 * collected into one 400 problem, keyed by field path, in the client's language.
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
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : part;
      (errors[field] ??= []).push(translateMessage(issue.message, lang));
    }
    return undefined;
  };
  const input = {
    params: parse('params', spec.params, c.req.param()),
    query: parse('query', spec.query, c.req.query()),
    body: spec.body ? parse('body', spec.body, await readJsonBody(c, bodyTypes)) : undefined,
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
