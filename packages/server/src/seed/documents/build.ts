import { escapeHtml } from '@pbgdpl/contract/html-policy';
import type {
  Attachment,
  DocumentInput,
  DocumentStatus,
  DocumentType,
  LegalField,
  Material,
  MaterialKind,
  RelationInput,
} from '@pbgdpl/contract';
import { centralByNumber } from './central.ts';
import { fileSlug, minimalPdf } from './pdf.ts';

/** Seed documents are consistent with this day: statuses, "not yet in force" dates. */
export const SEED_TODAY = '2026-11-29';
const MERGED_ON = '2025-07-01';
/** Departments merged on 1/3/2025; proposals before that came from the old departments. */
const DEPARTMENTS_MERGED_ON = '2025-03-01';

/** A point of the operative part: a sentence, or a heading with its clauses (khoản / điểm). */
export type Point = string | readonly [heading: string, clauses: readonly string[]];

export interface Table {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A material: its kind, `.pdf` appended when it is a file rather than HTML. */
export type MaterialSpec = MaterialKind | `${MaterialKind}.pdf`;

/** What is particular to one seed document; build() adds the rest from templates. */
export interface Fact {
  no: string;
  type: DocumentType;
  by: string;
  title: string;
  on: string;
  /** Default: 10 days after issue for normative acts (a year in the number), else the day of issue. */
  from?: string | null;
  to?: string | null;
  st: DocumentStatus;
  f: LegalField[];
  /** Plain-text summary, 1–3 sentences. */
  sum: string;
  /** The operative content particular to this document. */
  pts: Point[];
  /** Signed by a deputy (Phó Chủ tịch, Phó Giám đốc). */
  dep?: boolean;
  scope?: string;
  table?: Table;
  rel?: RelationInput[];
  /** Names of attached PDF files. */
  pdf?: string[];
  mat?: MaterialSpec[];
  /** null: not in the national database; a number: that ItemID; absent: chosen for normative acts. */
  vbpl?: number | null;
  /** Published in the Official Gazette; absent: normative acts of the province. */
  gazette?: boolean;
  draft?: boolean;
  /** Label for type 'khac' ("Văn bản hợp nhất", "Chương trình"). */
  label?: string;
  /** Kính gửi, for official letters. */
  to_?: string;
}

interface Issuer {
  /** Heading lines at the top left. */
  head: string[];
  place: string;
  scope: string;
  /** How the body names the issuer ("Ủy ban nhân dân tỉnh"). */
  self: string;
  /** The area in "trên địa bàn ..." */
  area: string;
  kind: 'council' | 'province' | 'department' | 'local';
  signers: { from: string; chief: string; deputy: string }[];
}

const TN = 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH';
const LA = 'ỦY BAN NHÂN DÂN TỈNH LONG AN';
const dept = (name: string, chief: string, deputy: string, parent = TN, area = 'tỉnh Tây Ninh'): Issuer => ({
  head: [parent, name.toUpperCase()],
  place: parent === TN ? 'Tây Ninh' : 'Long An',
  scope: parent === TN ? 'Tỉnh Tây Ninh' : 'Tỉnh Long An',
  self: name,
  area,
  kind: 'department',
  signers: [{ from: '2015-01-01', chief, deputy }],
});
const local = (
  head: string,
  place: string,
  scope: string,
  area: string,
  chief: string,
  deputy: string,
): Issuer => ({
  head: [head],
  place,
  scope,
  self: `Ủy ban nhân dân ${area}`,
  area,
  kind: 'local',
  signers: [{ from: '2015-01-01', chief, deputy }],
});

/** Issuers of the seed documents, with invented signers. */
export const ISSUERS: Record<string, Issuer> = {
  'hdnd-tay-ninh': {
    head: ['HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH'],
    place: 'Tây Ninh',
    scope: 'Tỉnh Tây Ninh',
    self: 'Hội đồng nhân dân tỉnh',
    area: 'tỉnh Tây Ninh',
    kind: 'council',
    signers: [
      { from: '2015-01-01', chief: 'Võ Thanh Phong', deputy: 'Đỗ Thị Ngọc Hân' },
      { from: '2021-06-01', chief: 'Trần Quốc Hưng', deputy: 'Đỗ Thị Ngọc Hân' },
      { from: MERGED_ON, chief: 'Trần Quốc Hưng', deputy: 'Nguyễn Thị Bích Thủy' },
    ],
  },
  'hdnd-long-an': {
    head: ['HỘI ĐỒNG NHÂN DÂN TỈNH LONG AN'],
    place: 'Long An',
    scope: 'Tỉnh Long An',
    self: 'Hội đồng nhân dân tỉnh',
    area: 'tỉnh Long An',
    kind: 'council',
    signers: [{ from: '2015-01-01', chief: 'Phạm Văn Lực', deputy: 'Nguyễn Thị Bích Thủy' }],
  },
  'tay-ninh': {
    head: [TN],
    place: 'Tây Ninh',
    scope: 'Tỉnh Tây Ninh',
    self: 'Ủy ban nhân dân tỉnh',
    area: 'tỉnh Tây Ninh',
    kind: 'province',
    signers: [
      { from: '2015-01-01', chief: 'Nguyễn Hoàng Sơn', deputy: 'Lưu Minh Khang' },
      { from: '2021-07-01', chief: 'Nguyễn Hoàng Sơn', deputy: 'Đinh Thị Thu Trang' },
      { from: MERGED_ON, chief: 'Nguyễn Hoàng Sơn', deputy: 'Hà Quang Vinh' },
    ],
  },
  'long-an': {
    head: [LA],
    place: 'Long An',
    scope: 'Tỉnh Long An',
    self: 'Ủy ban nhân dân tỉnh',
    area: 'tỉnh Long An',
    kind: 'province',
    signers: [
      { from: '2015-01-01', chief: 'Cao Văn Tuấn', deputy: 'Lý Thị Mỹ Hạnh' },
      { from: '2021-01-01', chief: 'Cao Văn Tuấn', deputy: 'Tạ Minh Nhựt' },
    ],
  },
  'so-tu-phap': dept('Sở Tư pháp', 'Huỳnh Thị Kim Ngân', 'Ngô Văn Thắng'),
  'so-giao-duc-va-dao-tao': dept('Sở Giáo dục và Đào tạo', 'Trương Công Danh', 'Lục Thị Hoài'),
  'so-y-te': dept('Sở Y tế', 'Lương Hữu Nghĩa', 'Mẫn Thị Quyên'),
  'so-noi-vu': dept('Sở Nội vụ', 'Kiều Thị Phương Thảo', 'Cù Văn Bảy'),
  'so-tai-chinh': dept('Sở Tài chính', 'Vương Đình Khải', 'Lã Thị Tuyết'),
  'so-nong-nghiep-va-moi-truong': dept('Sở Nông nghiệp và Môi trường', 'Thái Văn Lành', 'Ong Văn Nhàn'),
  'so-van-hoa-the-thao-va-du-lich': dept(
    'Sở Văn hóa, Thể thao và Du lịch',
    'Quách Ngọc Diễm',
    'Tăng Văn Hậu',
  ),
  'cong-an-tinh': dept('Công an tỉnh', 'Phùng Văn Toàn', 'Hứa Minh Tâm'),
  'so-xay-dung': dept('Sở Xây dựng', 'Lạc Thành Nhân', 'Đoàn Văn Kiệt'),
  'so-cong-thuong': dept('Sở Công Thương', 'Doãn Minh Quang', 'Giáp Thị Lệ'),
  'so-tu-phap-long-an': dept('Sở Tư pháp', 'Triệu Văn Bé', 'Tôn Nữ Thanh Xuân', LA, 'tỉnh Long An'),
  'thanh-pho-tay-ninh': local(
    'ỦY BAN NHÂN DÂN THÀNH PHỐ TÂY NINH',
    'Tây Ninh',
    'Thành phố Tây Ninh',
    'thành phố Tây Ninh',
    'Giang Hữu Tài',
    'Âu Thị Mai',
  ),
  'thi-xa-hoa-thanh': local(
    'ỦY BAN NHÂN DÂN THỊ XÃ HÒA THÀNH',
    'Hòa Thành',
    'Thị xã Hòa Thành',
    'thị xã Hòa Thành',
    'Mạc Văn Sang',
    'Lê Thị Cẩm Tú',
  ),
  'thi-xa-trang-bang': local(
    'ỦY BAN NHÂN DÂN THỊ XÃ TRẢNG BÀNG',
    'Trảng Bàng',
    'Thị xã Trảng Bàng',
    'thị xã Trảng Bàng',
    'Bạch Văn Đông',
    'Ông Thị Thanh',
  ),
  'huyen-duc-hoa': local(
    'ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA',
    'Đức Hòa',
    'Huyện Đức Hòa',
    'huyện Đức Hòa',
    'Khổng Minh Luân',
    'Sầm Thị Kim Loan',
  ),
  'thi-tran-hau-nghia': local(
    'ỦY BAN NHÂN DÂN THỊ TRẤN HẬU NGHĨA',
    'Hậu Nghĩa',
    'Thị trấn Hậu Nghĩa',
    'thị trấn Hậu Nghĩa',
    'Văn Công Bình',
    'Phí Thị Nga',
  ),
  'phuong-1-tan-an': local(
    'ỦY BAN NHÂN DÂN PHƯỜNG 1, THÀNH PHỐ TÂN AN',
    'Tân An',
    'Phường 1, thành phố Tân An',
    'Phường 1',
    'Tiêu Thị Hồng',
    'Hầu Văn Sỹ',
  ),
  'phuong-tan-ninh': local(
    'ỦY BAN NHÂN DÂN PHƯỜNG TÂN NINH',
    'Tân Ninh',
    'Phường Tân Ninh',
    'phường Tân Ninh',
    'Từ Minh Kha',
    'Khúc Thị Yến',
  ),
  'phuong-long-hoa': local(
    'ỦY BAN NHÂN DÂN PHƯỜNG LONG HOA',
    'Long Hoa',
    'Phường Long Hoa',
    'phường Long Hoa',
    'Ninh Văn Phát',
    'Lưu Thị Diệu',
  ),
  'phuong-trang-bang': local(
    'ỦY BAN NHÂN DÂN PHƯỜNG TRẢNG BÀNG',
    'Trảng Bàng',
    'Phường Trảng Bàng',
    'phường Trảng Bàng',
    'Cam Văn Thọ',
    'La Thị Bé Ba',
  ),
  'phuong-long-an': local(
    'ỦY BAN NHÂN DÂN PHƯỜNG LONG AN',
    'Long An',
    'Phường Long An',
    'phường Long An',
    'Kha Văn Lợi',
    'Thạch Thị Sa Rết',
  ),
  'phuong-tan-an': local(
    'ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN',
    'Tân An',
    'Phường Tân An',
    'phường Tân An',
    'Ung Thị Ngọc',
    'Viên Văn Tới',
  ),
  'xa-hoa-thanh': local(
    'ỦY BAN NHÂN DÂN XÃ HÒA THẠNH',
    'Hòa Thạnh',
    'Xã Hòa Thạnh',
    'xã Hòa Thạnh',
    'Chung Văn Mười',
    'Lý Thị Út',
  ),
  'xa-duc-hoa': local(
    'ỦY BAN NHÂN DÂN XÃ ĐỨC HÒA',
    'Đức Hòa',
    'Xã Đức Hòa',
    'xã Đức Hòa',
    'Thân Văn Út',
    'Nhan Thị Bông',
  ),
  'xa-hau-nghia': local(
    'ỦY BAN NHÂN DÂN XÃ HẬU NGHĨA',
    'Hậu Nghĩa',
    'Xã Hậu Nghĩa',
    'xã Hậu Nghĩa',
    'Nghiêm Thị Lụa',
    'Lâm Văn Chiến',
  ),
  'xa-tan-bien': local(
    'ỦY BAN NHÂN DÂN XÃ TÂN BIÊN',
    'Tân Biên',
    'Xã Tân Biên',
    'xã Tân Biên',
    'Diệp Văn Chín',
    'Trịnh Thị Hoa',
  ),
};

export const TYPE_LABEL: Record<DocumentType, string> = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'thong-tu': 'Thông tư',
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'huong-dan': 'Hướng dẫn',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  khac: 'Văn bản',
};

