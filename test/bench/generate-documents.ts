import type {
  DocumentInput,
  DocumentStatus,
  DocumentType,
  LegalField,
  RelationInput,
} from '@pbgdpl/contract';
import { siteUnits } from '../../packages/server/src/seed/site.ts';
import { central, type CentralKey } from './central-acts.ts';

/** Generated documents are consistent with this day: statuses, "not yet in force" dates. */
const SEED_TODAY = '2026-11-29';

const TYPE_LABEL: Record<DocumentType, string> = {
  'hien-phap': 'Hiến pháp',
  'bo-luat': 'Bộ luật',
  'phap-lenh': 'Pháp lệnh',
  'thong-tu-lien-tich': 'Thông tư liên tịch',
  'van-ban-hop-nhat': 'Văn bản hợp nhất',
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

const HAND_SET = new Set<DocumentStatus>(['partly-expired', 'suspended', 'outdated']);

const pad = (n: number) => String(n).padStart(2, '0');
/** "ngày 05 tháng 01 năm 2020", "ngày 19 tháng 6 năm 2015": months after February are not padded. */
const vnDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${pad(d)} tháng ${m < 3 ? pad(m) : m} năm ${y}`;
};
const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** mulberry32: a small, fast, seeded PRNG (never Math.random, so runs are repeatable). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Subjects per field: noun phrases that follow "Quy định", "Hướng dẫn", "Tăng cường" ... The
 * fields added later have none, so the corpus (and its measurements) stays the same.
 */
const SUBJECTS: Partial<Record<LegalField, readonly string[]>> = {
  'bo-may-hanh-chinh': [
    'chức năng, nhiệm vụ của văn phòng Ủy ban nhân dân',
    'cải cách thủ tục hành chính',
    'vận hành bộ phận một cửa',
    'công tác văn thư, lưu trữ',
    'quy chế làm việc của cơ quan',
  ],
  'can-bo-cong-chuc': [
    'tuyển dụng công chức',
    'đánh giá, xếp loại cán bộ, công chức',
    'bồi dưỡng cán bộ, công chức cấp xã',
    'thi đua, khen thưởng',
    'vị trí việc làm',
  ],
  'tu-phap': [
    'phổ biến, giáo dục pháp luật',
    'hòa giải ở cơ sở',
    'đăng ký hộ tịch',
    'chứng thực bản sao',
    'trợ giúp pháp lý',
    'chuẩn tiếp cận pháp luật',
    'kiểm tra, rà soát văn bản quy phạm pháp luật',
  ],
  'dat-dai': [
    'bảng giá đất',
    'bồi thường, hỗ trợ, tái định cư',
    'cấp giấy chứng nhận quyền sử dụng đất',
    'tách thửa, hợp thửa đất',
    'hạn mức giao đất ở',
    'kế hoạch sử dụng đất',
  ],
  'xay-dung': [
    'cấp giấy phép xây dựng',
    'quản lý trật tự xây dựng',
    'quản lý chất lượng công trình',
    'phát triển nhà ở xã hội',
    'quy hoạch chung đô thị',
  ],
  'tai-nguyen-moi-truong': [
    'quản lý chất thải rắn sinh hoạt',
    'bảo vệ nguồn nước',
    'khai thác khoáng sản, cát lòng sông',
    'phòng, chống thiên tai',
    'quan trắc môi trường',
  ],
  'nong-nghiep': [
    'phát triển nông nghiệp công nghệ cao',
    'phòng, chống dịch bệnh trên cây trồng, vật nuôi',
    'dịch vụ công ích thuỷ lợi',
    'xây dựng nông thôn mới',
    'liên kết sản xuất và tiêu thụ nông sản',
  ],
  'tai-chinh-ngan-sach': [
    'dự toán ngân sách',
    'quản lý, sử dụng tài sản công',
    'quyết toán ngân sách',
    'định mức phân bổ chi thường xuyên',
    'thực hành tiết kiệm, chống lãng phí',
  ],
  'thue-phi-le-phi': [
    'phí tham quan',
    'lệ phí hộ tịch',
    'lệ phí cấp giấy phép xây dựng',
    'phí bảo vệ môi trường đối với nước thải',
    'thu nợ thuế',
  ],
  'dau-tu': [
    'thu hút đầu tư',
    'đầu tư công trung hạn',
    'chấp thuận chủ trương đầu tư',
    'giải ngân vốn đầu tư công',
    'hợp tác công tư',
  ],
  'doanh-nghiep': [
    'hỗ trợ doanh nghiệp nhỏ và vừa',
    'đăng ký doanh nghiệp',
    'phát triển kinh tế tập thể, hợp tác xã',
    'hỗ trợ khởi nghiệp',
  ],
  'thuong-mai': [
    'quản lý chợ',
    'bình ổn thị trường',
    'xúc tiến thương mại',
    'phát triển thương mại biên giới',
    'chống buôn lậu, hàng giả',
  ],
  'giao-thong-van-tai': [
    'bảo đảm trật tự, an toàn giao thông',
    'quản lý bến khách ngang sông',
    'vận tải hành khách công cộng bằng xe buýt',
    'bảo trì đường địa phương',
  ],
  'lao-dong-viec-lam': [
    'giải quyết việc làm',
    'đào tạo nghề cho lao động nông thôn',
    'an toàn, vệ sinh lao động',
    'đưa người lao động đi làm việc ở nước ngoài',
  ],
  'bao-hiem': [
    'phát triển người tham gia bảo hiểm xã hội tự nguyện',
    'bảo hiểm y tế toàn dân',
    'bảo hiểm thất nghiệp',
  ],
  'giao-duc': [
    'tuyển sinh đầu cấp',
    'dạy thêm, học thêm',
    'học phí',
    'phổ cập giáo dục',
    'xây dựng trường học đạt chuẩn quốc gia',
    'giáo dục kĩ năng sống',
  ],
  'y-te': [
    'phòng, chống sốt xuất huyết',
    'tiêm chủng mở rộng',
    'an toàn thực phẩm',
    'khám bệnh, chữa bệnh',
    'chăm sóc sức khỏe người cao tuổi',
  ],
  'van-hoa-the-thao-du-lich': [
    'tổ chức lễ hội',
    'bảo vệ di tích',
    'phát triển du lịch',
    'phong trào toàn dân đoàn kết xây dựng đời sống văn hóa',
    'thể dục thể thao quần chúng',
  ],
  'thong-tin-truyen-thong': [
    'chuyển đổi số',
    'bảo đảm an toàn thông tin mạng',
    'thông tin cơ sở',
    'quản lý cổng thông tin điện tử',
  ],
  'khoa-hoc-cong-nghe': [
    'đổi mới sáng tạo',
    'nhiệm vụ khoa học và công nghệ cấp tỉnh',
    'tiêu chuẩn, đo lường, chất lượng',
    'sở hữu trí tuệ',
  ],
  'hon-nhan-gia-dinh': ['phòng, chống bạo lực gia đình', 'giảm thiểu tảo hôn', 'xây dựng gia đình hạnh phúc'],
  'dan-toc-ton-giao': [
    'công tác dân tộc',
    'quản lý nhà nước về tín ngưỡng, tôn giáo',
    'hỗ trợ đồng bào dân tộc thiểu số',
  ],
  'quoc-phong-an-ninh': [
    'bảo đảm an ninh trật tự',
    'phòng, chống tội phạm',
    'phòng cháy, chữa cháy',
    'xây dựng lực lượng dân quân tự vệ',
    'quản lý cư trú',
  ],
  'xu-ly-vi-pham-hanh-chinh': [
    'xử lý vi phạm hành chính',
    'cưỡng chế thi hành quyết định xử phạt',
    'quản lý tang vật, phương tiện bị tạm giữ',
  ],
};
const FIELDS = Object.keys(SUBJECTS) as LegalField[];

const TITLES: Record<DocumentType, readonly ((s: string, area: string, y: number) => string)[]> = {
  // Central and consolidated types: no local issuer generates them.
  'hien-phap': [],
  'bo-luat': [],
  'phap-lenh': [],
  'thong-tu-lien-tich': [],
  'van-ban-hop-nhat': [],
  luat: [(s) => `Luật về ${s}`],
  'nghi-dinh': [(s) => `Quy định chi tiết về ${s}`],
  'thong-tu': [(s) => `Hướng dẫn về ${s}`],
  'nghi-quyet': [
    (s, a) => `Quy định chính sách hỗ trợ ${s} trên địa bàn ${a}`,
    (s, a) => `Quy định nội dung, mức chi cho ${s} trên địa bàn ${a}`,
    (s, a, y) => `Về ${s} giai đoạn ${y + 1}–${y + 5} của ${a}`,
    (s, a) => `Sửa đổi, bổ sung quy định về ${s} trên địa bàn ${a}`,
  ],
  'quyet-dinh': [
    (s, a) => `Ban hành Quy chế phối hợp về ${s} trên địa bàn ${a}`,
    (s, a) => `Quy định về ${s} trên địa bàn ${a}`,
    (s, _a, y) => `Phê duyệt Kế hoạch ${s} năm ${y}`,
    (s) => `Công bố danh mục thủ tục hành chính lĩnh vực ${s}`,
    (s, a) => `Kiện toàn Ban Chỉ đạo ${s} ${a}`,
  ],
  'chi-thi': [
    (s, a) => `Tăng cường công tác ${s} trên địa bàn ${a}`,
    (s) => `Chấn chỉnh, nâng cao hiệu quả ${s}`,
  ],
  'ke-hoach': [
    (s, _a, y) => `Triển khai công tác ${s} năm ${y}`,
    (s, a, y) => `Thực hiện ${s} trên địa bàn ${a} giai đoạn ${y}–${y + 4}`,
    (s, _a, y) => `Kiểm tra việc thực hiện ${s} năm ${y}`,
  ],
  'huong-dan': [
    (s, _a, y) => `Hướng dẫn thực hiện ${s} năm ${y}`,
    (s) => `Hướng dẫn hồ sơ, trình tự về ${s}`,
  ],
  'cong-van': [
    (s) => `Đôn đốc triển khai ${s}`,
    (s) => `Góp ý dự thảo văn bản về ${s}`,
    (s) => `Tăng cường ${s} dịp cuối năm`,
  ],
  'thong-bao': [
    (s) => `Thông báo kết luận của lãnh đạo tại cuộc họp về ${s}`,
    (s, _a, y) => `Thông báo lịch kiểm tra ${s} năm ${y}`,
  ],
  'bao-cao': [
    (s, _a, y) => `Báo cáo kết quả ${s} năm ${y}`,
    (s, _a, y) => `Báo cáo sơ kết 6 tháng đầu năm ${y} về ${s}`,
  ],
  khac: [(s) => `Chương trình hành động về ${s}`],
};

const CODE: Partial<Record<string, string>> = {
  'so-tu-phap': 'STP',
  'so-giao-duc-va-dao-tao': 'SGDĐT',
  'so-y-te': 'SYT',
  'so-noi-vu': 'SNV',
  'so-tai-chinh': 'STC',
  'so-nong-nghiep-va-moi-truong': 'SNNMT',
  'so-van-hoa-the-thao-va-du-lich': 'SVHTTDL',
  'cong-an-tinh': 'CAT',
  'so-xay-dung': 'SXD',
  'so-cong-thuong': 'SCT',
  'so-tu-phap-long-an': 'STP',
};
const ABBR: Record<DocumentType, string> = {
  'hien-phap': 'QH',
  'bo-luat': 'QH',
  'phap-lenh': 'UBTVQH',
  'thong-tu-lien-tich': 'TTLT',
  'van-ban-hop-nhat': 'VBHN',
  luat: 'QH',
  'nghi-dinh': 'NĐ',
  'thong-tu': 'TT',
  'nghi-quyet': 'NQ',
  'quyet-dinh': 'QĐ',
  'chi-thi': 'CT',
  'ke-hoach': 'KH',
  'huong-dan': 'HD',
  'cong-van': 'CV',
  'thong-bao': 'TB',
  'bao-cao': 'BC',
  khac: 'CTr',
};

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Phan',
  'Trương',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hoàng', 'Ngọc', 'Quốc', 'Thị Kim', 'Hữu', 'Công'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hạnh',
  'Hòa',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trí',
  'Tuấn',
  'Vy',
  'Yến',
];
const LAWS: CentralKey[] = [
  'pbgdpl',
  'datDai',
  'nsnn',
  'giaoDuc',
  'xlvphc',
  'bvmt',
  'dauTu',
  'phiLePhi',
  'khamBenh',
  'hoaGiai',
  'xayDung',
  'thuyLoi',
];
const RELATIONS = ['replaces', 'amends', 'guides', 'references', 'details', 'repeals'] as const;

interface IssuerPlan {
  id: string;
  kind: 'council' | 'province' | 'department' | 'local';
  area: string;
  head: string;
  place: string;
  name: string;
  from: string;
  to: string;
  types: DocumentType[];
  code: string;
}

function issuerPlans(): IssuerPlan[] {
  return siteUnits().map((u) => {
    const council = u.id.startsWith('hdnd-');
    const kind: IssuerPlan['kind'] = council
      ? 'council'
      : u.kind === 'province' || u.kind === 'former-province'
        ? 'province'
        : u.kind === 'department'
          ? 'department'
          : 'local';
    const local = u.name.replace(/^(UBND|Ủy ban nhân dân) /, '');
    const area =
      kind === 'local'
        ? /^Phường \d/.test(local)
          ? local
          : local.charAt(0).toLowerCase() + local.slice(1)
        : (u.name.match(/tỉnh .+$/)?.[0] ?? 'tỉnh Tây Ninh');
    const types: DocumentType[] =
      kind === 'council'
        ? ['nghi-quyet', 'nghi-quyet', 'nghi-quyet', 'thong-bao', 'bao-cao']
        : kind === 'department'
          ? ['huong-dan', 'cong-van', 'cong-van', 'ke-hoach', 'thong-bao', 'bao-cao', 'quyet-dinh']
          : kind === 'province'
            ? [
                'quyet-dinh',
                'quyet-dinh',
                'quyet-dinh',
                'chi-thi',
                'ke-hoach',
                'ke-hoach',
                'cong-van',
                'thong-bao',
                'bao-cao',
                'huong-dan',
                'khac',
              ]
            : ['quyet-dinh', 'ke-hoach', 'ke-hoach', 'thong-bao', 'bao-cao', 'cong-van'];
    return {
      id: u.id,
      kind,
      area,
      head: (kind === 'local' || kind === 'province' ? `Ủy ban nhân dân ${area}` : u.name).toUpperCase(),
      place:
        kind === 'local'
          ? area
              .replace(/^(phường|xã|thị trấn|huyện|thị xã|thành phố) /, '')
              .replace(/^Phường 1, thành phố /, '')
          : area.replace(/^tỉnh /, ''),
      name: kind === 'local' || kind === 'province' ? `Ủy ban nhân dân ${area}` : u.name,
      from: u.validFrom ?? '2015-01-01',
      to: u.validTo ?? SEED_TODAY,
      types,
      code: council ? 'HĐND' : (CODE[u.id] ?? 'UBND'),
    };
  });
}

const DAY = 86_400_000;
const START = Date.parse('2015-01-01T00:00:00Z');
/** Every day from 1/1/2015 to the seed's today, as yyyy-mm-dd. */
const DAYS = Array.from({ length: (Date.parse(`${SEED_TODAY}T00:00:00Z`) - START) / DAY }, (_, i) =>
  new Date(START + i * DAY).toISOString().slice(0, 10),
);
const EXTRA = [
  'Giao cơ quan chuyên môn chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện và báo cáo kết quả.',
  'Bảo đảm công khai, minh bạch và đúng quy định của pháp luật.',
  'Kinh phí thực hiện được bảo đảm từ ngân sách nhà nước và các nguồn hợp pháp khác.',
  'Người đứng đầu cơ quan, đơn vị chịu trách nhiệm nếu để chậm trễ, kéo dài.',
];

/**
 * Yields `count` plausible documents for load tests: deterministic for a given seed, issuers
 * from the seeded units (each within its validity), numbers unique per issuer, statuses
 * consistent with dates, and now and then a relation to an earlier generated document.
 */
export function* generateDocuments(count: number, seed = 1): Generator<DocumentInput> {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(rand() * list.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const plans = issuerPlans();
  const counters = new Map<string, number>();
  const earlier: { number: string; title: string; issuer: string }[] = [];

  for (let i = 0; i < count; i++) {
    const issuedOn = pick(DAYS);
    let plan = pick(plans);
    for (let tries = 0; tries < 20 && (issuedOn < plan.from || issuedOn > plan.to); tries++)
      plan = pick(plans);
    if (issuedOn < plan.from || issuedOn > plan.to) plan = plans.find((p) => p.id === 'tay-ninh') ?? plan;
    const type = pick(plan.types);
    const year = Number(issuedOn.slice(0, 4));
    const field = pick(FIELDS);
    const other = pick(FIELDS);
    const fields: LegalField[] = rand() < 0.3 && other !== field ? [field, other] : [field];
    const subject = pick(SUBJECTS[field] ?? []);
    const area = plan.area;
    const title = pick(TITLES[type])(subject, area, year);

    // Numbers: normative acts restart each year (…/2024/QĐ-UBND), others never repeat per issuer.
    const normative =
      (type === 'nghi-quyet' && rand() < 0.7) ||
      (type === 'quyet-dinh' && plan.kind === 'province' && rand() < 0.35);
    const key = normative ? `${plan.id}|${type}|${year}` : `${plan.id}|${type}`;
    const next =
      (counters.get(key) ?? (normative ? 60 : 4000 + Math.floor(rand() * 50))) +
      (normative ? 1 : 1 + Math.floor(rand() * 6));
    counters.set(key, next);
    const abbr = type === 'cong-van' ? plan.code : `${ABBR[type]}-${plan.code}`;
    const number = normative
      ? `${next}/${year}/${abbr}`
      : type === 'cong-van'
        ? `${next}/${abbr}-VP`
        : `${next}/${abbr}`;

    const effectiveFrom = normative ? addDays(issuedOn, 10) : issuedOn;
    let status: DocumentStatus;
    let effectiveTo: string | null = null;
    const r = rand();
    if (effectiveFrom > SEED_TODAY) status = 'not-yet-in-force';
    else if (r < (plan.to < SEED_TODAY ? 0.35 : 0.15) && effectiveFrom < '2026-06-01') {
      status = 'expired';
      const days = Math.max(1, Math.floor((Date.parse(SEED_TODAY) - Date.parse(effectiveFrom)) / DAY) - 1);
      effectiveTo = addDays(effectiveFrom, 1 + Math.floor(rand() * days));
    } else if (r < 0.25) status = normative ? 'partly-expired' : 'outdated';
    else if (r < 0.35) status = 'outdated';
    else if (r < 0.37) status = 'suspended';
    else status = 'in-force';

    const relations: RelationInput[] = [];
    if (earlier.length > 0 && rand() < 0.2) {
      const target = pick(earlier);
      relations.push({ type: pick(RELATIONS), direction: 'active', targetNumber: target.number });
    }
    if (normative && rand() < 0.5) {
      const act = central(pick(LAWS));
      relations.push({
        type: 'based-on',
        direction: 'active',
        targetNumber: act.number,
        targetTitle: act.title,
        targetUrl: act.url,
      });
    }

    const label = TYPE_LABEL[type];
    const signer = `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const deputy = rand() < 0.6;
    const chief = plan.kind === 'department' ? 'Giám đốc' : 'Chủ tịch';
    const summary = `${label} của ${plan.name} về ${subject} trên địa bàn ${area}. ${pick(EXTRA)}`;
    const body =
      `<p><strong>${plan.head}</strong><br>Số: ${number}</p><p><em>${plan.place}, ${vnDate(issuedOn)}</em></p>` +
      `<h2>${label.toUpperCase()}</h2><p><strong>${title}</strong></p>` +
      `<p><em>Căn cứ Luật Tổ chức chính quyền địa phương;</em></p>` +
      `<p><strong>Điều 1.</strong> ${title}. Văn bản này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan đến ${subject}.</p>` +
      `<p><strong>Điều 2.</strong> Giao ${pick(['Sở Tư pháp', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'])} chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện; định kỳ ${pick(['hằng quý', '6 tháng', 'hằng năm'])} báo cáo kết quả.</p>` +
      `<ol><li>Kinh phí thực hiện từ dự toán ngân sách năm ${year}.</li><li>Kiểm tra, đôn đốc việc thực hiện ${subject}.</li></ol>` +
      `<p><strong>Điều 3.</strong> ${label} này có hiệu lực kể từ ${vnDate(effectiveFrom)}.</p>` +
      `<p><strong>${deputy ? `KT. ${chief.toUpperCase()}<br>PHÓ ${chief.toUpperCase()}` : chief.toUpperCase()}</strong></p><p>${signer}</p>`;

    earlier.push({ number, title, issuer: plan.id });
    if (earlier.length > 500) earlier.splice(0, 100);

    yield {
      number,
      title,
      type,
      issuerId: plan.id,
      signerName: signer,
      signerTitle: deputy ? `Phó ${chief}` : chief,
      issuedOn,
      effectiveFrom,
      effectiveTo,
      status,
      // Statuses the dates cannot give are an editor's, with a reason.
      ...(HAND_SET.has(status) ? { statusExplicit: true, statusReason: 'Theo văn bản có liên quan' } : {}),
      fields,
      scope: area.charAt(0).toUpperCase() + area.slice(1),
      gazetteOn: normative && plan.kind !== 'local' ? addDays(issuedOn, 7) : null,
      summary,
      body,
      attachments: [],
      materials: [],
      relations,
      vbplItemId: normative ? 200_000 + i : null,
      gazetteId: normative && plan.kind !== 'local' ? String(300_000 + i) : null,
      published: rand() > 0.03,
    };
  }
}
