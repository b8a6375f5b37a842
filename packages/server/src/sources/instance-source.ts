import type { SourceMapping } from '@pbgdpl/contract';
import { isWithoutNumber, numberKey } from '../documents/number-key.ts';
import { foldedLookup, issuerLookup, type KnownUnit, type UpstreamItem } from './mapping.ts';

/**
 * Another instance's NDJSON export (`/api/v1/documents/export.ndjson`, docs/exchange.md): each
 * line is already our import format. An item is known upstream by its issuer and number (the
 * export carries no ids); the mapping renames issuers, types, statuses and fields.
 */
export function instanceItems(ndjson: string, mapping: SourceMapping, units: KnownUnit[]): UpstreamItem[] {
  const issuer = issuerLookup(mapping, units);
  const type = foldedLookup(mapping.types);
  const status = foldedLookup(mapping.statuses);
  const field = foldedLookup(mapping.fields);
  const rename = <T>(lookup: (word: string) => T | undefined, value: unknown) =>
    typeof value === 'string' ? (lookup(value) ?? value) : value;

  return ndjson.split(/\r?\n/).flatMap((line, index): UpstreamItem[] => {
    if (line.trim() === '') return [];
    const lineId = `dòng ${index + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return [{ upstreamId: lineId, problem: 'Dòng này không phải JSON hợp lệ (not valid JSON)' }];
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row))
      return [{ upstreamId: lineId, problem: 'Dòng này không phải một văn bản (not an object)' }];
    const number = typeof row.number === 'string' ? row.number : '';
    const upstreamId = `${String(row.issuerId)} ${numberKey(number)}`;
    if (isWithoutNumber(numberKey(number)))
      return [
        {
          upstreamId: lineId,
          problem: 'Văn bản không số: không có mã ổn định để đồng bộ (no stable id upstream)',
        },
      ];
    return [
      {
        upstreamId,
        candidate: {
          ...row,
          issuerId: rename(issuer, row.issuerId),
          type: rename(type, row.type),
          status: rename(status, row.status),
          fields: Array.isArray(row.fields) ? row.fields.map((f) => rename(field, f)) : row.fields,
          published: mapping.published,
        },
      },
    ];
  });
}
