import { execFileSync } from 'node:child_process';

/**
 * What the HTTP benchmarks share: their settings, the GETs widgets make on every page view,
 * and API nodes run as `pnpm start` runs them (the server tests' api-nodes.ts).
 */
export {
  type ApiNode,
  sampleQuestion,
  startApiNode,
  stopApiNode,
  stopApiNodes,
  waitFor,
} from '../../packages/server/test/api-nodes.ts';

export const BENCH_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
export const BENCH_CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);

/** The GETs widgets make on every page view: [name, path]. */
export const PUBLIC_GETS: Array<[string, string]> = [
  ['site profile', '/api/v1/site'],
  ['banners (sidebar)', '/api/v1/banners?placement=sidebar'],
  ['documents: newest page', '/api/v1/documents?pageSize=20'],
  ['documents: search "đất đai"', '/api/v1/documents?q=%C4%91%E1%BA%A5t%20%C4%91ai'],
  ['documents: one document', '/api/v1/documents/1'],
  ['questions: newest page', '/api/v1/questions?pageSize=10'],
  ['videos: newest page', '/api/v1/videos?pageSize=12'],
  ['statistics: this year', '/api/v1/stats'],
];

/** A new database on a throwaway cluster (`adminUrl`), with the server's version. */
export function createDatabase(adminUrl: string, name: string): { url: string; version: string } {
  const psql = (command: string) =>
    execFileSync('psql', ['-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-c', command, adminUrl], {
      encoding: 'utf8',
    }).trim();
  psql(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.href, version: psql('show server_version') };
}
