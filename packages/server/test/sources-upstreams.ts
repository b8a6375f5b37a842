import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { getRequestListener } from '@hono/node-server';
import type { LegalDocument, Source, SourceRun } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json, makeDocumentsApp } from './helpers.ts';

/** Starts `handle` on 127.0.0.1, port 0; closed (connections too) when the test file ends. */
export async function listen(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer(handle);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** What the fake national database does when asked for its list. */
export type ListBehaviour = 'ok' | 'hang' | 'error-500' | 'huge' | 'redirect-metadata';

/**
 * A document's detail in the national legal database's public JSON, as we model it: OUR
 * FIXTURE, not a copy of a published schema. The field names follow the labels of the public
 * document page on vbpl.vn (Số ký hiệu, Trích yếu, Loại văn bản, Cơ quan ban hành, Người ký,
 * Ngày ban hành, Ngày có hiệu lực, Ngày hết hiệu lực, Tình trạng hiệu lực, Lĩnh vực, Toàn văn,
 * tệp đính kèm and the relations of its "Lược đồ" tab), written PascalCase without marks as the
 * site's ItemID parameter is; the values of types, statuses and relation kinds are the words
 * that page shows. One document per national ItemID; the list answers `{Items: [{ItemID,
 * NgayCapNhat}]}` with an ETag.
 */
export type VbplDetail = Record<string, unknown> & { ItemID: number };

export function vbplFixture(): VbplDetail[] {
  return [
    {
      ItemID: 170001,
      SoKyHieu: '15/2026/NQ-HĐND',
      TrichYeu: 'Nghị quyết quy định bảng giá đất trên địa bàn tỉnh Tây Ninh',
      LoaiVanBan: 'Nghị quyết',
      CoQuanBanHanh: ['Hội đồng nhân dân tỉnh Tây Ninh'],
      NguoiKy: 'Nguyễn Văn Hòa',
      ChucDanh: 'Chủ tịch',
      NgayBanHanh: '20/01/2026',
      NgayCoHieuLuc: '01/02/2026',
      NgayHetHieuLuc: null,
      TinhTrangHieuLuc: 'Còn hiệu lực',
      LinhVuc: ['Đất đai', 'Tài chính - Ngân sách'],
      PhamVi: 'Tỉnh Tây Ninh',
      ToanVan: '<p>Điều 1. Phạm vi điều chỉnh</p><script>alert(1)</script>',
      TepDinhKem: [
        {
          TenTep: '15-2026-NQ-HDND.pdf',
          DuongDan: 'https://vbpl.vn/tayninh/Attachments/170001/15-2026-NQ-HDND.pdf',
          KieuTep: 'application/pdf',
          KichThuoc: 482113,
        },
      ],
      VanBanLienQuan: [
        { LoaiQuanHe: 'Căn cứ ban hành', ItemID: 163544, SoKyHieu: '31/2024/QH15', TrichYeu: 'Luật Đất đai' },
      ],
    },
    {
      ItemID: 170002,
      SoKyHieu: '07/2026/QĐ-UBND',
      TrichYeu: 'Quyết định ban hành quy định chi tiết bảng giá đất',
      LoaiVanBan: 'Quyết định',
      CoQuanBanHanh: 'Ủy ban nhân dân tỉnh Tây Ninh',
      NgayBanHanh: '2026-02-25T00:00:00',
      NgayCoHieuLuc: '2026-04-01T00:00:00',
      TinhTrangHieuLuc: 'Chưa có hiệu lực',
      LinhVuc: ['Đất đai'],
      ToanVan: '<p>Điều 1. Ban hành kèm theo Quyết định này…</p>',
      VanBanLienQuan: [
        {
          LoaiQuanHe: 'Quy định chi tiết',
          ItemID: 170001,
          SoKyHieu: '15/2026/NQ-HĐND',
          TrichYeu: 'Nghị quyết quy định bảng giá đất trên địa bàn tỉnh Tây Ninh',
        },
      ],
    },
    {
      ItemID: 170003,
      SoKyHieu: '02/VBHN-UBND',
      TrichYeu: 'Quyết định quy định về quản lý trật tự xây dựng (văn bản hợp nhất)',
      LoaiVanBan: 'Văn bản hợp nhất',
      CoQuanBanHanh: ['Ủy ban nhân dân tỉnh Tây Ninh'],
      NgayBanHanh: '10/01/2026',
      NgayCoHieuLuc: '10/01/2026',
      TinhTrangHieuLuc: 'Hết hiệu lực một phần',
      LinhVuc: ['Xây dựng'],
      ToanVan: '<p>Văn bản hợp nhất.</p>',
    },
    {
      // A law: its issuer is no unit of ours, so the run rejects it and says why.
      ItemID: 163544,
      SoKyHieu: '31/2024/QH15',
      TrichYeu: 'Luật Đất đai',
      LoaiVanBan: 'Luật',
      CoQuanBanHanh: ['Quốc hội'],
      NgayBanHanh: '18/01/2024',
      NgayCoHieuLuc: '01/08/2024',
      TinhTrangHieuLuc: 'Còn hiệu lực',
      LinhVuc: ['Đất đai'],
      ToanVan: '<p>Luật Đất đai.</p>',
    },
  ];
}

/** Each broken upstream, and the reason a run logs for it. */
export const UPSTREAM_FAILURES: Array<[ListBehaviour, RegExp]> = [
  ['hang', /Quá thời gian chờ/],
  ['error-500', /trả lời 500/],
  ['huge', /Phản hồi lớn hơn 20 MB/],
  ['redirect-metadata', /169\.254\.169\.254: địa chỉ nội bộ, không được phép/],
];

/**
 * Answers as a broken upstream would for `behaviour`: never, 500 with Retry-After, a redirect to
 * the cloud metadata address, or 50 MB without a length. False for 'ok': the caller answers.
 */
export function misbehave(
  behaviour: ListBehaviour,
  req: IncomingMessage,
  res: ServerResponse,
  requests: Array<{ path: string; status: number }>,
): boolean {
  const path = req.url ?? '';
  const send = (status: number, body: string, headers: Record<string, string>) => {
    requests.push({ path, status });
    res.writeHead(status, headers);
    res.end(body);
  };
  switch (behaviour) {
    case 'ok':
      return false;
    case 'hang':
      requests.push({ path, status: 0 });
      return true; // never answers
    case 'error-500':
      send(500, '{"Message":"Lỗi máy chủ"}', { 'retry-after': '7200', 'content-type': 'application/json' });
      return true;
    case 'redirect-metadata':
      send(302, '', { location: 'http://169.254.169.254/latest/meta-data/' });
      return true;
    case 'huge': {
      // 50 MB streamed without a length, as a runaway upstream would.
      requests.push({ path, status: 200 });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
      return true;
    }
  }
}

export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

/** The fake national database: a list and a detail per ItemID, the list's behaviour switchable. */
export async function startFakeVbpl() {
  const items = new Map(vbplFixture().map((d) => [d.ItemID, d]));
  const updatedAt = new Map([...items.keys()].map((id) => [id, '2026-02-26T08:00:00']));
  const state = {
    list: 'ok' as ListBehaviour,
    /** Items whose detail answers 500. */
    failing: new Set<number>(),
    /** Ids the list names without a detail behind them (404). */
    ghosts: [] as number[],
    requests: [] as Array<{ path: string; status: number }>,
  };
  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: string, headers = {}) => {
    state.requests.push({ path: req.url ?? '', status });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body);
  };
  const { url } = await listen((req, res) => {
    const path = req.url ?? '';
    if (path.startsWith('/api/van-ban/danh-sach')) {
      if (misbehave(state.list, req, res, state.requests)) return;
      const body = JSON.stringify({
        Items: [...items.keys(), ...state.ghosts].map((id) => ({
          ItemID: id,
          NgayCapNhat: updatedAt.get(id),
        })),
        TotalCount: items.size,
      });
      const etag = etagOf(body);
      if (req.headers['if-none-match'] === etag) return send(req, res, 304, '');
      return send(req, res, 200, body, { etag });
    }
    const detail = /^\/api\/van-ban\/chi-tiet\/(\d+)$/.exec(path);
    const item = detail && items.get(Number(detail[1]));
    if (item && state.failing.has(item.ItemID)) return send(req, res, 500, '{"Message":"Lỗi máy chủ"}');
    if (item) return send(req, res, 200, JSON.stringify({ Data: item }));
    return send(req, res, 404, '{"Message":"Không tìm thấy"}');
  });
  return {
    url,
    listUrl: `${url}/api/van-ban/danh-sach?CoQuanBanHanh=tay-ninh`,
    detailUrl: `${url}/api/van-ban/chi-tiet/{itemId}`,
    state,
    /** Changes one item upstream, as an amendment of its record would. */
    change(itemId: number, fields: Record<string, unknown>, at: string) {
      items.set(itemId, { ...items.get(itemId)!, ...fields });
      updatedAt.set(itemId, at);
    },
  };
}

