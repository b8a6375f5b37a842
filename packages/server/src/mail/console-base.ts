import type { Context } from 'hono';
import type { Config } from '../config.ts';

/** The address the console is reached at, for links in e-mails: PBGDPL_PUBLIC_URL, else this request's. */
export const consoleBase = (c: Context, config: Config): string =>
  config.publicUrl ?? new URL(c.req.url).origin;
