import type { LegalField, VideoCategory } from '@pbgdpl/contract';

/** One caption cue: seconds from the start, and its text. */
export interface Cue {
  from: number;
  to: number;
  vi: string;
  en?: string;
}

/** A seed video. `file` names its media under /media/videos/ (`<file>.mp4`, `-poster.jpg`, `.vi.vtt`, …). */
export interface SeedVideo {
  file: string;
  title: string;
  description: string;
  category: VideoCategory;
  fields: LegalField[];
  unitId: string | null;
  publishedAt: string;
  /** Whole seconds; the generated file lasts exactly this long. */
  durationSeconds: number;
  /** Also encoded as WebM (VP9), to show a second source. */
  webm: boolean;
  /** Played from YouTube instead of our server; our own poster stands in until play is pressed. */
  youtubeId?: string;
  /** Cues with `en` for every line get English captions too. */
  cues: Cue[];
  /** Drawing of the sample: background and text colours (contrast ≥ 7:1). */
  colors: { background: string; text: string };
}

const RED = { background: '#7f1d1d', text: '#ffffff' };
const BLUE = { background: '#0b3d91', text: '#ffffff' };
const GREEN = { background: '#14532d', text: '#ffffff' };
const BROWN = { background: '#3b2a00', text: '#fff8e1' };

