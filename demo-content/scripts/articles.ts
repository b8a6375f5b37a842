/**
 * Writes `demo-content/articles.ndjson`: the demo's articles, one ArticleInput per line, in the
 * import format (`POST /api/v1/admin/articles/import`). Each article is written below as its
 * facts (what happened, where, for whom, under which documents); the body is built from them.
 * Units are the province's after the 2025 reform, and the former Long An and district units for
 * items dated before 1/7/2025. No article quotes a named person.
 *
 *   node --import tsx demo-content/scripts/articles.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMain } from './demo-data.ts';

type Category =
  | 'tin-tuc-su-kien'
  | 'huong-dan-chi-dao'
  | 'hoat-dong-don-vi'
  | 'hoi-dong-phoi-hop'
  | 'bao-cao-vien-tuyen-truyen-vien'
  | 'thong-bao-giay-moi'
  | 'ke-hoach-chuong-trinh'
  | 'tai-lieu-pbgdpl';

interface Facts {
  slug: string;
  title: string;
  category: Category;
  unitId: string;
  /** yyyy-mm-dd, Vietnam time; published at 08:00 that day. */
  date: string;
  summary: string;
  /** Paragraphs of the body; a line starting with "- " joins a list, "## " is a heading. */
  body: string[];
  fields: string[];
  audiences: string[];
  documents?: string[];
  cover?: [string, string];
  attachments?: string[];
  event?: { start: string; end?: string; place: string };
  material?: 'handbook' | 'leaflet' | 'qa-booklet' | 'infographic' | 'audio';
  pinned?: boolean;
  featured?: boolean;
}

const POSTER = (name: string) => `/media/videos/${name}-poster.jpg`;
const PDF = (name: string) => `/media/documents/${name}.pdf`;

/** The names readers see for the files articles attach (the library's titles are file names). */
const FILE_NAMES: Record<string, string> = {
  [PDF('1125-kh-ubnd')]: 'Kế hoạch số 1125/KH-UBND (tham khảo)',
  [PDF('118-hd-sxd-dissemination')]: 'Tài liệu giới thiệu Hướng dẫn số 118/HD-SXD',
  [PDF('1412-qd-ubnd')]: 'Quyết định số 1412/QĐ-UBND',
  [PDF('12-2024-nq-hdnd')]: 'Sổ tay hòa giải viên ở cơ sở (PDF)',
  [PDF('41-2024-qd-ubnd-dissemination')]: 'Hỏi – đáp pháp luật về đất đai (PDF)',
  [PDF('13-2025-nq-hdnd')]: 'Tài liệu giới thiệu Nghị quyết số 13/2025/NQ-HĐND',
  [PDF('19-2023-qd-ubnd-outline')]: 'Đề cương giới thiệu Quy chế báo cáo viên, tuyên truyền viên',
  [PDF('25-2025-nq-hdnd-outline')]: 'Hỏi – đáp về bảng giá đất từ năm 2026 (PDF)',
  [PDF('07-2025-nq-hdnd')]: 'Tài liệu tuyên truyền Nghị quyết số 07/2025/NQ-HĐND',
  [PDF('14-2025-nq-hdnd')]: 'Sổ tay pháp luật cho hộ kinh doanh (PDF)',
  [PDF('05-2020-nq-hdnd')]: 'Tài liệu giới thiệu Nghị quyết số 05/2020/NQ-HĐND',
  '/media/banners/tro-giup-phap-ly-300x250.svg': 'Tờ gấp trợ giúp pháp lý miễn phí',
  '/media/banners/cong-pbgdpl-250x250.svg': 'Infographic tra cứu pháp luật',
  '/media/banners/hoi-dap-phap-luat-300x250.svg': 'Tờ gấp hỏi đáp pháp luật trực tuyến',
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The body's HTML: paragraphs, "- " lines gathered into lists, "## " headings. */
function html(lines: string[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of lines) {
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      continue;
    }
    flush();
    out.push(line.startsWith('## ') ? `<h2>${escape(line.slice(3))}</h2>` : `<p>${escape(line)}</p>`);
  }
  flush();
  return out.join('\n');
}

/** 08:00 in Vietnam on `date`, or the given time (hh:mm). */
const vnTime = (date: string, time = '08:00') => new Date(`${date}T${time}:00+07:00`).toISOString();
const atVn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

