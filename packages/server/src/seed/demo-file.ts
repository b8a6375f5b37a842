import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { zodErrorMaps } from '../http/language.ts';
import { unknownUnitMessage } from '../http/unknown-unit.ts';
import { addIssues } from '../http/validate.ts';
import type { unitsRepository } from '../repositories/units.ts';

/** The demo's data files and media: the top-level `demo-content/` folder (see its README). */
export const demoContentDir = fileURLToPath(new URL('../../../../demo-content/', import.meta.url));

/** A demo file that does not load, with where and why. */
export class DemoContentError extends Error {
  constructor(where: string, errors: Record<string, string[]>) {
    const lines = Object.entries(errors).map(([field, messages]) => `  ${field}: ${messages.join('; ')}`);
    super(`Dữ liệu mẫu không nạp được (demo content does not load): ${where}\n${lines.join('\n')}`);
  }
}

/** The text of a file in the demo folder. */
export const readDemoText = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** One entry of a demo file, and where it is for messages (`banners.json, banners[2]`). */
export interface DemoEntry {
  entry: unknown;
  where: string;
}

/**
 * The entries under `key` of a JSON file in the demo folder, and the file's whole value;
 * `rewrite` changes the text first (demo file paths to library addresses).
 */
export function readDemoEntries(
  dir: string,
  file: string,
  key: string,
  rewrite: (text: string) => string = (text) => text,
): { root: unknown; entries: DemoEntry[] } {
  const root = JSON.parse(rewrite(readDemoText(dir, file))) as Record<string, unknown>;
  const entries = root[key];
  if (!Array.isArray(entries)) throw new DemoContentError(file, { [key]: ['cần một mảng (an array)'] });
  return { root, entries: entries.map((entry, index) => ({ entry, where: `${file}, ${key}[${index}]` })) };
}

/** Checked as the admin API checks a request body: the contract's schema, Vietnamese messages. */
export function checked<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value, { error: zodErrorMaps.vi });
  if (!result.success) throw new DemoContentError(where, addIssues({}, result.error.issues, 'vi', 'entry'));
  return result.data;
}

/** A unit the entry names must exist: said with the field, not as a foreign-key failure. */
export async function requireUnit(
  units: ReturnType<typeof unitsRepository>,
  field: string,
  id: string | null | undefined,
  where: string,
): Promise<void> {
  if (id != null && !(await units.exists(id)))
    throw new DemoContentError(where, { [field]: [unknownUnitMessage(id).vi] });
}

/** `days` days after `from` (before, when negative). */
export const daysFrom = (from: Date, days: number): Date => new Date(from.getTime() + days * 86_400_000);