export const seedVideoCatalog: SeedVideo[] = [
  {
    file: 'hoa-giai-tranh-chap-ranh-dat',
    title: 'Tiểu phẩm: Hòa giải tranh chấp ranh đất',
    description:
      'Hai gia đình ở ấp Long Châu tranh chấp một mét đất ranh; tổ hòa giải ở cơ sở giúp hai bên tìm được tiếng nói chung theo Luật Hòa giải ở cơ sở.',
    category: 'tieu-pham',
    fields: ['tu-phap', 'dat-dai'],
    unitId: 'xa-hoa-thanh',
    publishedAt: '2026-10-28T02:00:00.000Z',
    durationSeconds: 8,
    webm: true,
    cues: [
      {
        from: 0,
        to: 3,
        vi: 'Ông Ba: Hàng rào nhà anh lấn sang đất tôi một mét!',
        en: 'Mr Ba: Your fence is a metre into my land!',
      },
      {
        from: 3,
        to: 6,
        vi: 'Tổ hòa giải: Hai bác bình tĩnh, mình cùng xem bản đồ địa chính.',
        en: 'Mediator: Please calm down, let us check the cadastral map together.',
      },
      {
        from: 6,
        to: 8,
        vi: 'Hòa giải thành, tình làng nghĩa xóm.',
        en: 'Settled, and still good neighbours.',
      },
    ],
    colors: GREEN,
  },
  {
    file: 'dang-ky-khai-sinh-truc-tuyen',
    title: 'Hướng dẫn đăng ký khai sinh trực tuyến',
    description:
      'Các bước đăng ký khai sinh cho trẻ trên Cổng Dịch vụ công quốc gia: đăng nhập VNeID, điền tờ khai, nhận kết quả tại nhà.',
    category: 'huong-dan',
    fields: ['tu-phap'],
    unitId: 'so-tu-phap',
    publishedAt: '2026-10-15T03:00:00.000Z',
    durationSeconds: 9,
    webm: false,
    cues: [
      {
        from: 0,
        to: 3,
        vi: 'Bước 1: Đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID.',
        en: 'Step 1: Sign in to the Public Service Portal with VNeID.',
      },
      {
        from: 3,
        to: 6,
        vi: 'Bước 2: Chọn thủ tục đăng ký khai sinh và điền tờ khai.',
        en: 'Step 2: Choose birth registration and fill in the form.',
      },
      {
        from: 6,
        to: 9,
        vi: 'Bước 3: Nhận giấy khai sinh điện tử qua tài khoản.',
        en: 'Step 3: Receive the electronic birth certificate in your account.',
      },
    ],
    colors: BLUE,
  },
  {
    file: 'nong-do-con-khi-lai-xe',
    title: 'Tình huống: Uống rượu bia rồi lái xe',
    description:
      'Anh Tư uống hai lon bia rồi chạy xe máy về nhà. Bị kiểm tra nồng độ cồn, anh bị xử phạt thế nào theo Nghị định 168/2024/NĐ-CP?',
    category: 'tinh-huong',
    fields: ['giao-thong-van-tai', 'xu-ly-vi-pham-hanh-chinh'],
    unitId: 'cong-an-tinh',
    publishedAt: '2026-09-30T01:30:00.000Z',
    durationSeconds: 8,
    webm: true,
    cues: [
      { from: 0, to: 3, vi: 'Đã uống rượu bia thì không lái xe.', en: 'If you drink, do not drive.' },
      {
        from: 3,
        to: 6,
        vi: 'Xe máy có nồng độ cồn bị phạt đến 10 triệu đồng.',
        en: 'Motorbike riders over the limit are fined up to 10 million dong.',
      },
      { from: 6, to: 8, vi: 'Và bị trừ điểm giấy phép lái xe.', en: 'And lose points on their licence.' },
    ],
    colors: RED,
  },
  {
    file: 'toa-dam-luat-dat-dai-2024',
    title: 'Tọa đàm: Những điểm mới của Luật Đất đai năm 2024',
    description:
      'Lãnh đạo Sở Nông nghiệp và Môi trường trao đổi về cấp giấy chứng nhận, bảng giá đất và bồi thường khi Nhà nước thu hồi đất.',
    category: 'toa-dam',
    fields: ['dat-dai', 'tai-nguyen-moi-truong'],
    unitId: 'so-nong-nghiep-va-moi-truong',
    publishedAt: '2026-09-12T07:00:00.000Z',
    durationSeconds: 10,
    webm: false,
    cues: [
      { from: 0, to: 4, vi: 'Luật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024.' },
      { from: 4, to: 7, vi: 'Bảng giá đất được xây dựng hằng năm, sát giá thị trường.' },
      { from: 7, to: 10, vi: 'Người dân được bồi thường bằng đất hoặc bằng tiền.' },
    ],
    colors: BROWN,
  },
  {
    file: 'phong-chong-bao-luc-gia-dinh',
    title: 'Tiểu phẩm: Nói không với bạo lực gia đình',
    description:
      'Một câu chuyện ở khu phố: hàng xóm, tổ trưởng và công an phường cùng bảo vệ người bị bạo lực gia đình.',
    category: 'tieu-pham',
    fields: ['hon-nhan-gia-dinh'],
    unitId: 'phuong-tan-ninh',
    publishedAt: '2026-08-25T02:00:00.000Z',
    durationSeconds: 8,
    webm: false,
    cues: [
      {
        from: 0,
        to: 3,
        vi: 'Thấy bạo lực gia đình, hãy báo ngay cho tổ trưởng hoặc công an.',
        en: 'If you see domestic violence, tell the block leader or the police.',
      },
      {
        from: 3,
        to: 6,
        vi: 'Người bị bạo lực được bố trí nơi tạm lánh an toàn.',
        en: 'Victims can be given a safe place to stay.',
      },
      { from: 6, to: 8, vi: 'Gia đình hạnh phúc, xã hội bình yên.', en: 'Happy families, peaceful society.' },
    ],
    colors: RED,
  },
  {
    file: 'tro-giup-phap-ly-mien-phi',
    title: 'Ai được trợ giúp pháp lý miễn phí?',
    description:
      'Người nghèo, người có công, trẻ em, người dân tộc thiểu số ở vùng khó khăn… được luật sư, trợ giúp viên pháp lý giúp miễn phí.',
    category: 'huong-dan',
    fields: ['tu-phap'],
    unitId: 'so-tu-phap',
    publishedAt: '2026-08-08T03:00:00.000Z',
    durationSeconds: 7,
    webm: false,
    cues: [
      { from: 0, to: 4, vi: 'Trợ giúp pháp lý là miễn phí, do Nhà nước chi trả.' },
      { from: 4, to: 7, vi: 'Gọi Trung tâm Trợ giúp pháp lý tỉnh để được tư vấn.' },
    ],
    colors: GREEN,
  },
  {
    file: 'xu-phat-xay-dung-khong-phep',
    title: 'Tình huống: Xây nhà không có giấy phép',
    description:
      'Ông Năm xây thêm tầng ba khi chưa có giấy phép xây dựng. Chính quyền xử lý ra sao và ông cần làm gì?',
    category: 'tinh-huong',
    fields: ['xay-dung', 'xu-ly-vi-pham-hanh-chinh'],
    unitId: 'so-xay-dung',
    publishedAt: '2026-07-20T01:00:00.000Z',
    durationSeconds: 9,
    webm: false,
    cues: [
      { from: 0, to: 3, vi: 'Xây dựng không phép có thể bị phạt đến 120 triệu đồng.' },
      { from: 3, to: 6, vi: 'Chủ nhà phải xin giấy phép trong thời hạn cho phép.' },
      { from: 6, to: 9, vi: 'Nếu không, công trình vi phạm sẽ bị buộc tháo dỡ.' },
    ],
    colors: BROWN,
  },
  {
    file: 'bao-hiem-y-te-hoc-sinh',
    title: 'Bảo hiểm y tế học sinh: quyền lợi và mức đóng',
    description:
      'Học sinh, sinh viên bắt buộc tham gia bảo hiểm y tế; Nhà nước hỗ trợ một phần mức đóng. Video giải đáp các thắc mắc thường gặp.',
    category: 'huong-dan',
    fields: ['bao-hiem', 'giao-duc', 'y-te'],
    unitId: 'so-giao-duc-va-dao-tao',
    publishedAt: '2026-07-02T02:30:00.000Z',
    durationSeconds: 8,
    webm: true,
    cues: [
      {
        from: 0,
        to: 4,
        vi: 'Học sinh tham gia bảo hiểm y tế tại trường.',
        en: 'Pupils join health insurance at school.',
      },
      {
        from: 4,
        to: 8,
        vi: 'Nhà nước hỗ trợ ít nhất 50% mức đóng.',
        en: 'The State pays at least half of the contribution.',
      },
    ],
    colors: BLUE,
  },
  {
    file: 'lua-dao-qua-mang',
    title: 'Cảnh giác lừa đảo qua mạng',
    description:
      'Các thủ đoạn giả danh công an, ngân hàng, nhân viên điện lực để chiếm đoạt tiền; cách nhận biết và trình báo.',
    category: 'tin-tuc',
    fields: ['quoc-phong-an-ninh', 'thong-tin-truyen-thong'],
    unitId: 'cong-an-tinh',
    publishedAt: '2026-06-18T04:00:00.000Z',
    durationSeconds: 6,
    webm: false,
    cues: [
      { from: 0, to: 3, vi: 'Công an không bao giờ làm việc qua điện thoại.' },
      { from: 3, to: 6, vi: 'Không chuyển tiền, không cung cấp mã OTP cho người lạ.' },
    ],
    colors: RED,
  },
  {
    file: 'hop-dong-lao-dong',
    title: 'Tình huống: Làm việc không có hợp đồng lao động',
    description:
      'Chị Hoa làm công nhân ba tháng mà không được ký hợp đồng lao động. Chị có quyền gì theo Bộ luật Lao động?',
    category: 'tinh-huong',
    fields: ['lao-dong-viec-lam'],
    unitId: 'so-noi-vu',
    publishedAt: '2026-05-27T02:00:00.000Z',
    durationSeconds: 8,
    webm: false,
    cues: [
      { from: 0, to: 4, vi: 'Làm việc từ một tháng trở lên phải có hợp đồng bằng văn bản.' },
      { from: 4, to: 8, vi: 'Người lao động có quyền yêu cầu ký hợp đồng và đóng bảo hiểm.' },
    ],
    colors: GREEN,
  },
  {
    file: 'ngay-phap-luat-9-11',
    title: 'Hưởng ứng Ngày Pháp luật Việt Nam 9/11',
    description: 'Toàn cảnh các hoạt động hưởng ứng Ngày Pháp luật Việt Nam tại các xã, phường trong tỉnh.',
    category: 'tin-tuc',
    fields: ['tu-phap'],
    unitId: 'tay-ninh',
    publishedAt: '2026-11-09T01:00:00.000Z',
    durationSeconds: 7,
    webm: false,
    cues: [
      { from: 0, to: 4, vi: 'Tìm hiểu pháp luật, chấp hành pháp luật.', en: 'Know the law, follow the law.' },
      { from: 4, to: 7, vi: 'Ngày Pháp luật Việt Nam 9 tháng 11.', en: 'Vietnam Law Day, 9 November.' },
    ],
    colors: RED,
  },
  {
    file: 'thue-ho-kinh-doanh',
    title: 'Tọa đàm: Hộ kinh doanh kê khai thuế',
    description:
      'Từ năm 2026, hộ kinh doanh chuyển sang tự kê khai thuế. Cán bộ thuế trả lời câu hỏi của các tiểu thương.',
    category: 'toa-dam',
    fields: ['thue-phi-le-phi', 'thuong-mai'],
    unitId: 'so-tai-chinh',
    publishedAt: '2026-04-10T03:00:00.000Z',
    durationSeconds: 9,
    webm: false,
    cues: [
      { from: 0, to: 3, vi: 'Hộ kinh doanh tự kê khai doanh thu hằng quý.' },
      { from: 3, to: 6, vi: 'Hóa đơn điện tử giúp kê khai chính xác.' },
      { from: 6, to: 9, vi: 'Cơ quan thuế hỗ trợ miễn phí qua đường dây nóng.' },
    ],
    colors: BROWN,
  },
  {
    file: 'youtube-luat-hon-nhan',
    title: 'Luật Hôn nhân và gia đình: đăng ký kết hôn',
    description: 'Điều kiện kết hôn, hồ sơ và nơi đăng ký kết hôn; phát trên kênh YouTube của Sở Tư pháp.',
    category: 'huong-dan',
    fields: ['hon-nhan-gia-dinh', 'tu-phap'],
    unitId: 'so-tu-phap',
    publishedAt: '2026-03-15T02:00:00.000Z',
    durationSeconds: 312,
    webm: false,
    youtubeId: 'Xq3rJb0mQ2s',
    cues: [],
    colors: BLUE,
  },
  {
    file: 'youtube-an-toan-giao-thong',
    title: 'Tiểu phẩm: Đội mũ bảo hiểm cho trẻ em',
    description:
      'Tiểu phẩm vui về việc đội mũ bảo hiểm đúng cách cho trẻ khi ngồi xe máy; phát trên YouTube.',
    category: 'tieu-pham',
    fields: ['giao-thong-van-tai'],
    unitId: 'cong-an-tinh',
    publishedAt: '2026-02-20T02:00:00.000Z',
    durationSeconds: 245,
    webm: false,
    youtubeId: 'Pd7nW4kLz1E',
    cues: [],
    colors: RED,
  },
  {
    file: 'youtube-chuyen-doi-so',
    title: 'Tọa đàm: Chuyển đổi số trong phổ biến pháp luật',
    description:
      'Các xã, phường dùng mạng xã hội, loa thông minh và trang thông tin để đưa pháp luật đến người dân.',
    category: 'toa-dam',
    fields: ['thong-tin-truyen-thong', 'tu-phap'],
    unitId: null,
    publishedAt: '2026-01-08T02:00:00.000Z',
    durationSeconds: 1805,
    webm: false,
    youtubeId: 'Hk2vT9cRw8A',
    cues: [],
    colors: GREEN,
  },
];