export const ARTICLES: Facts[] = [
  // Tin tức – Sự kiện
  {
    slug: 'huong-ung-ngay-phap-luat-viet-nam-2025',
    title: 'Tây Ninh hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2025',
    category: 'tin-tuc-su-kien',
    unitId: 'so-tu-phap',
    date: '2025-11-09',
    summary:
      'Lần đầu tiên sau hợp nhất, các sở, ngành và 96 xã, phường của tỉnh Tây Ninh cùng tổ chức các hoạt động hưởng ứng Ngày Pháp luật 9/11.',
    body: [
      'Ngày Pháp luật năm 2025 được tổ chức với chủ đề tuyên truyền các luật mới được Quốc hội thông qua và các quy định về tổ chức chính quyền địa phương hai cấp.',
      '## Các hoạt động chính',
      '- Treo băng rôn, pa nô tại trụ sở các cơ quan, đơn vị và nơi công cộng;',
      '- Tọa đàm về thi hành pháp luật sau sắp xếp đơn vị hành chính;',
      '- Phát thanh chuyên đề pháp luật trên hệ thống truyền thanh cơ sở;',
      '- Cuộc thi tìm hiểu pháp luật trực tuyến dành cho cán bộ, công chức và nhân dân.',
      'Sở Tư pháp đề nghị các đơn vị báo cáo kết quả hưởng ứng trước ngày 15/12/2025 để tổng hợp báo cáo Ủy ban nhân dân tỉnh.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc', 'nhan-dan'],
    documents: ['210/KH-UBND'],
    cover: [POSTER('ngay-phap-luat-9-11'), 'Pa nô hưởng ứng Ngày Pháp luật Việt Nam 9/11'],
    featured: true,
  },
  {
    slug: 'hoi-nghi-trien-khai-luat-dat-dai-2024-cho-cap-xa',
    title: 'Hội nghị triển khai Luật Đất đai năm 2024 cho cán bộ địa chính cấp xã',
    category: 'tin-tuc-su-kien',
    unitId: 'so-nong-nghiep-va-moi-truong',
    date: '2025-08-05',
    summary:
      'Hơn 300 công chức địa chính – nông nghiệp – xây dựng và môi trường của các xã, phường được hướng dẫn thủ tục đăng ký biến động đất đai sau khi bỏ cấp huyện.',
    body: [
      'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 96 điểm cầu xã, phường.',
      'Nội dung tập trung vào thẩm quyền mới của Ủy ban nhân dân cấp xã trong đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất và giải quyết tranh chấp đất đai.',
      'Các đại biểu được giải đáp vướng mắc về hồ sơ tách thửa, hợp thửa và bảng giá đất đang áp dụng.',
    ],
    fields: ['dat-dai', 'bo-may-hanh-chinh'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['1024/SNNMT-QLĐĐ', '36/2024/QĐ-UBND'],
    cover: [POSTER('toa-dam-luat-dat-dai-2024'), 'Quang cảnh hội nghị triển khai Luật Đất đai'],
  },
  {
    slug: 'ra-mat-trang-pbgdpl-tinh-tay-ninh-sau-hop-nhat',
    title: 'Ra mắt Trang thông tin điện tử phổ biến, giáo dục pháp luật tỉnh Tây Ninh sau hợp nhất',
    category: 'tin-tuc-su-kien',
    unitId: 'so-tu-phap',
    date: '2025-10-10',
    summary:
      'Trang thông tin điện tử PBGDPL được vận hành theo Quy chế sửa đổi, tích hợp văn bản, hỏi đáp pháp luật và video tuyên truyền cho toàn tỉnh.',
    body: [
      'Trang được xây dựng lại trên cơ sở dữ liệu của hai trang PBGDPL tỉnh Tây Ninh và tỉnh Long An (cũ).',
      'Người dân có thể tra cứu văn bản, gửi câu hỏi pháp luật, xem video tình huống và theo dõi tin hoạt động của các xã, phường.',
      'Các sở, ngành và Ủy ban nhân dân cấp xã được cấp tài khoản để đăng tin hoạt động của đơn vị mình; tin được Ban Biên tập duyệt trước khi đăng.',
    ],
    fields: ['tu-phap', 'thong-tin-truyen-thong'],
    audiences: ['nhan-dan'],
    documents: ['16/2025/QĐ-UBND', '24/2020/QĐ-UBND'],
    cover: [POSTER('youtube-chuyen-doi-so'), 'Giao diện trang thông tin phổ biến, giáo dục pháp luật'],
    pinned: true,
  },
  {
    slug: 'tuyen-truyen-phong-chong-lua-dao-qua-mang-tai-phuong-long-hoa',
    title: 'Tuyên truyền phòng, chống lừa đảo qua mạng cho người cao tuổi phường Long Hoa',
    category: 'tin-tuc-su-kien',
    unitId: 'phuong-long-hoa',
    date: '2026-01-16',
    summary:
      'Công an phường phối hợp Hội Người cao tuổi chỉ ra các thủ đoạn giả danh cơ quan chức năng gọi điện yêu cầu chuyển tiền.',
    body: [
      'Buổi tuyên truyền thu hút gần 200 hội viên người cao tuổi của các khu phố.',
      'Các thủ đoạn thường gặp được giới thiệu: giả danh công an, tòa án gọi điện báo liên quan vụ án; nhắn tin trúng thưởng; mời cài ứng dụng dịch vụ công giả mạo.',
      'Người dân được khuyến cáo không cung cấp mã OTP, không chuyển tiền theo yêu cầu qua điện thoại và báo ngay cho công an phường khi nghi ngờ.',
    ],
    fields: ['hinh-su', 'thong-tin-truyen-thong'],
    audiences: ['nguoi-cao-tuoi'],
    cover: [
      POSTER('lua-dao-qua-mang'),
      'Cán bộ công an phường hướng dẫn người cao tuổi nhận diện tin nhắn lừa đảo',
    ],
    featured: true,
  },
  {
    slug: 'tong-ket-cuoc-thi-tim-hieu-hien-phap-2023',
    title: 'Tổng kết Cuộc thi trực tuyến tìm hiểu Hiến pháp và pháp luật năm 2023',
    category: 'tin-tuc-su-kien',
    unitId: 'thanh-pho-tay-ninh',
    date: '2023-11-20',
    summary: 'Cuộc thi có hơn 12.000 lượt dự thi; 45 cá nhân và 6 tập thể được khen thưởng.',
    body: [
      'Cuộc thi được tổ chức trên trang thông tin điện tử của thành phố trong 4 tuần.',
      'Đối tượng dự thi chủ yếu là học sinh trung học phổ thông, đoàn viên thanh niên và cán bộ, công chức.',
      'Ban Tổ chức đánh giá cuộc thi góp phần nâng cao hiểu biết về Hiến pháp năm 2013 và các luật liên quan trực tiếp đến đời sống người dân.',
    ],
    fields: ['tu-phap'],
    audiences: ['hoc-sinh-sinh-vien', 'can-bo-cong-chuc'],
  },
  {
    slug: 'dua-tro-giup-phap-ly-ve-xa-tan-bien',
    title: 'Đưa trợ giúp pháp lý miễn phí về xã biên giới Tân Biên',
    category: 'tin-tuc-su-kien',
    unitId: 'xa-tan-bien',
    date: '2025-09-26',
    summary:
      'Trung tâm Trợ giúp pháp lý nhà nước tỉnh tư vấn miễn phí cho đồng bào dân tộc thiểu số, người nghèo và người có công tại xã.',
    body: [
      'Buổi trợ giúp pháp lý lưu động tư vấn 37 vụ việc, chủ yếu về đất đai, hôn nhân gia đình và chế độ chính sách.',
      'Người thuộc diện được trợ giúp pháp lý được hướng dẫn cách yêu cầu trợ giúp tại Ủy ban nhân dân xã mà không phải đến trụ sở Trung tâm.',
    ],
    fields: ['tro-giup-phap-ly', 'dan-toc-ton-giao'],
    audiences: ['dong-bao-dan-toc-thieu-so', 'nong-dan'],
    cover: [POSTER('tro-giup-phap-ly-mien-phi'), 'Luật sư trợ giúp pháp lý tư vấn cho người dân xã Tân Biên'],
  },
  {
    slug: 'an-toan-giao-thong-nong-do-con-dip-tet-2026',
    title: 'Xử lý nồng độ cồn dịp Tết Nguyên đán Bính Ngọ 2026: tuyên truyền đi trước',
    category: 'tin-tuc-su-kien',
    unitId: 'cong-an-tinh',
    date: '2026-01-28',
    summary:
      'Lực lượng cảnh sát giao thông tăng cường tuyên truyền quy định cấm điều khiển phương tiện khi trong máu hoặc hơi thở có nồng độ cồn.',
    body: [
      'Trước cao điểm Tết, các tổ tuyên truyền đến chợ, bến xe, khu công nghiệp phát tờ rơi và nhắc người dân “đã uống rượu, bia thì không lái xe”.',
      'Mức xử phạt đối với người điều khiển xe mô tô, ô tô vi phạm nồng độ cồn được giới thiệu cùng hình thức trừ điểm giấy phép lái xe.',
    ],
    fields: ['giao-thong-van-tai', 'xu-ly-vi-pham-hanh-chinh'],
    audiences: ['nguoi-lao-dong', 'nhan-dan'],
    documents: ['1768/KH-CAT'],
    cover: [POSTER('nong-do-con-khi-lai-xe'), 'Cảnh sát giao thông kiểm tra nồng độ cồn'],
  },
  {
    slug: 'xa-hau-nghia-doi-thoai-chinh-sach-thue-ho-kinh-doanh',
    title: 'Xã Hậu Nghĩa đối thoại với hộ kinh doanh về bỏ thuế khoán',
    category: 'tin-tuc-su-kien',
    unitId: 'xa-hau-nghia',
    date: '2026-01-20',
    summary:
      'Hơn 150 hộ kinh doanh được hướng dẫn chuyển từ nộp thuế khoán sang tự kê khai, sử dụng hóa đơn điện tử từ năm 2026.',
    body: [
      'Buổi đối thoại có sự tham gia của cơ quan thuế, ngân hàng và doanh nghiệp cung cấp phần mềm hóa đơn.',
      'Các hộ kinh doanh nêu vướng mắc về ngưỡng doanh thu chịu thuế, cách lập sổ sách và chi phí máy tính tiền kết nối cơ quan thuế.',
    ],
    fields: ['thue-phi-le-phi', 'doanh-nghiep'],
    audiences: ['doanh-nghiep'],
    documents: ['72/TB-UBND'],
    cover: [POSTER('thue-ho-kinh-doanh'), 'Hộ kinh doanh dự đối thoại về thuế'],
  },
  {
    slug: 'long-an-ngay-hoi-phap-luat-thanh-nien-2022',
    title: 'Ngày hội pháp luật thanh niên tỉnh Long An năm 2022',
    category: 'tin-tuc-su-kien',
    unitId: 'so-tu-phap-long-an',
    date: '2022-03-26',
    summary:
      'Hơn 500 đoàn viên, thanh niên tham gia sân khấu hóa tình huống pháp luật về an toàn giao thông và phòng chống ma túy.',
    body: [
      'Ngày hội do Sở Tư pháp phối hợp Tỉnh Đoàn Long An tổ chức nhân kỷ niệm ngày thành lập Đoàn.',
      'Các đội thi trình bày tiểu phẩm về đội mũ bảo hiểm, đua xe trái phép và tác hại của ma túy tổng hợp.',
    ],
    fields: ['tu-phap', 'giao-thong-van-tai'],
    audiences: ['hoc-sinh-sinh-vien'],
  },
  {
    slug: 'phuong-tan-an-tiep-nhan-ho-so-ho-tich-truc-tuyen',
    title: 'Phường Tân An: 9 tháng, 80% hồ sơ hộ tịch được nộp trực tuyến',
    category: 'tin-tuc-su-kien',
    unitId: 'phuong-tan-an',
    date: '2026-10-12',
    summary:
      'Đăng ký khai sinh, kết hôn, khai tử trực tuyến giúp người dân không phải đến trụ sở, kết quả được trả qua bưu chính hoặc bản điện tử.',
    body: [
      'Bộ phận một cửa phường bố trí công chức hướng dẫn người dân nộp hồ sơ trên Cổng dịch vụ công quốc gia.',
      'Liên thông khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi được thực hiện trong một lần nộp hồ sơ.',
    ],
    fields: ['tu-phap', 'hon-nhan-gia-dinh'],
    audiences: ['nhan-dan'],
    documents: ['2310/STP-HCTP'],
    cover: [
      POSTER('dang-ky-khai-sinh-truc-tuyen'),
      'Công chức tư pháp hướng dẫn đăng ký khai sinh trực tuyến',
    ],
  },
  {
    slug: 'hoi-nghi-bao-hiem-y-te-hoc-sinh-nam-hoc-2025-2026',
    title: 'Triển khai bảo hiểm y tế học sinh, sinh viên năm học 2025–2026',
    category: 'tin-tuc-su-kien',
    unitId: 'so-giao-duc-va-dao-tao',
    date: '2025-09-08',
    summary:
      'Các trường được đề nghị tuyên truyền để học sinh tham gia bảo hiểm y tế đầy đủ ngay từ đầu năm học.',
    body: [
      'Bảo hiểm y tế học sinh là loại hình bắt buộc theo Luật Bảo hiểm y tế; ngân sách nhà nước hỗ trợ một phần mức đóng.',
      'Nhà trường phối hợp cơ quan bảo hiểm xã hội thu, cấp thẻ và hướng dẫn sử dụng thẻ điện tử trên ứng dụng VssID.',
    ],
    fields: ['bao-hiem', 'giao-duc', 'y-te'],
    audiences: ['hoc-sinh-sinh-vien'],
    cover: [POSTER('bao-hiem-y-te-hoc-sinh'), 'Học sinh nhận thẻ bảo hiểm y tế'],
  },

  // Hướng dẫn, chỉ đạo (2.2)
  {
    slug: 'huong-dan-pbgdpl-sau-sap-xep-don-vi-hanh-chinh',
    title: 'Hướng dẫn công tác phổ biến, giáo dục pháp luật sau sắp xếp đơn vị hành chính cấp xã',
    category: 'huong-dan-chi-dao',
    unitId: 'so-tu-phap',
    date: '2025-10-24',
    summary:
      'Sở Tư pháp hướng dẫn các xã, phường kiện toàn Hội đồng phối hợp, đội ngũ tuyên truyền viên và tủ sách pháp luật sau khi sáp nhập.',
    body: [
      'Thực hiện Chỉ thị của Ủy ban nhân dân tỉnh về tăng cường công tác PBGDPL sau sắp xếp đơn vị hành chính, Sở Tư pháp hướng dẫn một số nội dung trọng tâm.',
      '## Kiện toàn tổ chức',
      '- Ủy ban nhân dân xã, phường quyết định thành lập hoặc kiện toàn Hội đồng phối hợp PBGDPL cấp xã;',
      '- Rà soát, công nhận lại tuyên truyền viên pháp luật của các ấp, khu phố sau sáp nhập;',
      '- Hợp nhất tủ sách pháp luật của các xã cũ tại trụ sở mới.',
      '## Nội dung ưu tiên',
      'Tập trung tuyên truyền Luật Tổ chức chính quyền địa phương, các thủ tục hành chính chuyển về cấp xã và địa chỉ giải quyết thủ tục mới của người dân.',
    ],
    fields: ['tu-phap', 'bo-may-hanh-chinh'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['05/CT-UBND'],
    attachments: [PDF('1125-kh-ubnd')],
    pinned: true,
  },
  {
    slug: 'huong-dan-muc-chi-hoa-giai-co-so',
    title: 'Hướng dẫn mức chi cho công tác hòa giải ở cơ sở',
    category: 'huong-dan-chi-dao',
    unitId: 'so-tu-phap',
    date: '2024-08-28',
    summary:
      'Các khoản chi thù lao hòa giải viên, hỗ trợ tổ hòa giải và chi bồi dưỡng nghiệp vụ được hướng dẫn theo Nghị quyết của Hội đồng nhân dân tỉnh.',
    body: [
      'Hòa giải viên được chi thù lao theo vụ việc; tổ hòa giải được hỗ trợ chi phí hoạt động hằng năm từ ngân sách xã.',
      'Hồ sơ thanh toán gồm sổ theo dõi hoạt động hòa giải, biên bản hòa giải thành hoặc không thành và danh sách hòa giải viên tham gia.',
      'Ủy ban nhân dân cấp xã lập dự toán kinh phí hòa giải ở cơ sở cùng dự toán ngân sách hằng năm.',
    ],
    fields: ['tu-phap', 'tai-chinh-ngan-sach'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['07/HD-STP', '12/2024/NQ-HĐND'],
    cover: [POSTER('hoa-giai-tranh-chap-ranh-dat'), 'Tổ hòa giải ở cơ sở làm việc với hai gia đình'],
  },
  {
    slug: 'huong-dan-cap-giay-phep-xay-dung-nha-o-tai-xa',
    title: 'Hướng dẫn cấp giấy phép xây dựng nhà ở riêng lẻ tại Ủy ban nhân dân cấp xã',
    category: 'huong-dan-chi-dao',
    unitId: 'so-xay-dung',
    date: '2025-09-20',
    summary:
      'Từ 1/7/2025, người dân nộp hồ sơ xin phép xây dựng nhà ở riêng lẻ tại Ủy ban nhân dân xã, phường nơi có công trình.',
    body: [
      'Hồ sơ gồm đơn đề nghị, giấy tờ về quyền sử dụng đất và bản vẽ thiết kế; thời hạn giải quyết không quá 15 ngày.',
      'Công chức xây dựng cấp xã kiểm tra hiện trạng, đối chiếu quy hoạch và chỉ giới xây dựng trước khi trình cấp phép.',
      'Trường hợp xây dựng không phép hoặc sai phép bị xử lý theo quy định về xử phạt vi phạm hành chính trong hoạt động xây dựng.',
    ],
    fields: ['xay-dung', 'bo-may-hanh-chinh'],
    audiences: ['nhan-dan', 'can-bo-cong-chuc'],
    documents: ['118/HD-SXD', '14/2025/QĐ-UBND'],
    attachments: [PDF('118-hd-sxd-dissemination')],
    cover: [POSTER('xu-phat-xay-dung-khong-phep'), 'Công trình nhà ở riêng lẻ đang xây dựng'],
  },
  {
    slug: 'chi-dao-tuyen-truyen-phong-chong-dich-ta-lon-chau-phi',
    title: 'Chỉ đạo tuyên truyền phòng, chống bệnh Dịch tả lợn châu Phi',
    category: 'huong-dan-chi-dao',
    unitId: 'long-an',
    date: '2019-06-24',
    summary:
      'Các huyện, thị xã, thành phố tuyên truyền để người chăn nuôi không giấu dịch, không bán chạy lợn bệnh.',
    body: [
      'Ủy ban nhân dân tỉnh Long An yêu cầu tuyên truyền trên loa truyền thanh xã mỗi ngày trong thời gian có dịch.',
      'Người chăn nuôi phải khai báo ngay khi lợn có dấu hiệu bệnh; việc vứt xác lợn ra môi trường bị xử phạt.',
    ],
    fields: ['nong-nghiep'],
    audiences: ['nong-dan'],
    documents: ['11/CT-UBND'],
  },
  {
    slug: 'huong-dan-dang-ky-ho-tich-sau-01-7-2025',
    title: 'Hướng dẫn đăng ký hộ tịch tại xã, phường sau ngày 01/7/2025',
    category: 'huong-dan-chi-dao',
    unitId: 'so-tu-phap',
    date: '2025-07-05',
    summary:
      'Ủy ban nhân dân cấp xã tiếp nhận thêm việc đăng ký hộ tịch có yếu tố nước ngoài trước đây do cấp huyện thực hiện.',
    body: [
      'Sở Tư pháp hướng dẫn việc bàn giao sổ hộ tịch của các huyện, thị xã, thành phố về xã, phường.',
      'Công chức tư pháp – hộ tịch được tập huấn sử dụng phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung.',
    ],
    fields: ['tu-phap', 'hon-nhan-gia-dinh'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['2310/STP-HCTP'],
  },
  {
    slug: 'huong-dan-pbgdpl-cho-nguoi-lao-dong-khu-cong-nghiep',
    title: 'Hướng dẫn phổ biến pháp luật cho người lao động trong các khu công nghiệp',
    category: 'huong-dan-chi-dao',
    unitId: 'so-noi-vu',
    date: '2026-04-02',
    summary:
      'Doanh nghiệp được hướng dẫn phối hợp công đoàn cơ sở tuyên truyền về hợp đồng lao động, tiền lương, bảo hiểm xã hội.',
    body: [
      'Các khu công nghiệp trên địa bàn tỉnh có hơn 300.000 người lao động, nhiều người từ tỉnh khác đến làm việc.',
      'Hình thức khuyến khích: tuyên truyền giữa ca, tài liệu hỏi – đáp phát kèm phiếu lương, nhóm Zalo của công đoàn cơ sở.',
      '- Hợp đồng lao động và quyền đơn phương chấm dứt hợp đồng;',
      '- Lương tối thiểu vùng, làm thêm giờ;',
      '- Bảo hiểm xã hội bắt buộc và bảo hiểm thất nghiệp.',
    ],
    fields: ['lao-dong-viec-lam', 'bao-hiem'],
    audiences: ['nguoi-lao-dong', 'doanh-nghiep'],
    documents: ['178/KH-UBND'],
    cover: [POSTER('hop-dong-lao-dong'), 'Công nhân khu công nghiệp nghe tuyên truyền pháp luật lao động'],
  },
  {
    slug: 'huong-dan-tuyen-sinh-lop-6-lop-10-2026',
    title: 'Hướng dẫn tuyển sinh vào lớp 6 và lớp 10 năm học 2026–2027',
    category: 'huong-dan-chi-dao',
    unitId: 'so-giao-duc-va-dao-tao',
    date: '2026-03-19',
    summary: 'Phụ huynh đăng ký tuyển sinh trực tuyến; lớp 10 công lập thi ba môn Toán, Ngữ văn, Tiếng Anh.',
    body: [
      'Tuyển sinh lớp 6 theo hình thức xét tuyển, theo địa bàn cư trú do Ủy ban nhân dân cấp xã phân tuyến.',
      'Tuyển sinh lớp 10 công lập tổ chức thi tuyển; học sinh thuộc diện ưu tiên, khuyến khích được cộng điểm theo quy chế.',
    ],
    fields: ['giao-duc'],
    audiences: ['hoc-sinh-sinh-vien'],
    documents: ['12/HD-SGDĐT'],
  },
  {
    slug: 'chi-dao-phong-chong-sot-xuat-huyet-tay-chan-mieng',
    title: 'Chỉ đạo tăng cường phòng, chống sốt xuất huyết và bệnh tay chân miệng',
    category: 'huong-dan-chi-dao',
    unitId: 'so-y-te',
    date: '2024-05-13',
    summary:
      'Ngành y tế đề nghị các địa phương tổ chức chiến dịch diệt lăng quăng, tuyên truyền vệ sinh tay cho trẻ em.',
    body: [
      'Số ca sốt xuất huyết tăng vào đầu mùa mưa; trẻ em dưới 5 tuổi có nguy cơ mắc tay chân miệng cao.',
      'Các trường mầm non được hướng dẫn khử khuẩn đồ chơi, theo dõi trẻ có biểu hiện sốt, loét miệng.',
    ],
    fields: ['y-te'],
    audiences: ['phu-nu-tre-em', 'nhan-dan'],
    documents: ['04/CT-UBND'],
  },
  {
    slug: 'huong-dan-danh-gia-chuan-tiep-can-phap-luat-2022',
    title: 'Hướng dẫn đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2022',
    category: 'huong-dan-chi-dao',
    unitId: 'so-tu-phap-long-an',
    date: '2022-10-14',
    summary:
      'Sở Tư pháp Long An hướng dẫn chấm điểm 5 tiêu chí và hồ sơ đề nghị công nhận chuẩn tiếp cận pháp luật.',
    body: [
      'Việc đánh giá thực hiện theo Quyết định số 25/2021/QĐ-TTg của Thủ tướng Chính phủ.',
      'Hội đồng đánh giá cấp huyện tổ chức họp xét trước ngày 15/12/2022 và gửi hồ sơ về Sở Tư pháp.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['45/HD-STP'],
  },
  {
    slug: 'huong-dan-ban-giao-tai-san-khi-ket-thuc-cap-huyen',
    title: 'Hướng dẫn bàn giao tài sản, tài chính khi kết thúc hoạt động của cấp huyện',
    category: 'huong-dan-chi-dao',
    unitId: 'so-tai-chinh',
    date: '2025-06-18',
    summary:
      'Ủy ban nhân dân cấp huyện lập biên bản bàn giao tài sản công, số dư ngân sách và hồ sơ kế toán cho cấp xã tiếp nhận.',
    body: [
      'Tài sản công được kiểm kê, phân loại theo danh mục trước khi bàn giao.',
      'Các khoản nợ đọng xây dựng cơ bản và cam kết chi được ghi rõ trong biên bản để cấp xã tiếp tục thanh toán.',
    ],
    fields: ['tai-chinh-ngan-sach', 'bo-may-hanh-chinh'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['3120/STC-QLNS'],
  },
  {
    slug: 'chi-dao-binh-on-thi-truong-tet-binh-ngo',
    title: 'Chỉ đạo bình ổn thị trường hàng hóa thiết yếu dịp Tết Bính Ngọ 2026',
    category: 'huong-dan-chi-dao',
    unitId: 'so-cong-thuong',
    date: '2025-11-27',
    summary:
      'Doanh nghiệp tham gia bình ổn cam kết giá bán thấp hơn thị trường; quản lý thị trường kiểm tra hàng giả, hàng kém chất lượng.',
    body: [
      'Danh mục hàng bình ổn gồm gạo, thịt gia súc, gia cầm, trứng, rau củ và một số mặt hàng công nghệ phẩm.',
      'Người tiêu dùng phát hiện hàng giả, hàng không rõ nguồn gốc có thể phản ánh qua đường dây nóng của Sở Công Thương.',
    ],
    fields: ['thuong-mai'],
    audiences: ['doanh-nghiep', 'nhan-dan'],
    documents: ['56/KH-SCT'],
  },

  // Hoạt động đơn vị (2.3)
  {
    slug: 'xa-hoa-thanh-tuyen-truyen-hoa-giai-co-so',
    title: 'Xã Hòa Thạnh tuyên truyền Luật Hòa giải ở cơ sở tại các ấp',
    category: 'hoat-dong-don-vi',
    unitId: 'xa-hoa-thanh',
    date: '2026-02-24',
    summary:
      'Ủy ban nhân dân xã tổ chức 6 buổi tuyên truyền lưu động tại các ấp, kết hợp giới thiệu tổ hòa giải mới kiện toàn.',
    body: [
      'Sau sáp nhập, xã có 24 tổ hòa giải với 140 hòa giải viên; danh sách tổ hòa giải được niêm yết tại nhà văn hóa ấp.',
      'Người dân được hướng dẫn cách yêu cầu hòa giải và giá trị của biên bản hòa giải thành.',
    ],
    fields: ['tu-phap'],
    audiences: ['nhan-dan', 'nong-dan'],
    documents: ['12/2024/NQ-HĐND'],
    cover: [POSTER('hoa-giai-tranh-chap-ranh-dat'), 'Buổi tuyên truyền hòa giải ở cơ sở tại ấp'],
  },
  {
    slug: 'phuong-tan-ninh-dat-chuan-tiep-can-phap-luat-2025',
    title: 'Phường Tân Ninh đạt chuẩn tiếp cận pháp luật năm 2025',
    category: 'hoat-dong-don-vi',
    unitId: 'phuong-tan-ninh',
    date: '2025-12-22',
    summary: 'Phường đạt 5/5 tiêu chí, trong đó tiêu chí về thủ tục hành chính trực tuyến đạt điểm tối đa.',
    body: [
      'Phường hoàn thành kiện toàn Hội đồng phối hợp PBGDPL, công khai thủ tục hành chính và cập nhật tủ sách pháp luật điện tử.',
      'Tỷ lệ hòa giải thành đạt trên 85%; không có khiếu nại vượt cấp kéo dài.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['38/BC-UBND'],
  },
  {
    slug: 'so-y-te-tap-huan-an-toan-thuc-pham-bep-an-tap-the',
    title: 'Sở Y tế tập huấn pháp luật an toàn thực phẩm cho bếp ăn tập thể khu công nghiệp',
    category: 'hoat-dong-don-vi',
    unitId: 'so-y-te',
    date: '2026-05-12',
    summary:
      'Chủ doanh nghiệp, người quản lý bếp ăn được phổ biến quy định về lưu mẫu thức ăn và trách nhiệm khi xảy ra ngộ độc.',
    body: [
      'Lớp tập huấn có 120 học viên đến từ các doanh nghiệp có bếp ăn trên 300 suất.',
      'Học viên thực hành quy trình kiểm thực ba bước và lưu mẫu thức ăn 24 giờ.',
    ],
    fields: ['y-te', 'lao-dong-viec-lam'],
    audiences: ['doanh-nghiep', 'nguoi-lao-dong'],
  },
  {
    slug: 'cong-an-tinh-tuyen-truyen-luat-can-cuoc',
    title: 'Công an tỉnh tuyên truyền Luật Căn cước tại các trường trung học phổ thông',
    category: 'hoat-dong-don-vi',
    unitId: 'cong-an-tinh',
    date: '2024-09-18',
    summary:
      'Học sinh từ đủ 14 tuổi được hướng dẫn làm thẻ căn cước và kích hoạt tài khoản định danh điện tử mức độ 2.',
    body: [
      'Luật Căn cước có hiệu lực từ ngày 01/7/2024; thẻ căn cước thay thế thẻ căn cước công dân.',
      'Công an tỉnh tổ chức cấp thẻ lưu động tại trường cho học sinh chưa có thẻ.',
    ],
    fields: ['quoc-phong-an-ninh', 'hanh-chinh'],
    audiences: ['hoc-sinh-sinh-vien'],
  },
  {
    slug: 'so-van-hoa-tuyen-truyen-phong-chong-bao-luc-gia-dinh',
    title: 'Sở Văn hóa, Thể thao và Du lịch tuyên truyền phòng, chống bạo lực gia đình',
    category: 'hoat-dong-don-vi',
    unitId: 'so-van-hoa-the-thao-va-du-lich',
    date: '2025-06-28',
    summary:
      'Hưởng ứng Ngày Gia đình Việt Nam 28/6, các câu lạc bộ gia đình phát triển bền vững sinh hoạt chuyên đề Luật Phòng, chống bạo lực gia đình.',
    body: [
      'Luật Phòng, chống bạo lực gia đình năm 2022 quy định các biện pháp cấm tiếp xúc, giáo dục, hỗ trợ chuyển đổi hành vi tại cộng đồng.',
      'Các địa chỉ tin cậy ở cộng đồng tiếp nhận, bảo vệ tạm thời nạn nhân bạo lực gia đình.',
    ],
    fields: ['hon-nhan-gia-dinh', 'van-hoa-the-thao-du-lich'],
    audiences: ['phu-nu-tre-em'],
    documents: ['96/KH-UBND'],
    cover: [POSTER('phong-chong-bao-luc-gia-dinh'), 'Sinh hoạt câu lạc bộ gia đình phát triển bền vững'],
  },
  {
    slug: 'huyen-duc-hoa-pho-bien-phap-luat-trat-tu-xay-dung',
    title: 'Huyện Đức Hòa phổ biến pháp luật về trật tự xây dựng',
    category: 'hoat-dong-don-vi',
    unitId: 'huyen-duc-hoa',
    date: '2022-07-15',
    summary: 'Các xã, thị trấn được quán triệt Quy chế phối hợp quản lý trật tự xây dựng mới ban hành.',
    body: [
      'Quy chế phân định trách nhiệm của phòng chuyên môn huyện và Ủy ban nhân dân cấp xã trong kiểm tra, xử lý vi phạm.',
      'Người dân được khuyến cáo xin phép xây dựng trước khi khởi công để tránh bị buộc tháo dỡ.',
    ],
    fields: ['xay-dung', 'xu-ly-vi-pham-hanh-chinh'],
    audiences: ['nhan-dan'],
    documents: ['2765/QĐ-UBND'],
  },
  {
    slug: 'thi-xa-trang-bang-ngay-hoi-tuyen-truyen-tai-nguyen-nuoc',
    title: 'Thị xã Trảng Bàng tuyên truyền pháp luật về tài nguyên nước',
    category: 'hoat-dong-don-vi',
    unitId: 'thi-xa-trang-bang',
    date: '2023-03-22',
    summary:
      'Nhân Ngày Nước thế giới, thị xã tổ chức mít tinh và phát tờ gấp về bảo vệ nguồn nước sông Vàm Cỏ Đông.',
    body: [
      'Tổ chức, cá nhân khai thác nước dưới đất phải đăng ký hoặc xin phép theo quy mô khai thác.',
      'Hành vi xả nước thải chưa xử lý ra nguồn nước bị xử phạt nặng.',
    ],
    fields: ['tai-nguyen-moi-truong'],
    audiences: ['nhan-dan', 'doanh-nghiep'],
    documents: ['88/BC-UBND'],
  },
  {
    slug: 'xa-duc-hoa-ra-quan-giai-toa-lan-chiem-hanh-lang-giao-thong',
    title: 'Xã Đức Hòa vận động người dân tự tháo dỡ công trình lấn chiếm hành lang giao thông',
    category: 'hoat-dong-don-vi',
    unitId: 'xa-duc-hoa',
    date: '2025-09-30',
    summary:
      'Trước khi ra quân, tổ công tác đến từng hộ tuyên truyền quy định về hành lang an toàn đường bộ.',
    body: [
      'Hơn 90% hộ kinh doanh ven tỉnh lộ tự tháo dỡ mái che, bảng hiệu lấn chiếm sau khi được vận động.',
      'Các trường hợp cố tình vi phạm bị lập biên bản theo quy định xử phạt trong lĩnh vực giao thông đường bộ.',
    ],
    fields: ['giao-thong-van-tai', 'xu-ly-vi-pham-hanh-chinh'],
    audiences: ['nhan-dan', 'doanh-nghiep'],
    documents: ['45/KH-UBND'],
  },
  {
    slug: 'phuong-trang-bang-tuyen-truyen-bao-hiem-xa-hoi-tu-nguyen',
    title: 'Phường Trảng Bàng tuyên truyền bảo hiểm xã hội tự nguyện cho lao động tự do',
    category: 'hoat-dong-don-vi',
    unitId: 'phuong-trang-bang',
    date: '2026-10-08',
    summary:
      'Người lao động tự do được giới thiệu mức hỗ trợ đóng bảo hiểm xã hội tự nguyện của tỉnh giai đoạn 2026–2030.',
    body: [
      'Ngoài mức hỗ trợ của Nhà nước, tỉnh hỗ trợ thêm cho người thuộc hộ nghèo, hộ cận nghèo và người dân tộc thiểu số.',
      'Đại lý thu bảo hiểm xã hội tư vấn trực tiếp và đăng ký tham gia ngay tại buổi tuyên truyền.',
    ],
    fields: ['bao-hiem', 'lao-dong-viec-lam'],
    audiences: ['nguoi-lao-dong', 'nong-dan'],
    documents: ['09/2025/NQ-HĐND', '52/BC-UBND'],
  },
  {
    slug: 'phuong-1-tan-an-xay-dung-chuan-tiep-can-phap-luat-2023',
    title: 'Phường 1 (thành phố Tân An) triển khai xây dựng phường đạt chuẩn tiếp cận pháp luật',
    category: 'hoat-dong-don-vi',
    unitId: 'phuong-1-tan-an',
    date: '2023-03-10',
    summary:
      'Phường phân công từng thành viên Ủy ban nhân dân phụ trách các chỉ tiêu của bộ tiêu chí chuẩn tiếp cận pháp luật.',
    body: [
      'Kế hoạch đặt mục tiêu 100% thủ tục hành chính được công khai và 100% khu phố có tổ hòa giải hoạt động.',
      'Phường bố trí điểm tra cứu pháp luật tại bộ phận một cửa.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc', 'nhan-dan'],
    documents: ['112/KH-UBND'],
  },
  {
    slug: 'so-nong-nghiep-tuyen-truyen-phong-chong-han-man',
    title: 'Tuyên truyền pháp luật về phòng, chống hạn hán, xâm nhập mặn cho nông dân',
    category: 'hoat-dong-don-vi',
    unitId: 'so-nong-nghiep-va-moi-truong',
    date: '2025-11-14',
    summary:
      'Nông dân các xã ven sông Vàm Cỏ được hướng dẫn lịch thời vụ, trữ nước ngọt và quy định về công trình thủy lợi.',
    body: [
      'Người dân không được tự ý đắp đập, mở cống trên kênh thủy lợi khi chưa có ý kiến của đơn vị quản lý.',
      'Giá dịch vụ thủy lợi và chính sách miễn thủy lợi phí được giới thiệu cụ thể.',
    ],
    fields: ['nong-nghiep', 'tai-nguyen-moi-truong'],
    audiences: ['nong-dan'],
    documents: ['125/KH-UBND', '19/2022/NQ-HĐND'],
  },

  // Hội đồng phối hợp PBGDPL (2.3)
  {
    slug: 'kien-toan-hoi-dong-phoi-hop-pbgdpl-tinh-2025',
    title: 'Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Tây Ninh',
    category: 'hoi-dong-phoi-hop',
    unitId: 'tay-ninh',
    date: '2025-08-20',
    summary:
      'Hội đồng gồm lãnh đạo Ủy ban nhân dân tỉnh, các sở, ngành và tổ chức chính trị – xã hội cấp tỉnh sau hợp nhất.',
    body: [
      'Hội đồng tham mưu cho Ủy ban nhân dân tỉnh phối hợp, chỉ đạo công tác PBGDPL trên địa bàn toàn tỉnh.',
      'Sở Tư pháp là cơ quan thường trực; các thành viên làm việc theo chế độ kiêm nhiệm.',
      'Quy chế hoạt động của Hội đồng được ban hành kèm theo quyết định kiện toàn.',
    ],
    fields: ['tu-phap', 'bo-may-hanh-chinh'],
    audiences: ['can-bo-cong-chuc'],
  },
  {
    slug: 'phien-hop-hoi-dong-phoi-hop-6-thang-dau-nam-2026',
    title: 'Phiên họp Hội đồng phối hợp PBGDPL tỉnh sơ kết 6 tháng đầu năm 2026',
    category: 'hoi-dong-phoi-hop',
    unitId: 'so-tu-phap',
    date: '2026-07-10',
    summary:
      'Hội đồng đánh giá kết quả thực hiện Kế hoạch PBGDPL năm 2026 và thống nhất nhiệm vụ 6 tháng cuối năm.',
    body: [
      'Trong 6 tháng, các thành viên tổ chức hơn 1.500 buổi tuyên truyền trực tiếp với hơn 120.000 lượt người tham dự.',
      'Hội đồng thống nhất tập trung tuyên truyền các luật có hiệu lực từ ngày 01/01/2027 và pháp luật về chuyển đổi số.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['210/KH-UBND'],
  },
  {
    slug: 'thanh-pho-tay-ninh-kien-toan-hoi-dong-phoi-hop-2021',
    title: 'Thành phố Tây Ninh kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật',
    category: 'hoi-dong-phoi-hop',
    unitId: 'thanh-pho-tay-ninh',
    date: '2021-09-16',
    summary: 'Hội đồng có 17 thành viên, do Phó Chủ tịch Ủy ban nhân dân thành phố làm Chủ tịch Hội đồng.',
    body: [
      'Phòng Tư pháp là cơ quan thường trực của Hội đồng.',
      'Hội đồng họp định kỳ 6 tháng một lần để đánh giá và thống nhất chương trình phối hợp.',
    ],
    fields: ['tu-phap', 'bo-may-hanh-chinh'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['620/QĐ-UBND'],
  },
  {
    slug: 'hoi-dong-phoi-hop-long-an-tong-ket-2024',
    title: 'Hội đồng phối hợp PBGDPL tỉnh Long An tổng kết năm 2024',
    category: 'hoi-dong-phoi-hop',
    unitId: 'long-an',
    date: '2024-12-27',
    summary: 'Năm 2024, các thành viên Hội đồng phối hợp triển khai 8 đề án, chương trình PBGDPL chuyên đề.',
    body: [
      'Hội đồng ghi nhận kết quả ứng dụng công nghệ thông tin trong PBGDPL theo Đề án 471 của tỉnh.',
      'Năm 2025, Hội đồng xác định nhiệm vụ chuẩn bị bàn giao dữ liệu PBGDPL khi hợp nhất tỉnh.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['3333/QĐ-UBND'],
  },
  {
    slug: 'hoi-dong-phoi-hop-xa-hau-nghia-ra-mat',
    title: 'Ra mắt Hội đồng phối hợp phổ biến, giáo dục pháp luật xã Hậu Nghĩa',
    category: 'hoi-dong-phoi-hop',
    unitId: 'xa-hau-nghia',
    date: '2025-09-12',
    summary: 'Hội đồng cấp xã đầu tiên sau sáp nhập thị trấn Hậu Nghĩa và các xã lân cận đi vào hoạt động.',
    body: [
      'Thành viên gồm lãnh đạo Ủy ban nhân dân xã, công chức tư pháp – hộ tịch, công an xã và các đoàn thể.',
      'Hội đồng phân công thành viên phụ trách từng ấp, khu phố.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
  },
  {
    slug: 'hoi-dong-phoi-hop-quy-che-hoat-dong-2025',
    title: 'Ban hành Quy chế hoạt động của Hội đồng phối hợp PBGDPL tỉnh',
    category: 'hoi-dong-phoi-hop',
    unitId: 'so-tu-phap',
    date: '2025-09-03',
    summary:
      'Quy chế quy định chế độ họp, trách nhiệm của thành viên và cơ chế phối hợp giữa các sở, ngành với cấp xã.',
    body: [
      'Hội đồng họp thường kỳ 6 tháng một lần; họp bất thường khi Chủ tịch Hội đồng triệu tập.',
      'Thành viên báo cáo kết quả PBGDPL của ngành mình trước ngày 15/6 và 15/12 hằng năm.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
  },
  {
    slug: 'hoi-dong-phoi-hop-phuong-long-an-phan-cong-thanh-vien',
    title: 'Hội đồng phối hợp PBGDPL phường Long An phân công thành viên phụ trách khu phố',
    category: 'hoi-dong-phoi-hop',
    unitId: 'phuong-long-an',
    date: '2025-10-06',
    summary:
      'Mỗi thành viên phụ trách một đến hai khu phố, nắm tình hình và đề xuất nội dung tuyên truyền phù hợp.',
    body: [
      'Trọng tâm quý IV/2025 là tuyên truyền quy định quản lý chợ tạm và an toàn thực phẩm.',
      'Các khu phố tổ chức sinh hoạt pháp luật lồng ghép trong họp dân hằng tháng.',
    ],
    fields: ['tu-phap', 'thuong-mai'],
    audiences: ['nhan-dan'],
  },
  {
    slug: 'hoi-dong-phoi-hop-thi-xa-hoa-thanh-ngay-phap-luat-2024',
    title: 'Hội đồng phối hợp PBGDPL thị xã Hòa Thành tổ chức Ngày Pháp luật năm 2024',
    category: 'hoi-dong-phoi-hop',
    unitId: 'thi-xa-hoa-thanh',
    date: '2024-11-11',
    summary: 'Các thành viên Hội đồng tổ chức tọa đàm, thi tìm hiểu pháp luật và tư vấn pháp luật miễn phí.',
    body: [
      'Tọa đàm có sự tham gia của đại diện các chức sắc tôn giáo trên địa bàn.',
      'Hơn 1.200 lượt người được tư vấn, giải đáp pháp luật trong tuần lễ hưởng ứng.',
    ],
    fields: ['tu-phap', 'dan-toc-ton-giao'],
    audiences: ['nhan-dan'],
    documents: ['77/KH-UBND'],
  },
  {
    slug: 'hoi-dong-phoi-hop-so-giao-duc-phap-luat-hoc-duong',
    title: 'Phối hợp đưa giáo dục pháp luật vào trường học',
    category: 'hoi-dong-phoi-hop',
    unitId: 'so-giao-duc-va-dao-tao',
    date: '2025-11-18',
    summary:
      'Sở Giáo dục và Đào tạo và Sở Tư pháp ký chương trình phối hợp về giáo dục pháp luật trong nhà trường giai đoạn 2026–2030.',
    body: [
      'Chương trình hướng tới mỗi trường trung học có ít nhất một giáo viên được bồi dưỡng làm tuyên truyền viên pháp luật.',
      'Các trường tổ chức sân chơi pháp luật, phiên tòa giả định cho học sinh.',
    ],
    fields: ['giao-duc', 'tu-phap'],
    audiences: ['hoc-sinh-sinh-vien'],
  },
  {
    slug: 'hoi-dong-phoi-hop-so-noi-vu-ton-giao',
    title: 'Phối hợp phổ biến Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc',
    category: 'hoi-dong-phoi-hop',
    unitId: 'so-noi-vu',
    date: '2026-06-16',
    summary:
      'Hội nghị phổ biến các quy định mới về đăng ký sinh hoạt tôn giáo tập trung và hoạt động tín ngưỡng.',
    body: [
      'Hơn 250 chức sắc, chức việc của các tôn giáo trên địa bàn tỉnh tham dự.',
      'Các thủ tục hành chính về tôn giáo đã chuyển về cấp xã được giới thiệu cụ thể.',
    ],
    fields: ['dan-toc-ton-giao'],
    audiences: ['nhan-dan'],
    documents: ['14/CT-UBND'],
  },

  // Báo cáo viên, tuyên truyền viên (2.3)
  {
    slug: 'cong-nhan-bao-cao-vien-phap-luat-tinh-2025',
    title: 'Công nhận 68 báo cáo viên pháp luật tỉnh Tây Ninh sau hợp nhất',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'so-tu-phap',
    date: '2025-09-15',
    summary:
      'Đội ngũ báo cáo viên pháp luật cấp tỉnh được rà soát, công nhận lại từ danh sách của hai tỉnh cũ.',
    body: [
      'Báo cáo viên là cán bộ, công chức có chuyên môn pháp luật tại các sở, ngành và tổ chức chính trị – xã hội.',
      'Danh sách báo cáo viên được công khai trên trang PBGDPL để cơ quan, đơn vị mời tham gia tuyên truyền.',
    ],
    fields: ['tu-phap', 'can-bo-cong-chuc'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['19/2023/QĐ-UBND'],
    pinned: true,
  },
  {
    slug: 'boi-duong-ky-nang-tuyen-truyen-vien-cap-xa-2026',
    title: 'Bồi dưỡng kỹ năng cho tuyên truyền viên pháp luật cấp xã năm 2026',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'so-tu-phap',
    date: '2026-04-21',
    summary:
      'Lớp bồi dưỡng tập trung kỹ năng tuyên truyền miệng, sử dụng mạng xã hội và hướng dẫn người dân tra cứu văn bản.',
    body: [
      'Mỗi xã, phường cử 2 tuyên truyền viên tham dự; tổng cộng 192 học viên.',
      'Học viên thực hành xây dựng bài tuyên truyền ngắn dưới 5 phút về một thủ tục hành chính thường gặp.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
  },
  {
    slug: 'tuyen-truyen-vien-phuong-long-hoa-sinh-hoat-chuyen-de',
    title: 'Tuyên truyền viên pháp luật phường Long Hoa sinh hoạt chuyên đề hằng quý',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'phuong-long-hoa',
    date: '2026-04-08',
    summary: 'Chuyên đề quý II tập trung vào Luật Đất đai và các quy định về tách thửa đất ở.',
    body: [
      'Tuyên truyền viên được cung cấp tài liệu hỏi – đáp để sử dụng trong họp khu phố.',
      'Các câu hỏi người dân gửi qua tuyên truyền viên được tổng hợp, chuyển công chức chuyên môn trả lời.',
    ],
    fields: ['tu-phap', 'dat-dai'],
    audiences: ['nhan-dan'],
    documents: ['36/2024/QĐ-UBND'],
  },
  {
    slug: 'quy-che-bao-cao-vien-tuyen-truyen-vien-2023',
    title: 'Quy chế hoạt động của báo cáo viên, tuyên truyền viên pháp luật tỉnh Tây Ninh',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'so-tu-phap',
    date: '2023-09-05',
    summary:
      'Quy chế quy định tiêu chuẩn, thủ tục công nhận, miễn nhiệm và chế độ bồi dưỡng đối với báo cáo viên, tuyên truyền viên.',
    body: [
      'Báo cáo viên pháp luật cấp tỉnh do Chủ tịch Ủy ban nhân dân tỉnh công nhận; tuyên truyền viên do Chủ tịch Ủy ban nhân dân cấp xã công nhận.',
      'Báo cáo viên, tuyên truyền viên được cung cấp tài liệu và bồi dưỡng nghiệp vụ hằng năm.',
    ],
    fields: ['tu-phap', 'can-bo-cong-chuc'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['19/2023/QĐ-UBND', '25/2016/QĐ-UBND'],
  },
  {
    slug: 'bao-cao-vien-cong-an-tuyen-truyen-phong-chong-ma-tuy',
    title: 'Báo cáo viên ngành công an tuyên truyền phòng, chống ma túy trong trường học',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'cong-an-tinh',
    date: '2025-06-26',
    summary:
      'Hưởng ứng Ngày Quốc tế phòng, chống ma túy 26/6, báo cáo viên đến 30 trường trung học cơ sở và trung học phổ thông.',
    body: [
      'Học sinh được nhận diện các loại ma túy “núp bóng” bánh kẹo, nước uống, thuốc lá điện tử.',
      'Nhà trường thành lập tổ tư vấn tâm lý, phối hợp phụ huynh phát hiện sớm học sinh có biểu hiện nghi vấn.',
    ],
    fields: ['hinh-su', 'giao-duc'],
    audiences: ['hoc-sinh-sinh-vien'],
  },
  {
    slug: 'tuyen-truyen-vien-xa-tan-bien-song-ngu-khmer',
    title: 'Tuyên truyền viên song ngữ Việt – Khmer ở xã Tân Biên',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'xa-tan-bien',
    date: '2026-03-09',
    summary:
      'Xã công nhận 5 tuyên truyền viên là người dân tộc Khmer, tuyên truyền bằng tiếng dân tộc tại các ấp có đông đồng bào.',
    body: [
      'Nội dung ưu tiên là phòng, chống tảo hôn, hôn nhân cận huyết thống và chính sách hỗ trợ học sinh dân tộc thiểu số.',
      'Tài liệu tuyên truyền được dịch sang tiếng Khmer với sự hỗ trợ của Ban Dân tộc.',
    ],
    fields: ['dan-toc-ton-giao', 'hon-nhan-gia-dinh'],
    audiences: ['dong-bao-dan-toc-thieu-so'],
    documents: ['1412/QĐ-UBND', '22/2022/NQ-HĐND'],
  },
  {
    slug: 'tuyen-truyen-vien-long-an-tap-huan-2021',
    title: 'Tập huấn nghiệp vụ cho tuyên truyền viên pháp luật tỉnh Long An năm 2021',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'so-tu-phap-long-an',
    date: '2021-05-18',
    summary:
      'Lớp tập huấn trực tuyến đầu tiên do điều kiện phòng, chống dịch COVID-19, với gần 400 học viên.',
    body: [
      'Nội dung gồm kỹ năng tuyên truyền qua mạng xã hội và quy định về phòng, chống dịch bệnh truyền nhiễm.',
      'Bài giảng được lưu lại để tuyên truyền viên xem lại khi cần.',
    ],
    fields: ['tu-phap', 'y-te'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['1125/KH-UBND'],
  },
  {
    slug: 'bao-cao-vien-so-tai-chinh-gioi-thieu-luat-ngan-sach',
    title: 'Báo cáo viên Sở Tài chính giới thiệu Luật Ngân sách nhà nước sửa đổi cho cấp xã',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'so-tai-chinh',
    date: '2026-07-22',
    summary:
      'Kế toán ngân sách xã được hướng dẫn phân cấp nguồn thu, nhiệm vụ chi theo chính quyền địa phương hai cấp.',
    body: [
      'Ngân sách xã được phân chia tỷ lệ các khoản thu theo Nghị quyết của Hội đồng nhân dân tỉnh.',
      'Báo cáo viên giải đáp vướng mắc về lập dự toán năm 2027.',
    ],
    fields: ['tai-chinh-ngan-sach'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['20/2025/NQ-HĐND', '15/HD-STC'],
  },
  {
    slug: 'tuyen-truyen-vien-phuong-tan-an-tuyen-truyen-luu-dong',
    title: 'Tuyên truyền viên phường Tân An tuyên truyền lưu động tại chợ',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'phuong-tan-an',
    date: '2026-05-27',
    summary:
      'Xe loa lưu động và tờ gấp về an toàn thực phẩm, phòng cháy chữa cháy đến tiểu thương các chợ trên địa bàn.',
    body: [
      'Tiểu thương được nhắc niêm yết giá, không kinh doanh hàng không rõ nguồn gốc.',
      'Tuyên truyền viên phát 2.000 tờ gấp và hướng dẫn cài ứng dụng báo cháy.',
    ],
    fields: ['thuong-mai', 'y-te'],
    audiences: ['doanh-nghiep', 'nhan-dan'],
  },
  {
    slug: 'bao-cao-vien-so-giao-duc-phap-luat-nha-giao',
    title: 'Báo cáo viên ngành giáo dục phổ biến Luật Nhà giáo',
    category: 'bao-cao-vien-tuyen-truyen-vien',
    unitId: 'so-giao-duc-va-dao-tao',
    date: '2025-12-03',
    summary:
      'Cán bộ quản lý, giáo viên các trường được giới thiệu những điểm mới về chức danh, tuyển dụng và chính sách đối với nhà giáo.',
    body: [
      'Luật Nhà giáo quy định hệ thống chuẩn nghề nghiệp và chính sách tiền lương của nhà giáo.',
      'Các trường tổ chức sinh hoạt chuyên môn để giáo viên tìm hiểu luật.',
    ],
    fields: ['giao-duc', 'can-bo-cong-chuc'],
    audiences: ['can-bo-cong-chuc'],
  },

  // Thông báo – Giấy mời (event, .ics)
  {
    slug: 'giay-moi-hoi-nghi-trien-khai-ke-hoach-pbgdpl-2026',
    title: 'Giấy mời dự Hội nghị triển khai Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
    category: 'thong-bao-giay-moi',
    unitId: 'so-tu-phap',
    date: '2026-01-12',
    summary: 'Kính mời lãnh đạo các sở, ngành và Ủy ban nhân dân các xã, phường dự hội nghị trực tuyến.',
    body: [
      'Thành phần: đại diện lãnh đạo các sở, ban, ngành tỉnh; lãnh đạo Ủy ban nhân dân và công chức tư pháp – hộ tịch các xã, phường.',
      'Các đơn vị tham dự tại điểm cầu của đơn vị mình; đường dẫn phòng họp trực tuyến được gửi qua hệ thống quản lý văn bản.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['210/KH-UBND'],
    event: {
      start: '2026-01-20T08:00',
      end: '2026-01-20T11:30',
      place: 'Hội trường Sở Tư pháp tỉnh Tây Ninh và các điểm cầu xã, phường',
    },
    pinned: true,
  },
  {
    slug: 'thong-bao-lich-tro-giup-phap-ly-luu-dong-quy-2-2026',
    title: 'Thông báo lịch trợ giúp pháp lý lưu động quý II năm 2026',
    category: 'thong-bao-giay-moi',
    unitId: 'so-tu-phap',
    date: '2026-03-25',
    summary:
      'Trung tâm Trợ giúp pháp lý nhà nước tỉnh trợ giúp pháp lý lưu động tại 6 xã, phường trong quý II.',
    body: [
      'Người được trợ giúp pháp lý mang theo giấy tờ chứng minh thuộc diện được trợ giúp và giấy tờ liên quan đến vụ việc.',
      'Buổi đầu tiên tổ chức tại xã Đức Hòa; các buổi tiếp theo được thông báo trên trang này.',
    ],
    fields: ['tro-giup-phap-ly'],
    audiences: ['nhan-dan', 'nguoi-khuyet-tat'],
    event: {
      start: '2026-04-09T07:30',
      end: '2026-04-09T11:00',
      place: 'Hội trường Ủy ban nhân dân xã Đức Hòa',
    },
  },
  {
    slug: 'giay-moi-toa-dam-phap-luat-ve-dat-dai-phuong-long-an',
    title: 'Giấy mời dự Tọa đàm pháp luật về đất đai tại phường Long An',
    category: 'thong-bao-giay-moi',
    unitId: 'phuong-long-an',
    date: '2026-04-14',
    summary:
      'Kính mời người dân các khu phố dự tọa đàm, giải đáp vướng mắc về cấp giấy chứng nhận và tách thửa đất.',
    body: [
      'Người dân có thể gửi câu hỏi trước qua bộ phận một cửa phường hoặc trang hỏi đáp pháp luật.',
      'Tọa đàm có sự tham gia của công chức địa chính và Văn phòng đăng ký đất đai.',
    ],
    fields: ['dat-dai'],
    audiences: ['nhan-dan'],
    documents: ['36/2024/QĐ-UBND', '31/2024/QĐ-UBND'],
    event: {
      start: '2026-04-23T14:00',
      end: '2026-04-23T16:30',
      place: 'Nhà văn hóa khu phố 3, phường Long An',
    },
  },
  {
    slug: 'thong-bao-thi-tim-hieu-phap-luat-truc-tuyen-2026',
    title: 'Thông báo tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật năm 2026',
    category: 'thong-bao-giay-moi',
    unitId: 'so-tu-phap',
    date: '2026-08-17',
    summary: 'Cuộc thi mở cho mọi người dân trên địa bàn tỉnh, diễn ra trong 4 tuần trên trang PBGDPL.',
    body: [
      'Mỗi tuần có 20 câu hỏi trắc nghiệm và một câu dự đoán số người trả lời đúng.',
      'Giải thưởng gồm giải tuần, giải chung cuộc và giải cho tập thể có nhiều người tham gia.',
    ],
    fields: ['tu-phap'],
    audiences: ['nhan-dan', 'hoc-sinh-sinh-vien'],
    event: {
      start: '2026-09-01T00:00',
      end: '2026-09-28T23:59',
      place: 'Trực tuyến trên Trang thông tin điện tử PBGDPL tỉnh Tây Ninh',
    },
    featured: true,
  },
  {
    slug: 'giay-moi-tap-huan-hoa-giai-vien-xa-hoa-thanh',
    title: 'Giấy mời tập huấn nghiệp vụ hòa giải ở cơ sở xã Hòa Thạnh',
    category: 'thong-bao-giay-moi',
    unitId: 'xa-hoa-thanh',
    date: '2026-05-04',
    summary: 'Kính mời tổ trưởng, hòa giải viên các tổ hòa giải trên địa bàn xã dự lớp tập huấn một buổi.',
    body: [
      'Nội dung: kỹ năng hòa giải tranh chấp đất đai, hôn nhân gia đình; ghi sổ theo dõi hoạt động hòa giải.',
      'Hòa giải viên được hỗ trợ tiền ăn theo mức chi hòa giải ở cơ sở.',
    ],
    fields: ['tu-phap'],
    audiences: ['nhan-dan'],
    documents: ['12/2024/NQ-HĐND'],
    event: {
      start: '2026-05-12T07:30',
      end: '2026-05-12T11:00',
      place: 'Hội trường Ủy ban nhân dân xã Hòa Thạnh',
    },
  },
  {
    slug: 'thong-bao-lich-tiep-cong-dan-thang-6-2026-phuong-tan-ninh',
    title: 'Thông báo lịch tiếp công dân tháng 6 năm 2026 của phường Tân Ninh',
    category: 'thong-bao-giay-moi',
    unitId: 'phuong-tan-ninh',
    date: '2026-05-28',
    summary: 'Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào thứ Năm tuần đầu tiên của tháng.',
    body: [
      'Công dân đến tiếp mang theo căn cước và giấy tờ liên quan đến nội dung khiếu nại, tố cáo, kiến nghị.',
      'Ngoài lịch định kỳ, phường tiếp công dân thường xuyên vào giờ hành chính các ngày làm việc.',
    ],
    fields: ['khieu-nai-to-cao'],
    audiences: ['nhan-dan'],
    event: {
      start: '2026-06-04T07:30',
      end: '2026-06-04T11:00',
      place: 'Phòng tiếp công dân, Ủy ban nhân dân phường Tân Ninh',
    },
  },
  {
    slug: 'giay-moi-hoi-nghi-doi-thoai-doanh-nghiep-thang-7-2026',
    title: 'Giấy mời Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính sau sắp xếp',
    category: 'thong-bao-giay-moi',
    unitId: 'so-cong-thuong',
    date: '2026-07-01',
    summary:
      'Kính mời đại diện doanh nghiệp, hợp tác xã dự hội nghị đối thoại, phản ánh vướng mắc về thủ tục hành chính.',
    body: [
      'Doanh nghiệp gửi nội dung cần đối thoại trước ngày tổ chức để cơ quan chuyên môn chuẩn bị trả lời.',
      'Đại diện các sở, ngành liên quan trả lời trực tiếp tại hội nghị.',
    ],
    fields: ['doanh-nghiep', 'thuong-mai'],
    audiences: ['doanh-nghiep'],
    documents: ['2046/UBND-KT'],
    event: { start: '2026-07-15T08:00', end: '2026-07-15T11:30', place: 'Trung tâm Hội nghị tỉnh Tây Ninh' },
  },
  {
    slug: 'thong-bao-tro-giup-phap-ly-luu-dong-hau-nghia-2019',
    title: 'Thông báo lịch tiếp công dân và trợ giúp pháp lý lưu động tháng 6 năm 2019',
    category: 'thong-bao-giay-moi',
    unitId: 'thi-tran-hau-nghia',
    date: '2019-05-29',
    summary:
      'Thị trấn Hậu Nghĩa phối hợp Trung tâm Trợ giúp pháp lý tỉnh Long An tư vấn pháp luật miễn phí cho người dân.',
    body: [
      'Đối tượng được trợ giúp: người nghèo, người có công, người dân tộc thiểu số, trẻ em không nơi nương tựa.',
      'Người dân có nhu cầu đăng ký trước tại bộ phận một cửa thị trấn.',
    ],
    fields: ['tro-giup-phap-ly', 'tu-phap'],
    audiences: ['nhan-dan'],
    event: {
      start: '2019-06-14T08:00',
      end: '2019-06-14T11:00',
      place: 'Hội trường Ủy ban nhân dân thị trấn Hậu Nghĩa',
    },
  },
  {
    slug: 'giay-moi-le-phat-dong-thang-hanh-dong-phong-chong-ma-tuy-2026',
    title: 'Giấy mời dự Lễ phát động Tháng hành động phòng, chống ma túy năm 2026',
    category: 'thong-bao-giay-moi',
    unitId: 'cong-an-tinh',
    date: '2026-05-25',
    summary:
      'Lễ phát động hưởng ứng Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6.',
    body: [
      'Thành phần gồm đại diện các sở, ngành, đoàn thể và học sinh, sinh viên trên địa bàn.',
      'Sau lễ phát động có diễu hành tuyên truyền trên các tuyến đường trung tâm.',
    ],
    fields: ['hinh-su', 'quoc-phong-an-ninh'],
    audiences: ['hoc-sinh-sinh-vien', 'nhan-dan'],
    event: {
      start: '2026-06-01T07:00',
      end: '2026-06-01T09:00',
      place: 'Quảng trường Trung tâm tỉnh Tây Ninh',
    },
  },
  {
    slug: 'thong-bao-tiep-nhan-cau-hoi-toa-dam-bao-hiem-xa-hoi',
    title: 'Thông báo tiếp nhận câu hỏi cho Tọa đàm trực tuyến về bảo hiểm xã hội',
    category: 'thong-bao-giay-moi',
    unitId: 'so-noi-vu',
    date: '2026-08-25',
    summary:
      'Người lao động gửi câu hỏi về bảo hiểm xã hội bắt buộc, tự nguyện và hưởng lương hưu trước buổi tọa đàm.',
    body: [
      'Câu hỏi gửi qua mục Hỏi đáp pháp luật, chọn lĩnh vực Bảo hiểm.',
      'Tọa đàm được phát trực tiếp trên trang PBGDPL và trang mạng xã hội của tỉnh.',
    ],
    fields: ['bao-hiem', 'lao-dong-viec-lam'],
    audiences: ['nguoi-lao-dong'],
    event: {
      start: '2026-09-10T14:00',
      end: '2026-09-10T16:00',
      place: 'Trực tuyến, phát từ trường quay Đài Phát thanh – Truyền hình tỉnh',
    },
  },
  {
    slug: 'thong-bao-giai-viet-da-truyen-thong-2026',
    title: 'Thông báo tổ chức Giải Việt dã truyền thống tỉnh Tây Ninh năm 2026',
    category: 'thong-bao-giay-moi',
    unitId: 'so-van-hoa-the-thao-va-du-lich',
    date: '2026-06-03',
    summary:
      'Giải mở cho vận động viên các xã, phường, cơ quan, trường học; lồng ghép tuyên truyền an toàn giao thông.',
    body: [
      'Các đơn vị đăng ký danh sách vận động viên trước ngày 30/6/2026.',
      'Ban Tổ chức bố trí gian tuyên truyền pháp luật tại khu vực xuất phát.',
    ],
    fields: ['van-hoa-the-thao-du-lich'],
    audiences: ['nhan-dan', 'hoc-sinh-sinh-vien'],
    documents: ['45/TB-SVHTTDL'],
    event: {
      start: '2026-07-19T05:30',
      end: '2026-07-19T09:00',
      place: 'Khu vực Núi Bà Đen, phường Tân Ninh',
    },
  },

  // Kế hoạch – Chương trình – Đề án
  {
    slug: 'ke-hoach-pbgdpl-hoa-giai-chuan-tiep-can-2026',
    title: 'Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; chuẩn tiếp cận pháp luật năm 2026',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'tay-ninh',
    date: '2026-01-10',
    summary:
      'Kế hoạch giao nhiệm vụ cụ thể cho các sở, ngành và xã, phường với 12 nhóm hoạt động và thời hạn hoàn thành.',
    body: [
      '## Mục tiêu',
      'Nâng cao hiệu quả PBGDPL, bảo đảm người dân tiếp cận kịp thời các quy định mới, nhất là sau sắp xếp đơn vị hành chính.',
      '## Một số chỉ tiêu',
      '- 100% văn bản quy phạm pháp luật của tỉnh được đăng tải trên trang PBGDPL;',
      '- Ít nhất 80% xã, phường đạt chuẩn tiếp cận pháp luật;',
      '- Tỷ lệ hòa giải thành đạt từ 80% trở lên.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['210/KH-UBND'],
    pinned: true,
    featured: true,
  },
  {
    slug: 'de-an-chuyen-doi-so-trong-pbgdpl-2025-2030',
    title: 'Kế hoạch thực hiện Đề án chuyển đổi số trong phổ biến, giáo dục pháp luật giai đoạn 2025–2030',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'tay-ninh',
    date: '2025-08-14',
    summary:
      'Xây dựng cơ sở dữ liệu PBGDPL dùng chung, số hóa tủ sách pháp luật và tổ chức thi tìm hiểu pháp luật trực tuyến.',
    body: [
      'Đề án hướng tới việc người dân tra cứu pháp luật, hỏi đáp và theo dõi hoạt động PBGDPL trên một cổng duy nhất.',
      'Các xã, phường cập nhật tin hoạt động PBGDPL của đơn vị lên trang PBGDPL của tỉnh thay cho trang riêng.',
    ],
    fields: ['tu-phap', 'thong-tin-truyen-thong'],
    audiences: ['can-bo-cong-chuc', 'nhan-dan'],
    documents: ['1865/QĐ-UBND'],
  },
  {
    slug: 'ke-hoach-truyen-thong-tro-giup-phap-ly-2024',
    title: 'Kế hoạch truyền thông về trợ giúp pháp lý năm 2024',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'so-tu-phap',
    date: '2024-02-05',
    summary:
      'Đặt bảng thông tin trợ giúp pháp lý tại trụ sở xã, bệnh viện, trại giam và phát sóng chuyên mục trên đài truyền thanh.',
    body: [
      'Kế hoạch hướng đến người thuộc diện được trợ giúp pháp lý biết quyền của mình và địa chỉ yêu cầu trợ giúp.',
      'Tờ gấp trợ giúp pháp lý được in song ngữ Việt – Khmer cho các xã biên giới.',
    ],
    fields: ['tro-giup-phap-ly'],
    audiences: ['nguoi-khuyet-tat', 'dong-bao-dan-toc-thieu-so'],
    documents: ['88/KH-STP'],
  },
  {
    slug: 'ke-hoach-chuyen-doi-so-tinh-2026',
    title: 'Kế hoạch chuyển đổi số tỉnh Tây Ninh năm 2026',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'tay-ninh',
    date: '2026-02-06',
    summary:
      'Mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; người dân được hướng dẫn kỹ năng số.',
    body: [
      'Tổ công nghệ số cộng đồng ở ấp, khu phố hướng dẫn người dân cài đặt, sử dụng dịch vụ công trực tuyến.',
      'Tuyên truyền pháp luật về an toàn thông tin, bảo vệ dữ liệu cá nhân là một nội dung của kế hoạch.',
    ],
    fields: ['thong-tin-truyen-thong', 'khoa-hoc-cong-nghe'],
    audiences: ['nhan-dan'],
    documents: ['92/KH-UBND'],
  },
  {
    slug: 'chuong-trinh-phong-chong-bao-luc-gia-dinh-2022-2025',
    title: 'Kế hoạch thực hiện Chương trình phòng, chống bạo lực gia đình giai đoạn 2022–2025',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'tay-ninh',
    date: '2022-05-18',
    summary:
      'Tuyên truyền, giáo dục về phòng, chống bạo lực gia đình; xây dựng mô hình địa chỉ tin cậy ở cộng đồng.',
    body: [
      'Kế hoạch giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Hội Liên hiệp Phụ nữ tỉnh.',
      'Mỗi xã có ít nhất một câu lạc bộ gia đình phát triển bền vững.',
    ],
    fields: ['hon-nhan-gia-dinh'],
    audiences: ['phu-nu-tre-em'],
    documents: ['96/KH-UBND'],
  },
  {
    slug: 'ke-hoach-ngay-phap-luat-thi-xa-hoa-thanh-2024',
    title: 'Kế hoạch tổ chức Ngày Pháp luật Việt Nam năm 2024 trên địa bàn thị xã Hòa Thành',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'thi-xa-hoa-thanh',
    date: '2024-10-09',
    summary:
      'Thị xã tổ chức tuần lễ hưởng ứng Ngày Pháp luật với tọa đàm, thi tìm hiểu và tư vấn pháp luật miễn phí.',
    body: [
      'Các phường, xã treo băng rôn, khẩu hiệu từ ngày 01 đến 15/11/2024.',
      'Cơ quan, đơn vị lồng ghép sinh hoạt chuyên đề pháp luật trong ngày 9/11.',
    ],
    fields: ['tu-phap'],
    audiences: ['can-bo-cong-chuc', 'nhan-dan'],
    documents: ['77/KH-UBND'],
  },
  {
    slug: 'ke-hoach-ung-dung-cntt-pbgdpl-long-an-2021',
    title:
      'Kế hoạch ứng dụng công nghệ thông tin trong phổ biến, giáo dục pháp luật năm 2021 của tỉnh Long An',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'long-an',
    date: '2021-03-30',
    summary:
      'Triển khai Đề án 471 với trang PBGDPL, tủ sách pháp luật điện tử và thi tìm hiểu pháp luật trực tuyến.',
    body: [
      'Các sở, ngành và huyện, thị xã, thành phố cập nhật tin bài PBGDPL lên trang của tỉnh.',
      'Tổ chức ít nhất một cuộc thi tìm hiểu pháp luật trực tuyến trong năm.',
    ],
    fields: ['tu-phap', 'thong-tin-truyen-thong'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['1125/KH-UBND', '3333/QĐ-UBND'],
    attachments: [PDF('1125-kh-ubnd')],
  },
  {
    slug: 'ke-hoach-tiem-chung-mo-rong-2026',
    title: 'Kế hoạch tiêm chủng mở rộng năm 2026',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'so-y-te',
    date: '2026-01-23',
    summary:
      'Bảo đảm trẻ em dưới 1 tuổi được tiêm đủ các loại vắc xin; tuyên truyền để cha mẹ đưa trẻ đi tiêm đúng lịch.',
    body: [
      'Trạm y tế xã, phường tổ chức tiêm chủng định kỳ hằng tháng.',
      'Cha mẹ theo dõi lịch tiêm của trẻ trên sổ sức khỏe điện tử.',
    ],
    fields: ['y-te'],
    audiences: ['phu-nu-tre-em'],
    documents: ['36/KH-SYT'],
  },
  {
    slug: 'ke-hoach-giai-quyet-viec-lam-khu-cong-nghiep-2026',
    title: 'Kế hoạch giải quyết việc làm, kết nối cung cầu lao động cho các khu công nghiệp năm 2026',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'tay-ninh',
    date: '2025-12-30',
    summary:
      'Tổ chức sàn giao dịch việc làm định kỳ; tư vấn pháp luật lao động cho người lao động mới tuyển dụng.',
    body: [
      'Trung tâm Dịch vụ việc làm tổ chức phiên giao dịch việc làm hằng tháng tại các khu công nghiệp lớn.',
      'Người lao động được tư vấn về hợp đồng lao động, bảo hiểm thất nghiệp và học nghề.',
    ],
    fields: ['lao-dong-viec-lam'],
    audiences: ['nguoi-lao-dong'],
    documents: ['178/KH-UBND'],
  },
  {
    slug: 'de-an-giam-thieu-tao-hon-vung-dong-bao-dan-toc',
    title:
      'Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'tay-ninh',
    date: '2021-07-05',
    summary:
      'Đề án tập trung tuyên truyền tại các xã có đông đồng bào dân tộc thiểu số, kết hợp tư vấn tiền hôn nhân.',
    body: [
      'Nội dung tuyên truyền bằng tiếng dân tộc, thông qua người có uy tín trong cộng đồng.',
      'Ủy ban nhân dân cấp xã không đăng ký kết hôn cho trường hợp chưa đủ tuổi kết hôn.',
    ],
    fields: ['hon-nhan-gia-dinh', 'dan-toc-ton-giao'],
    audiences: ['dong-bao-dan-toc-thieu-so', 'phu-nu-tre-em'],
    documents: ['1412/QĐ-UBND'],
    attachments: [PDF('1412-qd-ubnd')],
  },
  {
    slug: 'ke-hoach-phat-trien-du-lich-tam-linh-phuong-long-hoa-2026',
    title: 'Kế hoạch phát triển du lịch tâm linh gắn với Tòa Thánh Tây Ninh năm 2026',
    category: 'ke-hoach-chuong-trinh',
    unitId: 'phuong-long-hoa',
    date: '2026-02-13',
    summary:
      'Phường phối hợp tuyên truyền quy định về kinh doanh dịch vụ du lịch, bảo vệ di tích và nếp sống văn minh.',
    body: [
      'Hộ kinh doanh dịch vụ ăn uống, lưu trú được hướng dẫn điều kiện kinh doanh và niêm yết giá.',
      'Tổ tự quản khu phố tham gia giữ gìn an ninh trật tự, vệ sinh môi trường khu vực Tòa Thánh.',
    ],
    fields: ['van-hoa-the-thao-du-lich', 'dan-toc-ton-giao'],
    audiences: ['doanh-nghiep', 'nhan-dan'],
    documents: ['104/KH-UBND'],
  },

  // Tài liệu PBGDPL (2.6): the first attachment is the material
  {
    slug: 'so-tay-hoa-giai-vien-o-co-so',
    title: 'Sổ tay hòa giải viên ở cơ sở',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-tu-phap',
    date: '2024-09-10',
    summary:
      'Sổ tay hướng dẫn trình tự hòa giải, kỹ năng thuyết phục và mẫu biên bản hòa giải cho hòa giải viên.',
    body: [
      'Sổ tay gồm ba phần: quy định pháp luật về hòa giải ở cơ sở; kỹ năng hòa giải một số loại tranh chấp thường gặp; biểu mẫu.',
      'Các tổ hòa giải có thể in sổ tay để sử dụng trong sinh hoạt định kỳ.',
    ],
    fields: ['tu-phap'],
    audiences: ['nhan-dan'],
    documents: ['12/2024/NQ-HĐND'],
    attachments: [PDF('12-2024-nq-hdnd')],
    material: 'handbook',
  },
  {
    slug: 'to-gap-tro-giup-phap-ly-mien-phi',
    title: 'Tờ gấp: Ai được trợ giúp pháp lý miễn phí?',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-tu-phap',
    date: '2024-03-14',
    summary: 'Tờ gấp giới thiệu các đối tượng được trợ giúp pháp lý, hình thức trợ giúp và địa chỉ liên hệ.',
    body: [
      'Người được trợ giúp pháp lý gồm người có công với cách mạng, người thuộc hộ nghèo, trẻ em, người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn và một số đối tượng khác theo Luật Trợ giúp pháp lý.',
      'Trợ giúp pháp lý được thực hiện bằng tư vấn pháp luật, tham gia tố tụng và đại diện ngoài tố tụng.',
    ],
    fields: ['tro-giup-phap-ly'],
    audiences: ['nguoi-khuyet-tat', 'nguoi-cao-tuoi', 'dong-bao-dan-toc-thieu-so'],
    documents: ['88/KH-STP'],
    attachments: ['/media/banners/tro-giup-phap-ly-300x250.svg'],
    material: 'leaflet',
  },
  {
    slug: 'hoi-dap-phap-luat-ve-dat-dai-2024',
    title: 'Hỏi – đáp pháp luật về đất đai năm 2024',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-nong-nghiep-va-moi-truong',
    date: '2025-02-20',
    summary:
      '50 câu hỏi – đáp về cấp giấy chứng nhận, tách thửa, bồi thường khi Nhà nước thu hồi đất theo Luật Đất đai năm 2024.',
    body: [
      'Tài liệu được biên soạn từ các câu hỏi người dân gửi trong năm 2024.',
      'Các câu trả lời dẫn chiếu quy định của tỉnh về hạn mức giao đất, diện tích tối thiểu tách thửa và bồi thường, hỗ trợ, tái định cư.',
    ],
    fields: ['dat-dai'],
    audiences: ['nhan-dan', 'nong-dan'],
    documents: ['31/2024/QĐ-UBND', '36/2024/QĐ-UBND', '41/2024/QĐ-UBND'],
    attachments: [PDF('41-2024-qd-ubnd-dissemination')],
    material: 'qa-booklet',
  },
  {
    slug: 'infographic-cong-pbgdpl',
    title: 'Infographic: Tra cứu pháp luật trên Cổng phổ biến, giáo dục pháp luật',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-tu-phap',
    date: '2025-10-15',
    summary: 'Hình đồ họa hướng dẫn bốn bước tìm văn bản, gửi câu hỏi và xem video pháp luật.',
    body: [
      'Infographic dùng để in khổ lớn đặt tại bộ phận một cửa hoặc chia sẻ trên nhóm Zalo của ấp, khu phố.',
    ],
    fields: ['tu-phap', 'thong-tin-truyen-thong'],
    audiences: ['nhan-dan'],
    attachments: ['/media/banners/cong-pbgdpl-250x250.svg'],
    material: 'infographic',
  },
  {
    slug: 'tai-lieu-gioi-thieu-nghi-quyet-hoc-phi-2025',
    title: 'Tài liệu giới thiệu Nghị quyết quy định mức thu học phí từ năm học 2025–2026',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-giao-duc-va-dao-tao',
    date: '2025-09-02',
    summary: 'Giới thiệu mức thu học phí giáo dục thường xuyên và chính sách hỗ trợ chi phí học tập.',
    body: [
      'Học sinh mầm non và phổ thông công lập được miễn học phí theo chính sách chung; tài liệu giới thiệu các trường hợp còn thu học phí.',
      'Phụ huynh tham khảo để biết hồ sơ đề nghị hỗ trợ chi phí học tập.',
    ],
    fields: ['giao-duc', 'thue-phi-le-phi'],
    audiences: ['hoc-sinh-sinh-vien', 'phu-nu-tre-em'],
    documents: ['13/2025/NQ-HĐND'],
    attachments: [PDF('13-2025-nq-hdnd')],
    material: 'leaflet',
  },
  {
    slug: 'de-cuong-gioi-thieu-quy-che-bao-cao-vien',
    title: 'Đề cương giới thiệu Quy chế hoạt động của báo cáo viên, tuyên truyền viên pháp luật',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-tu-phap',
    date: '2023-09-12',
    summary: 'Đề cương dùng cho hội nghị quán triệt Quy chế tại các sở, ngành và địa phương.',
    body: ['Đề cương tóm tắt bố cục, nội dung chính và những điểm mới của Quy chế so với quy chế năm 2016.'],
    fields: ['tu-phap', 'can-bo-cong-chuc'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['19/2023/QĐ-UBND'],
    attachments: [PDF('19-2023-qd-ubnd-outline')],
    material: 'handbook',
  },
  {
    slug: 'hoi-dap-bang-gia-dat-2026',
    title: 'Hỏi – đáp về bảng giá đất áp dụng từ ngày 01/01/2026',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-nong-nghiep-va-moi-truong',
    date: '2026-01-05',
    summary:
      'Giải đáp cách xác định giá đất theo vị trí, hệ số điều chỉnh và các trường hợp áp dụng bảng giá đất.',
    body: [
      'Bảng giá đất được dùng để tính tiền sử dụng đất, tiền thuê đất, thuế sử dụng đất và lệ phí trước bạ.',
      'Tài liệu kèm bảng tra cứu theo xã, phường sau sắp xếp.',
    ],
    fields: ['dat-dai', 'thue-phi-le-phi'],
    audiences: ['nhan-dan', 'doanh-nghiep'],
    documents: ['25/2025/NQ-HĐND', '52/2025/QĐ-UBND'],
    attachments: [PDF('25-2025-nq-hdnd-outline')],
    material: 'qa-booklet',
  },
  {
    slug: 'to-gap-hoi-dap-phap-luat-qua-trang-pbgdpl',
    title: 'Tờ gấp: Gửi câu hỏi pháp luật trực tuyến như thế nào?',
    category: 'tai-lieu-pbgdpl',
    unitId: 'phuong-tan-ninh',
    date: '2026-03-03',
    summary: 'Hướng dẫn người dân gửi câu hỏi, nhận mã theo dõi và xem câu trả lời trên trang PBGDPL.',
    body: [
      'Người hỏi không cần tài khoản; thông tin cá nhân chỉ dùng để trả lời và không công khai nếu không đồng ý.',
    ],
    fields: ['tu-phap'],
    audiences: ['nhan-dan', 'nguoi-cao-tuoi'],
    attachments: ['/media/banners/hoi-dap-phap-luat-300x250.svg'],
    material: 'leaflet',
  },
  {
    slug: 'tai-lieu-tuyen-truyen-nghi-quyet-ho-tro-nong-nghiep-cong-nghe-cao',
    title: 'Tài liệu tuyên truyền chính sách hỗ trợ nông nghiệp ứng dụng công nghệ cao giai đoạn 2026–2030',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-nong-nghiep-va-moi-truong',
    date: '2026-01-26',
    summary:
      'Giới thiệu điều kiện, mức hỗ trợ và hồ sơ đề nghị hỗ trợ cho hợp tác xã, doanh nghiệp và nông dân.',
    body: [
      'Chính sách hỗ trợ đầu tư nhà màng, hệ thống tưới tiết kiệm và chứng nhận sản phẩm an toàn.',
      'Nông dân liên hệ Ủy ban nhân dân xã để được hướng dẫn lập hồ sơ.',
    ],
    fields: ['nong-nghiep', 'khoa-hoc-cong-nghe'],
    audiences: ['nong-dan', 'doanh-nghiep'],
    documents: ['07/2025/NQ-HĐND'],
    attachments: [PDF('07-2025-nq-hdnd')],
    material: 'leaflet',
  },
  {
    slug: 'so-tay-phap-luat-cho-ho-kinh-doanh',
    title: 'Sổ tay pháp luật cho hộ kinh doanh',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-tai-chinh',
    date: '2026-02-16',
    summary: 'Sổ tay tóm tắt quy định về đăng ký hộ kinh doanh, thuế, hóa đơn điện tử và lệ phí.',
    body: [
      'Sổ tay dành cho hộ kinh doanh chuyển từ thuế khoán sang tự kê khai từ năm 2026.',
      '## Nội dung',
      '- Đăng ký hộ kinh doanh tại Ủy ban nhân dân cấp xã;',
      '- Kê khai, nộp thuế theo doanh thu;',
      '- Sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.',
    ],
    fields: ['thue-phi-le-phi', 'doanh-nghiep'],
    audiences: ['doanh-nghiep'],
    documents: ['72/TB-UBND'],
    attachments: [PDF('14-2025-nq-hdnd')],
    material: 'handbook',
  },
  {
    slug: 'tai-lieu-gioi-thieu-nghi-quyet-muc-chi-hoa-giai-long-an',
    title: 'Tài liệu giới thiệu Nghị quyết mức chi phổ biến, giáo dục pháp luật của tỉnh Long An',
    category: 'tai-lieu-pbgdpl',
    unitId: 'so-tu-phap-long-an',
    date: '2020-08-04',
    summary:
      'Giới thiệu nội dung, mức chi cho công tác PBGDPL, chuẩn tiếp cận pháp luật và hòa giải ở cơ sở.',
    body: ['Tài liệu phục vụ kế toán các xã, phường, thị trấn lập dự toán và thanh quyết toán kinh phí.'],
    fields: ['tu-phap', 'tai-chinh-ngan-sach'],
    audiences: ['can-bo-cong-chuc'],
    documents: ['05/2020/NQ-HĐND'],
    attachments: [PDF('05-2020-nq-hdnd')],
    material: 'handbook',
  },
];

/** One article as its NDJSON line (an ArticleInput). */
export function articleInput(a: Facts) {
  return {
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    body: html(a.body),
    category: a.category,
    unitId: a.unitId,
    fields: a.fields,
    audiences: a.audiences,
    authorName: null,
    publishedAt: vnTime(a.date),
    pinned: a.pinned ?? false,
    featured: a.featured ?? false,
    event: a.event
      ? {
          startsAt: atVn(a.event.start),
          endsAt: a.event.end ? atVn(a.event.end) : null,
          place: a.event.place,
        }
      : null,
    materialFormat: a.material ?? null,
    cover: a.cover ? { url: a.cover[0], alt: a.cover[1] } : null,
    attachments: (a.attachments ?? []).map((url) => ({ url, name: FILE_NAMES[url] ?? null })),
    relatedDocuments: a.documents ?? [],
  };
}

export const articlesNdjson = (): string =>
  ARTICLES.map((a) => `${JSON.stringify(articleInput(a))}\n`).join('');

if (isMain(import.meta)) {
  writeFileSync(fileURLToPath(new URL('../articles.ndjson', import.meta.url)), articlesNdjson());
  console.log(`articles.ndjson: ${ARTICLES.length} articles`);
}
