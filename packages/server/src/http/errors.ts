import type { ErrorHandler, Hono, NotFoundHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { problem, ProblemError } from './problem.ts';

/** A Hono route path (`/a/:id`, `/embed/*`) as a regular expression over request paths. */
const pathPattern = (path: string) =>
  new RegExp(
    '^' +
      path
        .split('/')
        .map((part) =>
          part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('/') +
      '$',
  );

/** 405 with `Allow` when the path exists for other methods, else 404; both as problems. */
export function notFound(app: Hono<AppEnv>): NotFoundHandler<AppEnv> {
  return (c) => {
    const methods = new Set(
      app.routes
        // Middleware ('ALL') and the demo pages' catch-all ('*') say nothing about a path's methods.
        .filter((r) => r.method !== 'ALL' && r.path !== '/*' && pathPattern(r.path).test(c.req.path))
        .map((r) => r.method),
    );
    if (methods.size === 0) return problem(c, 404);
    if (methods.has('GET')) methods.add('HEAD');
    return problem(c, 405, { headers: { Allow: [...methods].join(', ') } });
  };
}

/** Problems thrown on purpose are answered as such; anything else is logged and hidden. */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ProblemError) return problem(c, error.status, error.init);
  // A streamed body over the limit: hono/body-limit answers it (413) once the error reaches it.
  if (error.name === 'BodyLimitError') return problem(c, 413);
  console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path}:`, error);
  return problem(c, 500, {
    detail: {
      vi: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
      en: 'Something went wrong. Please try again later.',
    },
  });
};