/** The department that proposes a document of a field, before and after the 2025 mergers. */
const PROPOSER: Record<LegalField, [before: string, after: string]> = {
  'bo-may-hanh-chinh': ['Sở Nội vụ', 'Sở Nội vụ'],
  'can-bo-cong-chuc': ['Sở Nội vụ', 'Sở Nội vụ'],
  'tu-phap': ['Sở Tư pháp', 'Sở Tư pháp'],
  'dat-dai': ['Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường'],
  'xay-dung': ['Sở Xây dựng', 'Sở Xây dựng'],
  'tai-nguyen-moi-truong': ['Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường'],
  'nong-nghiep': ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'],
  'tai-chinh-ngan-sach': ['Sở Tài chính', 'Sở Tài chính'],
  'thue-phi-le-phi': ['Sở Tài chính', 'Sở Tài chính'],
  'dau-tu': ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
  'doanh-nghiep': ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
  'thuong-mai': ['Sở Công Thương', 'Sở Công Thương'],
  'giao-thong-van-tai': ['Sở Giao thông vận tải', 'Sở Xây dựng'],
  'lao-dong-viec-lam': ['Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
  'bao-hiem': ['Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
  'giao-duc': ['Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo'],
  'y-te': ['Sở Y tế', 'Sở Y tế'],
  'van-hoa-the-thao-du-lich': ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
  'thong-tin-truyen-thong': ['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'],
  'khoa-hoc-cong-nghe': ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ'],
  'hon-nhan-gia-dinh': ['Sở Tư pháp', 'Sở Tư pháp'],
  'dan-toc-ton-giao': ['Ban Dân tộc tỉnh', 'Sở Dân tộc và Tôn giáo'],
  'quoc-phong-an-ninh': ['Công an tỉnh', 'Công an tỉnh'],
  'xu-ly-vi-pham-hanh-chinh': ['Sở Tư pháp', 'Sở Tư pháp'],
};

/** HĐND committee that reviews a draft resolution. */
const committee = (field: LegalField) =>
  [
    'giao-duc',
    'y-te',
    'van-hoa-the-thao-du-lich',
    'lao-dong-viec-lam',
    'bao-hiem',
    'dan-toc-ton-giao',
  ].includes(field)
    ? 'Ban Văn hóa - Xã hội'
    : [
          'tu-phap',
          'bo-may-hanh-chinh',
          'can-bo-cong-chuc',
          'quoc-phong-an-ninh',
          'xu-ly-vi-pham-hanh-chinh',
        ].includes(field)
      ? 'Ban Pháp chế'
      : 'Ban Kinh tế - Ngân sách';

function issuerOf(id: string): Issuer {
  const issuer = ISSUERS[id];
  if (!issuer) throw new Error(`Unknown issuer ${id}`);
  return issuer;
}
const mainField = (fact: Fact): LegalField => fact.f[0] ?? 'bo-may-hanh-chinh';

const hash = (text: string) => {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
};

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
/** "ngày 05 tháng 01 năm 2020", "ngày 19 tháng 6 năm 2015": months after February are not padded. */
export const vnDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `ngày ${pad(d)} tháng ${m < 3 ? pad(m) : m} năm ${y}`;
};
/** "05/01/2020" */
export const dmy = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${pad(d)}/${pad(m)}/${y}`;
};
export const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const lcFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const isNormative = (no: string) => /\/\s*(19|20)\d\d\s*\//.test(no);

function signer(issuer: Issuer, on: string, deputy: boolean) {
  const period = issuer.signers.filter((s) => s.from <= on).at(-1) ??
    issuer.signers[0] ?? { chief: '', deputy: '' };
  const name = deputy ? period.deputy : period.chief;
  const chief = issuer.kind === 'department' ? 'Giám đốc' : 'Chủ tịch';
  return { name, title: deputy ? `Phó ${chief}` : chief, chief };
}

/** The file a PDF attachment is written to, under packages/server/seed/media/documents/. */
export interface SeedFile {
  file: string;
  bytes: Buffer;
}

function docSlug(fact: Fact) {
  return fact.no === 'Không số' ? fileSlug(`${fact.by} ${fact.on} khong so`) : fileSlug(fact.no);
}

function pdfFile(fact: Fact, suffix: string, name: string): { attachment: Attachment; file: SeedFile } {
  const file = `${docSlug(fact)}${suffix}.pdf`;
  const issuer = issuerOf(fact.by);
  const bytes = minimalPdf(`${TYPE_LABEL[fact.type]} ${fact.no} - ${fact.title}`, [
    issuer.head.join(' - '),
    `${fact.label ?? TYPE_LABEL[fact.type]} so ${fact.no}, ${issuer.place}, ${dmy(fact.on)}`,
    fact.title,
    name,
    'Ban dien tu phuc vu tra cuu (du lieu mau) - Trang PBGDPL tinh Tay Ninh',
  ]);
  return {
    attachment: { name, url: `/media/documents/${file}`, mediaType: 'application/pdf', size: bytes.length },
    file: { file, bytes },
  };
}

const MATERIAL_TITLE: Record<MaterialKind, (label: string, fact: Fact) => string> = {
  'press-release': (label, f) => `Thông cáo báo chí về ${label} số ${f.no}`,
  'content-introduction': (label, f) => `Tài liệu giới thiệu nội dung cơ bản của ${label} số ${f.no}`,
  dissemination: (label, f) => `Tài liệu tuyên truyền, phổ biến ${label} số ${f.no}: ${lcFirst(f.title)}`,
  outline: (label, f) => `Đề cương giới thiệu ${label} số ${f.no}`,
};

const fullName = (issuer: Issuer) =>
  issuer.kind === 'local' ? issuer.self : `${issuer.self.replace(/ tỉnh$/, '')} ${issuer.area}`;

const pointHead = (p: Point) => (typeof p === 'string' ? p : p[0]);

function materialBody(kind: MaterialKind, label: string, fact: Fact, issuer: Issuer): string {
  const heads = fact.pts.map((p) => `<li>${escapeHtml(pointHead(p))}</li>`).join('');
  switch (kind) {
    case 'press-release':
      return (
        `<p>Ngày ${dmy(fact.on)}, ${fullName(issuer)} ban hành ${label} số ${escapeHtml(fact.no)} ${escapeHtml(lcFirst(fact.title))}.</p>` +
        `<p>${escapeHtml(fact.sum)}</p>` +
        `<p>Văn bản có hiệu lực từ ngày ${dmy(effectiveFrom(fact) ?? fact.on)}; toàn văn được đăng trên Trang thông tin điện tử phổ biến, giáo dục pháp luật của tỉnh.</p>`
      );
    case 'content-introduction':
      return `<h3>Nội dung cơ bản</h3><p>${escapeHtml(fact.sum)}</p><ul>${heads}</ul>`;
    case 'outline':
      return (
        `<h3>I. Sự cần thiết ban hành</h3><p>Nhằm kịp thời thể chế hóa quy định của Trung ương và đáp ứng yêu cầu quản lý trên địa bàn ${issuer.area}.</p>` +
        `<h3>II. Nội dung chủ yếu</h3><ol>${heads}</ol><h3>III. Tổ chức thực hiện</h3><p>Các cơ quan, đơn vị tổ chức quán triệt, phổ biến đến cán bộ, công chức và Nhân dân.</p>`
      );
    case 'dissemination':
      return (
        `<p><strong>Hỏi:</strong> ${escapeHtml(fact.title)} có điểm gì mới?</p>` +
        `<p><strong>Đáp:</strong> ${escapeHtml(fact.sum)}</p><ul>${heads}</ul>`
      );
  }
}

function effectiveFrom(fact: Fact): string | null {
  if (fact.from !== undefined) return fact.from;
  return isNormative(fact.no) ? addDays(fact.on, 10) : fact.on;
}

function preamble(fact: Fact, issuer: Issuer, byNumber: Map<string, Fact>): string[] {
  const lines: string[] = [];
  const law =
    fact.on >= MERGED_ON
      ? 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025'
      : 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015';
  if (issuer.kind !== 'department') lines.push(`Căn cứ ${law};`);
  else
    lines.push(
      `Căn cứ Quyết định của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${issuer.self};`,
    );
  if (isNormative(fact.no))
    lines.push(
      fact.on >= '2025-04-01'
        ? 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;'
        : 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;',
    );
  for (const r of fact.rel ?? []) {
    if (r.type !== 'based-on' && r.type !== 'details') continue;
    const act = centralByNumber.get(r.targetNumber);
    if (act) lines.push(`Căn cứ ${act.title} ${vnDate(act.issuedOn)};`);
    else {
      const own = byNumber.get(r.targetNumber);
      if (own)
        lines.push(
          `Căn cứ ${TYPE_LABEL[own.type]} số ${own.no} ${vnDate(own.on)} của ${fullName(issuerOf(own.by))} ${lcFirst(own.title)};`,
        );
    }
  }
  const field = mainField(fact);
  const proposer = PROPOSER[field][fact.on >= DEPARTMENTS_MERGED_ON ? 1 : 0];
  const h = hash(fact.no + fact.by);
  const [y] = parts(fact.on);
  if (issuer.kind === 'council')
    lines.push(
      `Xét Tờ trình số ${(h % 400) + 20}/TTr-UBND ngày ${dmy(addDays(fact.on, -20))} của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của ${committee(field)} Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.`,
    );
  else if (issuer.kind === 'province')
    lines.push(
      `Theo đề nghị của Giám đốc ${proposer} tại Tờ trình số ${(h % 900) + 40}/TTr-S ngày ${dmy(addDays(fact.on, -9))}.`,
    );
  else if (issuer.kind === 'local')
    lines.push(`Theo đề nghị của Trưởng phòng chuyên môn, năm ${y}.`.replace(', năm', ' năm'));
  return lines;
}

function articles(points: readonly Point[], first: number): string {
  return points
    .map((p, i) =>
      typeof p === 'string'
        ? `<p><strong>Điều ${first + i}.</strong> ${escapeHtml(p)}</p>`
        : `<p><strong>Điều ${first + i}. ${escapeHtml(p[0])}</strong></p><ol>${p[1].map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ol>`,
    )
    .join('');
}

function sections(points: readonly Point[]): string {
  return points
    .map((p, i) =>
      typeof p === 'string'
        ? `<p>${i + 1}. ${escapeHtml(p)}</p>`
        : `<p><strong>${i + 1}. ${escapeHtml(p[0])}</strong></p><ol type="a">${p[1].map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ol>`,
    )
    .join('');
}

function tableHtml(t: Table | undefined): string {
  if (!t) return '';
  return (
    `<table><caption>${escapeHtml(t.caption)}</caption><thead><tr>${t.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  );
}

function mentions(fact: Fact, byNumber: Map<string, Fact>, type: 'replaces' | 'repeals'): string[] {
  return (fact.rel ?? [])
    .filter((r) => r.type === type && (r.direction ?? 'active') === 'active')
    .map((r) => {
      const own = byNumber.get(r.targetNumber);
      return own
        ? `${TYPE_LABEL[own.type]} số ${own.no} ${vnDate(own.on)} của ${fullName(issuerOf(own.by))}`
        : `văn bản số ${r.targetNumber}`;
    });
}

function localities(fact: Fact) {
  return fact.on >= MERGED_ON ? 'các xã, phường' : 'các huyện, thị xã, thành phố';
}

function bodyHtml(fact: Fact, issuer: Issuer, byNumber: Map<string, Fact>): string {
  const label = fact.label ?? TYPE_LABEL[fact.type];
  const from = effectiveFrom(fact);
  const sign = signer(issuer, fact.on, fact.dep ?? false);
  const head =
    `<p><strong>${issuer.head.join('<br>')}</strong><br>Số: ${escapeHtml(fact.no)}</p>` +
    `<p><em>${issuer.place}, ${vnDate(fact.on)}</em></p>` +
    `<h2>${label.toUpperCase()}</h2><p><strong>${escapeHtml(fact.title)}</strong></p>`;
  const pre = preamble(fact, issuer, byNumber)
    .map((l) => `<p><em>${escapeHtml(l)}</em></p>`)
    .join('');
  const replaced = mentions(fact, byNumber, 'replaces');
  const repealed = mentions(fact, byNumber, 'repeals');
  const effect =
    `${label} này có hiệu lực kể từ ${from ? vnDate(from) : 'ngày ký'}` +
    (replaced.length ? ` và thay thế ${replaced.join('; ')}` : '') +
    (repealed.length ? `; bãi bỏ ${repealed.join('; ')}` : '') +
    '.';
  const area = issuer.area;
  const executors =
    issuer.kind === 'local'
      ? `Chánh Văn phòng Ủy ban nhân dân, thủ trưởng các cơ quan, đơn vị có liên quan và Nhân dân trên địa bàn ${area}`
      : `Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân ${localities(fact)} và các cơ quan, tổ chức, cá nhân có liên quan`;
  const blockTitle =
    issuer.kind === 'council'
      ? 'TM. HỘI ĐỒNG NHÂN DÂN'
      : issuer.kind === 'department'
        ? ''
        : fact.type === 'chi-thi'
          ? ''
          : 'TM. ỦY BAN NHÂN DÂN';
  const signBlock =
    `<p><strong>${blockTitle ? `${blockTitle}<br>` : ''}${sign.title !== sign.chief ? `KT. ${sign.chief.toUpperCase()}<br>` : ''}${sign.title.toUpperCase()}</strong></p>` +
    `<p>(Đã ký)</p><p><strong>${sign.name}</strong></p>`;
  const table = tableHtml(fact.table);
  const n = fact.pts.length;
  const recipients = (
    issuer.kind === 'council'
      ? [
          'Ủy ban Thường vụ Quốc hội',
          'Chính phủ',
          'Thường trực Tỉnh ủy',
          'Ủy ban nhân dân tỉnh',
          'Đại biểu Hội đồng nhân dân tỉnh',
        ]
      : issuer.kind === 'province'
        ? [
            'Bộ Tư pháp (Cục Kiểm tra văn bản)',
            'Thường trực Hội đồng nhân dân tỉnh',
            'Các sở, ban, ngành tỉnh',
            `Ủy ban nhân dân ${localities(fact)}`,
            'Trung tâm Công báo - Tin học tỉnh',
          ]
        : issuer.kind === 'department'
          ? ['Ủy ban nhân dân tỉnh (để báo cáo)', 'Ban Giám đốc', 'Các phòng, đơn vị thuộc Sở']
          : ['Ủy ban nhân dân tỉnh', 'Thường trực Đảng ủy', 'Các ban, ngành, đoàn thể']
  )
    .concat('Lưu: VT.')
    .map((r) => `<li>${r}</li>`)
    .join('');
  const footer = `<p><strong>Nơi nhận:</strong></p><ul>${recipients}</ul>`;
  let main: string;
  switch (fact.type) {
    case 'nghi-quyet':
      main =
        `<p><strong>${issuer.head[0]} ${fact.on >= '2021-06-01' ? 'KHÓA X' : 'KHÓA IX'}</strong></p>${pre}<p><strong>QUYẾT NGHỊ:</strong></p>` +
        `<p><strong>Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng</strong></p><p>Nghị quyết này ${escapeHtml(lcFirst(fact.title))}. ${escapeHtml(fact.sum)}</p>` +
        articles(fact.pts, 2) +
        table +
        `<p><strong>Điều ${n + 2}. Tổ chức thực hiện</strong></p><ol><li>Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.</li>` +
        `<li>Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.</li></ol>` +
        `<p>Nghị quyết này đã được Hội đồng nhân dân ${area} thông qua ${vnDate(fact.on)}. ${effect}</p>`;
      break;
    case 'quyet-dinh':
    case 'khac':
      main =
        `${pre}<p><strong>${fact.type === 'khac' ? 'NỘI DUNG:' : 'QUYẾT ĐỊNH:'}</strong></p>` +
        `<p><strong>Điều 1.</strong> ${escapeHtml(fact.title)}. ${escapeHtml(fact.sum)}</p>` +
        articles(fact.pts, 2) +
        table +
        `<p><strong>Điều ${n + 2}. Hiệu lực thi hành</strong></p><p>${effect}</p>` +
        `<p><strong>Điều ${n + 3}. Trách nhiệm thi hành</strong></p><p>${executors} chịu trách nhiệm thi hành ${label} này./.</p>`;
      break;
    case 'chi-thi':
      main =
        `<p>${escapeHtml(fact.sum)} Để khắc phục hạn chế và nâng cao hiệu quả công tác này trên địa bàn ${area}, Chủ tịch ${issuer.self} chỉ thị:</p>` +
        sections(fact.pts) +
        table +
        `<p>${n + 1}. ${executors} nghiêm túc triển khai thực hiện Chỉ thị này; định kỳ báo cáo kết quả về ${issuer.self} trước ngày 15 tháng 12 hằng năm. ${effect}</p>`;
      break;
    case 'ke-hoach':
      main =
        `${pre}<h3>I. MỤC ĐÍCH, YÊU CẦU</h3><p>1. ${escapeHtml(fact.sum)}</p>` +
        `<p>2. Xác định cụ thể nội dung công việc, thời hạn hoàn thành và trách nhiệm của cơ quan, đơn vị chủ trì, phối hợp; bảo đảm thiết thực, tiết kiệm, hiệu quả.</p>` +
        `<h3>II. NỘI DUNG, NHIỆM VỤ</h3>${sections(fact.pts)}${table}` +
        `<h3>III. KINH PHÍ THỰC HIỆN</h3><p>Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách nhà nước năm ${parts(fact.on)[0]} giao cho các cơ quan, đơn vị và nguồn hợp pháp khác theo quy định.</p>` +
        `<h3>IV. TỔ CHỨC THỰC HIỆN</h3><p>${executors} căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị; báo cáo kết quả thực hiện về ${issuer.self} (qua ${PROPOSER[mainField(fact)][fact.on >= DEPARTMENTS_MERGED_ON ? 1 : 0]}) để tổng hợp./.</p>`;
      break;
    case 'huong-dan':
      main =
        `${pre}<h3>I. MỤC ĐÍCH, YÊU CẦU</h3><p>${escapeHtml(fact.sum)}</p><h3>II. NỘI DUNG HƯỚNG DẪN</h3>${sections(fact.pts)}${table}` +
        `<h3>III. TỔ CHỨC THỰC HIỆN</h3><p>Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về ${issuer.self} để được hướng dẫn./.</p>`;
      break;
    case 'cong-van':
      main =
        `<p>V/v ${escapeHtml(lcFirst(fact.title))}</p><p>Kính gửi: ${escapeHtml(fact.to_ ?? `Các sở, ban, ngành tỉnh; Ủy ban nhân dân ${localities(fact)}`)}.</p>` +
        `<p>${escapeHtml(fact.sum)} ${issuer.self} đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:</p>${sections(fact.pts)}${table}` +
        `<p>Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.</p>`;
      break;
    case 'thong-bao':
      main =
        `<p>${escapeHtml(fact.sum)}</p><p>${issuer.self} thông báo như sau:</p>${sections(fact.pts)}${table}` +
        `<p>Thông báo này được niêm yết công khai tại trụ sở ${issuer.self}, tại nhà văn hóa các ấp, khu phố và đăng trên trang thông tin điện tử của ${fullName(issuer)}. Trong quá trình thực hiện, nếu có vướng mắc, tổ chức, cá nhân liên hệ bộ phận tiếp nhận và trả kết quả trong giờ hành chính để được hướng dẫn.</p>` +
        `<p>${issuer.self} thông báo để các cơ quan, tổ chức, cá nhân biết, thực hiện./.</p>`;
      break;
    case 'bao-cao':
      main =
        `<p>${escapeHtml(fact.sum)}</p><h3>I. KẾT QUẢ THỰC HIỆN</h3>${sections(fact.pts)}${table}` +
        `<h3>II. KHÓ KHĂN, VƯỚNG MẮC</h3><p>Nguồn lực bố trí còn hạn chế; việc phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ; một số chỉ tiêu đạt thấp so với kế hoạch.</p>` +
        `<h3>III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI</h3><p>Tiếp tục triển khai đồng bộ các giải pháp; tăng cường kiểm tra, đôn đốc; kịp thời tháo gỡ khó khăn, vướng mắc trên địa bàn ${area}./.</p>`;
      break;
    default:
      main = `${pre}${articles(fact.pts, 1)}${table}<p>${effect}</p>`;
  }
  return head + main + signBlock + footer;
}

/** Builds the seed documents, and the PDF files their attachments and materials point to. */
export function buildDocuments(facts: readonly Fact[]): { documents: DocumentInput[]; files: SeedFile[] } {
  const byNumber = new Map(facts.filter((f) => f.no !== 'Không số').map((f) => [f.no, f]));
  const files: SeedFile[] = [];
  const documents = facts.map((fact): DocumentInput => {
    const issuer = ISSUERS[fact.by];
    if (!issuer) throw new Error(`Unknown issuer ${fact.by} (${fact.no})`);
    const label = fact.label ?? TYPE_LABEL[fact.type];
    const sign = signer(issuer, fact.on, fact.dep ?? false);
    const normative = isNormative(fact.no);
    const h = hash(`${fact.by}|${fact.no}|${fact.on}`);
    const provincial = ['tay-ninh', 'hdnd-tay-ninh', 'long-an', 'hdnd-long-an'].includes(fact.by);
    const inGazette = !fact.draft && (fact.gazette ?? (normative && provincial && fact.on >= '2018-01-01'));
    // Province-level normative acts usually carry the signed full text as PDF, and HĐND
    // resolutions an outline (đề cương giới thiệu); facts may name their own instead.
    const pdfNames =
      fact.pdf ??
      (normative && provincial && !fact.draft && h % 5 < 3 ? [`${label} ${fact.no} (bản ký số)`] : []);
    const matSpecs =
      fact.mat ??
      (normative && fact.type === 'nghi-quyet' && fact.on >= '2021-01-01' && h % 2 === 0
        ? ['outline' as const]
        : []);
    const attachments = pdfNames.map((name, i) => {
      const { attachment, file } = pdfFile(fact, i === 0 ? '' : `-${i + 1}`, name);
      files.push(file);
      return attachment;
    });
    const materials = matSpecs.map((spec): Material => {
      const kind = spec.replace(/\.pdf$/, '') as MaterialKind;
      const title = MATERIAL_TITLE[kind](label, fact);
      if (spec.endsWith('.pdf')) {
        const { attachment, file } = pdfFile(fact, `-${kind}`, title);
        files.push(file);
        return { kind, title, body: null, file: attachment };
      }
      return { kind, title, body: materialBody(kind, label, fact, issuer), file: null };
    });
    return {
      number: fact.no,
      title: fact.title,
      type: fact.type,
      issuerId: fact.by,
      signerName: sign.name,
      signerTitle: sign.title,
      issuedOn: fact.on,
      effectiveFrom: effectiveFrom(fact),
      effectiveTo: fact.to ?? null,
      status: fact.st,
      fields: fact.f,
      scope: fact.scope ?? issuer.scope,
      gazetteOn: inGazette ? addDays(fact.on, 6 + (h % 9)) : null,
      summary: fact.sum,
      body: bodyHtml(fact, issuer, byNumber),
      attachments,
      materials,
      relations: fact.rel ?? [],
      vbplItemId:
        fact.vbpl !== undefined
          ? fact.vbpl
          : !fact.draft && (normative || (provincial && fact.type !== 'cong-van'))
            ? 90_000 + (h % 90_000)
            : null,
      gazetteId: inGazette ? String(40_000 + (h % 60_000)) : null,
      published: !fact.draft,
    };
  });
  return { documents, files };
}