/** Another instance of this API, served over HTTP on 127.0.0.1: its real export is the upstream. */
export async function serveInstance(fetch: (request: Request) => Response | Promise<Response>) {
  const { url } = await listen(getRequestListener(fetch));
  return { url, exportUrl: `${url}/api/v1/documents/export.ndjson` };
}

/** Sources on 127.0.0.1 need the loopback allowance, which production leaves off. */
const LOOPBACK = { PBGDPL_SOURCES_ALLOW_LOOPBACK: 'on' };

export async function sourcesApp(env: Record<string, string> = {}) {
  const t = await makeDocumentsApp({ ...LOOPBACK, ...env });
  const admin = (await tokensRepository(t.database.db).create('Quản trị viên', 'admin', t.clock())).token;
  const editor = (await tokensRepository(t.database.db).create('Biên tập viên', 'editor', t.clock())).token;
  const call = (
    method: string,
    path: string,
    body?: unknown,
    token = admin,
    headers: Record<string, string> = {},
  ) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const addSource = async (input: Record<string, unknown>) => {
    const response = await call('POST', '/admin/sources', input);
    assert.equal(response.status, 201, await response.clone().text());
    return json<Source>(response);
  };
  const run = async (id: number, dryRun = false) => {
    const response = await call('POST', `/admin/sources/${id}/run${dryRun ? '?dryRun=1' : ''}`);
    assert.equal(response.status, 200, await response.clone().text());
    return json<SourceRun>(response);
  };
  const publicDocument = async (number: string) => {
    const page = await json<{ items: Array<{ id: number; number: string }> }>(
      await t.app.request(`/api/v1/documents?q=${encodeURIComponent(number)}`),
    );
    const hit = page.items.find((d) => d.number === number);
    return hit && json<LegalDocument>(await t.app.request(`/api/v1/documents/${hit.id}`));
  };
  const documentCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('documents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { ...t, admin, editor, call, addSource, run, publicDocument, documentCount };
}

/** A run's counts in one line: added, updated, unchanged, rejected, conflicts. */
export const counts = (run: SourceRun) => [
  run.added,
  run.updated,
  run.unchanged,
  run.rejected,
  run.conflicts,
];
