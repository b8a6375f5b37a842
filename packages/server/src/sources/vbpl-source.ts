import { DOCUMENT_TYPES, LEGAL_FIELDS, type SourceMapping } from '@pbgdpl/contract';
import { documentLinks, titleSlug } from '../documents/links.ts';
import { foldedLookup, issuerLookup, type KnownUnit, type UpstreamItem } from './mapping.ts';
import { VBPL_RELATIONS, VBPL_STATUSES } from './vbpl-vocabulary.ts';

/**
 * The national legal database's public JSON, as we read it: a list `{Items: [{ItemID}]}` at the
 * source URL and one document's detail at `mapping.detailUrl` with `{itemId}` filled in. Field
 * names are the Vietnamese ones the document page shows (Số ký hiệu → SoKyHieu, …); see the
 * fixture in test/sources-upstreams.ts.
 */
interface VbplDetail {
  ItemID?: unknown;
  SoKyHieu?: unknown;
  TrichYeu?: unknown;
  LoaiVanBan?: unknown;
  CoQuanBanHanh?: unknown;
  NguoiKy?: unknown;
  ChucDanh?: unknown;
  NgayBanHanh?: unknown;
  NgayCoHieuLuc?: unknown;
  NgayHetHieuLuc?: unknown;
  TinhTrangHieuLuc?: unknown;
  LinhVuc?: unknown;
  PhamVi?: unknown;
  NgayDangCongBao?: unknown;
  TomTat?: unknown;
  ToanVan?: unknown;
  TepDinhKem?: unknown;
  VanBanLienQuan?: unknown;
}

/** The item ids of the list answer, in its order, without repeats. */
export function vbplItemIds(list: unknown): number[] {
  const items = (list as { Items?: unknown } | null)?.Items;
  if (!Array.isArray(items)) throw new Error('Danh sách không có mảng Items (the list has no Items array)');
  const ids = items.map((item) => (item as { ItemID?: unknown } | null)?.ItemID);
  return [...new Set(ids.filter((id): id is number => Number.isInteger(id) && (id as number) > 0))];
}

export const vbplDetailUrl = (mapping: SourceMapping, itemId: number) =>
  (mapping.detailUrl ?? '').replace('{itemId}', String(itemId));

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** `2026-02-10`, `2026-02-10T00:00:00` or `10/02/2026` as yyyy-mm-dd; anything else passes on to be refused. */
function isoDate(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (vn) {
    const [day = '', month = '', year = ''] = vn.slice(1);
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw;
}

const slugIn = <T extends string>(values: readonly T[]) => {
  const known = new Set<string>(values);
  return Object.fromEntries([...known].map((v) => [v, v as T]));
};

/** Maps national values onto ours; a value we cannot place makes the item a rejection naming it. */
export function vbplMapper(mapping: SourceMapping, units: KnownUnit[]) {
  const type = foldedLookup(mapping.types);
  const status = foldedLookup(VBPL_STATUSES, mapping.statuses);
  const relation = foldedLookup(VBPL_RELATIONS, mapping.relations);
  const field = foldedLookup(mapping.fields);
  const issuer = issuerLookup(mapping, units);
  const ourTypes = slugIn(DOCUMENT_TYPES);
  const ourFields = slugIn(LEGAL_FIELDS);

  return (itemId: number, raw: unknown): UpstreamItem => {
    const upstreamId = String(itemId);
    const detail = ((raw as { Data?: unknown })?.Data ?? raw) as VbplDetail;
    if (detail === null || typeof detail !== 'object')
      return { upstreamId, problem: 'Không phải đối tượng JSON' };
    if (detail.ItemID !== itemId)
      return { upstreamId, problem: `ItemID ${String(detail.ItemID)} khác mã đã hỏi ${itemId}` };
    const problems: string[] = [];
    const need = <T>(found: T | undefined, what: string, word: string | null): T | undefined => {
      if (found === undefined)
        problems.push(`${what} “${word ?? ''}” chưa có trong bảng ánh xạ (not mapped)`);
      return found;
    };
    const typeName = text(detail.LoaiVanBan);
    const statusName = text(detail.TinhTrangHieuLuc);
    const issuerName = text(list(detail.CoQuanBanHanh)[0]);
    const mappedType = need(
      typeName ? (type(typeName) ?? ourTypes[titleSlug(typeName)]) : undefined,
      'Loại văn bản',
      typeName,
    );
    const mappedStatus = need(statusName ? status(statusName) : undefined, 'Tình trạng hiệu lực', statusName);
    const issuerId = need(issuerName ? issuer(issuerName) : undefined, 'Cơ quan ban hành', issuerName);
    const fields = [
      ...new Set(
        list(detail.LinhVuc)
          .map(text)
          .flatMap((name) => (name ? [field(name) ?? ourFields[titleSlug(name)]] : []))
          .filter((f) => f !== undefined),
      ),
    ];
    const relations = list(detail.VanBanLienQuan).flatMap((entry) => {
      const r = entry as { LoaiQuanHe?: unknown; ItemID?: unknown; SoKyHieu?: unknown; TrichYeu?: unknown };
      const kindName = text(r.LoaiQuanHe);
      const kind = need(kindName ? relation(kindName) : undefined, 'Quan hệ', kindName);
      const targetTitle = text(r.TrichYeu);
      const targetId = Number.isInteger(r.ItemID) ? (r.ItemID as number) : null;
      if (!kind) return [];
      return [
        {
          ...kind,
          targetNumber: text(r.SoKyHieu),
          targetTitle,
          targetUrl:
            targetTitle === null
              ? null
              : documentLinks({ title: targetTitle, vbplItemId: targetId, gazetteId: null }).vbpl,
        },
      ];
    });
    // (The undefined checks repeat the problems for the type checker.)
    if (problems.length > 0 || !mappedType || !mappedStatus || !issuerId)
      return { upstreamId, problem: problems.join('; ') };
    // The dates give in-force, not yet and expired; the others the national database states, so they come with its word as the reason.
    const handSet =
      !['in-force', 'not-yet-in-force'].includes(mappedStatus) &&
      !(mappedStatus === 'expired' && text(detail.NgayHetHieuLuc));
    return {
      upstreamId,
      candidate: {
        number: text(detail.SoKyHieu),
        title: text(detail.TrichYeu),
        type: mappedType,
        issuerId,
        signerName: text(detail.NguoiKy),
        signerTitle: text(detail.ChucDanh),
        issuedOn: isoDate(detail.NgayBanHanh),
        effectiveFrom: isoDate(detail.NgayCoHieuLuc),
        effectiveTo: isoDate(detail.NgayHetHieuLuc),
        status: mappedStatus,
        statusExplicit: handSet,
        statusReason: handSet ? `Theo Cơ sở dữ liệu quốc gia về văn bản pháp luật: ${statusName}` : null,
        fields: fields.length > 0 ? fields.slice(0, 8) : mapping.defaultFields,
        scope: text(detail.PhamVi),
        gazetteOn: isoDate(detail.NgayDangCongBao),
        summary: text(detail.TomTat),
        body: text(detail.ToanVan),
        attachments: list(detail.TepDinhKem).map((entry) => {
          const a = entry as { TenTep?: unknown; DuongDan?: unknown; KieuTep?: unknown; KichThuoc?: unknown };
          return {
            name: text(a.TenTep),
            url: text(a.DuongDan),
            mediaType: text(a.KieuTep),
            size: a.KichThuoc,
          };
        }),
        relations,
        vbplItemId: itemId,
        published: mapping.published,
      },
    };
  };
}
