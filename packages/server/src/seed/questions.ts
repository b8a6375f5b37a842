import type { LegalField } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { numberKey } from '../documents/number-key.ts';
import { currentConsents } from '../questions/consent-texts.ts';
import { TRACKING_ALPHABET } from '../questions/tracking-code.ts';
import { questionsRepository } from '../repositories/questions.ts';
import { htmlToText, sanitizeHtml } from '../text/html.ts';

/** Officials of the Department of Justice who answer (invented people, real positions). */
const ANSWERERS = {
  ha: ['Nguyễn Thị Thu Hà', 'Phó Giám đốc Sở Tư pháp tỉnh Tây Ninh'],
  khoa: ['Trần Minh Khoa', 'Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp'],
  phuc: ['Lê Hoàng Phúc', 'Chuyên viên Phòng Hành chính tư pháp, Sở Tư pháp'],
  diem: ['Phạm Ngọc Diễm', 'Trợ giúp viên pháp lý, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Tây Ninh'],
} as const;

interface SeedQuestion {
  /** Days before the seed time the question came in. */
  daysAgo: number;
  name: string;
  /** Invented contacts: example.com addresses and unassigned 0200 landlines only. */
  email?: string;
  phone?: string;
  address?: string;
  publishName?: boolean;
  field: LegalField;
  unit?: string;
  title: string;
  body: string;
  answer?: {
    by: keyof typeof ANSWERERS;
    afterDays: number;
    html: string;
    /** Numbers of seeded documents, looked up by their folded number. */
    documents?: string[];
    /** Answered but kept off the public list. */
    unpublished?: boolean;
  };
  featured?: boolean;
  rejected?: string;
}

export const SEED_QUESTIONS: SeedQuestion[] = [
  {
    daysAgo: 120,
    name: 'Nguyễn Văn Hùng',
    email: 'hung.nguyen@example.com',
    address: 'Ấp Thạnh Trung, xã Hòa Thạnh',
    publishName: true,
    field: 'dat-dai',
    unit: 'xa-hoa-thanh',
    title: 'Diện tích tối thiểu để tách thửa đất ở tại Tây Ninh là bao nhiêu?',
    body: 'Gia đình tôi có thửa đất ở 250 m² tại xã Hòa Thạnh, muốn tách cho con trai một phần để xây nhà. Xin hỏi diện tích tối thiểu được tách thửa là bao nhiêu và thủ tục làm ở đâu?',
    answer: {
      by: 'phuc',
      afterDays: 6,
      html: '<p>Theo Luật Đất đai năm 2024, điều kiện và diện tích tối thiểu tách thửa do Ủy ban nhân dân tỉnh quy định. Tại Tây Ninh, nội dung này được quy định tại Quyết định số 36/2024/QĐ-UBND.</p><p>Với đất ở tại xã, thửa đất mới tạo thành và thửa đất còn lại đều phải đạt diện tích và kích thước cạnh tối thiểu theo quyết định nêu trên, đồng thời phải có lối đi kết nối với đường giao thông công cộng.</p><p>Hồ sơ nộp tại bộ phận một cửa của Ủy ban nhân dân xã hoặc Chi nhánh Văn phòng đăng ký đất đai gần nhất.</p>',
      documents: ['36/2024/QĐ-UBND'],
    },
    featured: true,
  },
  {
    daysAgo: 112,
    name: 'Trần Thị Mai',
    email: 'mai.tran@example.com',
    field: 'dat-dai',
    unit: 'phuong-tan-ninh',
    title: 'Bảng giá đất mới áp dụng từ năm 2026 có làm tăng tiền chuyển mục đích sử dụng đất?',
    body: 'Tôi định chuyển 100 m² đất trồng cây lâu năm sang đất ở tại phường Tân Ninh. Nghe nói từ năm 2026 tỉnh áp dụng bảng giá đất mới. Xin hỏi tiền sử dụng đất khi chuyển mục đích được tính theo bảng giá nào?',
    answer: {
      by: 'phuc',
      afterDays: 9,
      html: '<p>Tiền sử dụng đất khi chuyển mục đích được tính theo bảng giá đất có hiệu lực tại thời điểm cơ quan có thẩm quyền ban hành quyết định cho phép chuyển mục đích sử dụng đất.</p><p>Từ ngày 01/01/2026, tỉnh Tây Ninh áp dụng bảng giá đất ban hành kèm theo Nghị quyết số 25/2025/NQ-HĐND. Số tiền cụ thể là chênh lệch giữa tiền sử dụng đất tính theo giá đất ở và theo giá đất trồng cây lâu năm cùng vị trí.</p>',
      documents: ['25/2025/NQ-HĐND'],
    },
    featured: true,
  },
  {
    daysAgo: 104,
    name: 'Lê Minh Tâm',
    email: 'tam.le@example.com',
    phone: '0200 000 0101',
    field: 'dat-dai',
    unit: 'xa-duc-hoa',
    title: 'Đất ở huyện Đức Hòa cũ có phải làm lại giấy chứng nhận sau khi sáp nhập tỉnh?',
    body: 'Tôi có giấy chứng nhận quyền sử dụng đất ghi địa chỉ huyện Đức Hòa, tỉnh Long An. Sau khi hợp nhất với Tây Ninh và bỏ cấp huyện, tôi có bắt buộc phải đổi giấy chứng nhận không?',
    answer: {
      by: 'ha',
      afterDays: 4,
      html: '<p>Không bắt buộc. Giấy chứng nhận đã cấp vẫn có giá trị pháp lý; việc thay đổi tên đơn vị hành chính không làm thay đổi quyền sử dụng đất của người dân.</p><p>Khi thực hiện thủ tục đăng ký biến động (chuyển nhượng, thế chấp, tách thửa…), cơ quan đăng ký đất đai sẽ cập nhật địa chỉ theo tên đơn vị hành chính mới. Nếu có nhu cầu, người dân có thể đề nghị cấp đổi và không phải nộp lệ phí cho lý do này.</p>',
    },
    featured: true,
  },
  {
    daysAgo: 98,
    name: 'Phạm Quốc Bảo',
    email: 'bao.pham@example.com',
    field: 'dat-dai',
    unit: 'phuong-trang-bang',
    title: 'Hạn mức công nhận đất ở cho thửa đất có vườn, ao tại phường',
    body: 'Thửa đất của ông bà tôi có nhà ở từ năm 1995, tổng diện tích 600 m² gồm nhà, vườn và ao, chưa được cấp giấy. Xin hỏi khi cấp giấy lần đầu thì được công nhận bao nhiêu m² đất ở?',
    answer: {
      by: 'phuc',
      afterDays: 11,
      html: '<p>Thửa đất có nhà ở hình thành trước ngày 15/10/1993 hoặc từ đó đến trước ngày 01/7/2004 được công nhận diện tích đất ở theo hạn mức do Ủy ban nhân dân tỉnh quy định, căn cứ giấy tờ và thời điểm sử dụng.</p><p>Hạn mức công nhận đất ở trên địa bàn tỉnh được quy định tại Quyết định số 31/2024/QĐ-UBND. Phần diện tích vượt hạn mức được công nhận theo hiện trạng sử dụng (đất vườn, ao), và có thể chuyển mục đích sang đất ở khi phù hợp quy hoạch.</p>',
      documents: ['31/2024/QĐ-UBND'],
    },
  },
  {
    daysAgo: 95,
    name: 'Võ Thị Hồng',
    email: 'hong.vo@example.com',
    publishName: true,
    field: 'hon-nhan-gia-dinh',
    unit: 'phuong-long-hoa',
    title: 'Đăng ký kết hôn sau ngày 01/7/2025 làm ở đâu khi hai người khác phường?',
    body: 'Tôi thường trú ở phường Long Hoa, vị hôn phu ở phường Tân An (trước thuộc Long An). Chúng tôi muốn đăng ký kết hôn thì nộp hồ sơ ở đâu, có cần về cả hai nơi không?',
    answer: {
      by: 'phuc',
      afterDays: 3,
      html: '<p>Theo Luật Hộ tịch, hai bạn có thể đăng ký kết hôn tại Ủy ban nhân dân cấp xã nơi cư trú của một trong hai người, không phải về cả hai nơi. Sau ngày 01/7/2025, thẩm quyền này thuộc Ủy ban nhân dân xã, phường mới.</p><p>Hồ sơ gồm tờ khai đăng ký kết hôn và giấy tờ tùy thân; thông tin cư trú và tình trạng hôn nhân được khai thác từ Cơ sở dữ liệu quốc gia về dân cư. Hai bạn cũng có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia, sau đó cùng có mặt khi nhận giấy chứng nhận kết hôn.</p>',
      documents: ['2310/STP-HCTP'],
    },
    featured: true,
  },
  {
    daysAgo: 90,
    name: 'Đặng Văn Lực',
    phone: '0200 000 0102',
    field: 'hon-nhan-gia-dinh',
    unit: 'xa-tan-bien',
    title: 'Ly hôn đơn phương khi vợ đi làm ăn xa không rõ địa chỉ',
    body: 'Vợ tôi đi làm ở Bình Dương đã ba năm, không liên lạc và không rõ địa chỉ. Tôi muốn ly hôn đơn phương thì nộp đơn ở tòa án nào và có cần thông báo tìm kiếm không?',
    answer: {
      by: 'diem',
      afterDays: 8,
      html: '<p>Anh nộp đơn khởi kiện ly hôn tại Tòa án nhân dân khu vực nơi người vợ cư trú, làm việc cuối cùng. Trường hợp không biết nơi cư trú của bị đơn, anh có thể nộp tại tòa án nơi bị đơn cư trú cuối cùng hoặc nơi bị đơn có tài sản.</p><p>Nếu người vợ biệt tích từ hai năm trở lên, anh có thể yêu cầu Tòa án tuyên bố mất tích và giải quyết ly hôn theo Luật Hôn nhân và gia đình. Anh thuộc diện được trợ giúp pháp lý miễn phí nếu là người thuộc hộ nghèo, cận nghèo.</p>',
    },
  },
  {
    daysAgo: 86,
    name: 'Huỳnh Thị Lan',
    email: 'lan.huynh@example.com',
    publishName: true,
    field: 'hon-nhan-gia-dinh',
    title: 'Tài sản được bố mẹ cho riêng trong thời kỳ hôn nhân có phải chia khi ly hôn?',
    body: 'Năm 2020 bố mẹ tôi làm hợp đồng tặng cho riêng tôi một mảnh đất, lúc đó tôi đã kết hôn. Nay vợ chồng tôi ly hôn, chồng yêu cầu chia đôi mảnh đất. Xin hỏi yêu cầu đó có đúng không?',
    answer: {
      by: 'diem',
      afterDays: 5,
      html: '<p>Theo Điều 43 Luật Hôn nhân và gia đình năm 2014, tài sản được tặng cho riêng trong thời kỳ hôn nhân là tài sản riêng của vợ, chồng. Nếu hợp đồng tặng cho ghi rõ tặng cho riêng chị và chị chưa nhập tài sản này vào tài sản chung, mảnh đất không phải chia khi ly hôn.</p><p>Chị nên giữ hợp đồng tặng cho đã công chứng, chứng thực và giấy chứng nhận quyền sử dụng đất đứng tên riêng để chứng minh tại Tòa án.</p>',
    },
  },
  {
    daysAgo: 82,
    name: 'Ngô Thanh Sơn',
    email: 'son.ngo@example.com',
    field: 'lao-dong-viec-lam',
    unit: 'phuong-trang-bang',
    title: 'Công ty không trả lương những ngày nghỉ việc do thiếu đơn hàng',
    body: 'Tôi làm công nhân tại một công ty may ở khu công nghiệp Trảng Bàng. Tháng trước công ty cho nghỉ 10 ngày vì thiếu đơn hàng và không trả lương những ngày này. Công ty làm vậy có đúng luật không?',
    answer: {
      by: 'khoa',
      afterDays: 7,
      html: '<p>Theo Điều 99 Bộ luật Lao động năm 2019, khi người lao động phải ngừng việc do lỗi của người sử dụng lao động thì được trả đủ lương; trường hợp ngừng việc vì sự cố khách quan hoặc lý do kinh tế thì hai bên thỏa thuận tiền lương ngừng việc, nhưng không thấp hơn mức lương tối thiểu vùng nếu ngừng việc từ 14 ngày làm việc trở xuống.</p><p>Anh có thể đề nghị công đoàn cơ sở đối thoại với công ty hoặc gửi đơn đến Sở Nội vụ để được hướng dẫn, giải quyết.</p>',
    },
    featured: true,
  },
  {
    daysAgo: 79,
    name: 'Bùi Thị Ngọc',
    email: 'ngoc.bui@example.com',
    publishName: true,
    field: 'lao-dong-viec-lam',
    title: 'Nghỉ việc không báo trước 30 ngày có bị mất trợ cấp thôi việc?',
    body: 'Tôi ký hợp đồng không xác định thời hạn, làm được 5 năm. Vì việc gia đình, tôi nghỉ ngay sau khi nộp đơn 10 ngày. Công ty nói tôi vi phạm thời hạn báo trước nên không được trợ cấp thôi việc. Xin hỏi có đúng không?',
    answer: {
      by: 'khoa',
      afterDays: 6,
      html: '<p>Đúng. Theo Điều 35 và Điều 40 Bộ luật Lao động năm 2019, người lao động làm hợp đồng không xác định thời hạn đơn phương chấm dứt hợp đồng phải báo trước ít nhất 45 ngày. Nghỉ việc không đúng thời hạn báo trước là đơn phương chấm dứt trái pháp luật: không được trợ cấp thôi việc và phải bồi thường nửa tháng tiền lương cùng khoản tiền lương tương ứng với những ngày không báo trước.</p><p>Thời gian đã đóng bảo hiểm thất nghiệp vẫn được bảo lưu cho chị.</p>',
    },
  },
  {
    daysAgo: 75,
    name: 'Trương Văn Nam',
    email: 'nam.truong@example.com',
    field: 'giao-thong-van-tai',
    unit: 'phuong-tan-an',
    title: 'Mức phạt khi điều khiển xe máy mà trong hơi thở có nồng độ cồn',
    body: 'Tôi đi đám cưới uống hai lon bia rồi chạy xe máy về, bị kiểm tra nồng độ cồn. Xin hỏi mức phạt theo quy định mới nhất là bao nhiêu và có bị trừ điểm giấy phép lái xe không?',
    answer: {
      by: 'khoa',
      afterDays: 2,
      html: '<p>Theo Nghị định số 168/2024/NĐ-CP (áp dụng từ ngày 01/01/2025), người điều khiển xe mô tô, xe gắn máy mà trong hơi thở có nồng độ cồn bị phạt tiền theo ba mức tăng dần theo nồng độ, mức thấp nhất từ 2 đến 3 triệu đồng, cao nhất từ 8 đến 10 triệu đồng, kèm trừ điểm hoặc tước giấy phép lái xe.</p><p>Lời khuyên: đã uống rượu, bia thì không lái xe.</p>',
    },
    featured: true,
  },
  {
    daysAgo: 71,
    name: 'Phan Thị Thu',
    email: 'thu.phan@example.com',
    field: 'giao-thong-van-tai',
    unit: 'phuong-tan-ninh',
    title: 'Tra cứu và nộp phạt nguội vi phạm giao thông như thế nào?',
    body: 'Tôi nhận được tin nhắn thông báo ô tô của tôi bị phạt nguội do vượt đèn đỏ trên đường Cách Mạng Tháng Tám. Làm sao để biết tin nhắn là thật và nộp phạt ở đâu cho đúng?',
    answer: {
      by: 'khoa',
      afterDays: 3,
      html: '<p>Chị tra cứu trên Cổng thông tin điện tử của Cục Cảnh sát giao thông hoặc ứng dụng VNeTraffic bằng biển số xe. Cơ quan công an chỉ gửi thông báo vi phạm qua đường bưu điện, ứng dụng chính thức hoặc mời đến làm việc; không yêu cầu chuyển tiền vào tài khoản cá nhân.</p><p>Sau khi có quyết định xử phạt, chị nộp phạt qua Cổng Dịch vụ công quốc gia, tại kho bạc hoặc ngân hàng thương mại được ủy nhiệm thu.</p>',
    },
  },
  {
    daysAgo: 66,
    name: 'Đỗ Văn Phát',
    email: 'phat.do@example.com',
    field: 'xu-ly-vi-pham-hanh-chinh',
    title: 'Không mang giấy phép lái xe nhưng có bản điện tử trên VNeID có bị phạt?',
    body: 'Hôm qua tôi quên ví ở nhà, khi bị kiểm tra tôi xuất trình giấy phép lái xe đã tích hợp trên ứng dụng VNeID. Xin hỏi như vậy có được coi là đã mang giấy phép lái xe không?',
    answer: {
      by: 'khoa',
      afterDays: 2,
      html: '<p>Có. Luật Trật tự, an toàn giao thông đường bộ năm 2024 cho phép xuất trình giấy phép lái xe, đăng ký xe bằng bản điện tử đã tích hợp trên ứng dụng VNeID. Thông tin trên tài khoản định danh điện tử mức độ 2 có giá trị như xuất trình giấy tờ bản giấy.</p>',
    },
  },
  {
    daysAgo: 62,
    name: 'Lý Thị Kim',
    email: 'kim.ly@example.com',
    publishName: true,
    field: 'doanh-nghiep',
    unit: 'phuong-long-an',
    title: 'Hộ kinh doanh chuyển sang tự kê khai thuế từ năm 2026 cần làm gì?',
    body: 'Tôi bán tạp hóa ở phường Long An, lâu nay nộp thuế khoán. Nghe thông báo từ năm 2026 hộ kinh doanh phải tự kê khai. Xin hỏi tôi cần chuẩn bị những gì và có phải dùng hóa đơn điện tử không?',
    answer: {
      by: 'ha',
      afterDays: 5,
      html: '<p>Từ năm 2026 phương pháp thuế khoán được thay bằng việc hộ kinh doanh tự kê khai, nộp thuế theo doanh thu thực tế. Chị cần mở sổ ghi chép doanh thu (có thể bằng phần mềm), đăng ký tài khoản giao dịch thuế điện tử và theo dõi thông báo của cơ quan thuế về ngưỡng doanh thu phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.</p><p>Thông tin chi tiết có tại Thông báo số 72/TB-UBND; chị có thể liên hệ Thuế cơ sở nơi kinh doanh để được hỗ trợ miễn phí.</p>',
      documents: ['72/TB-UBND'],
    },
    featured: true,
  },
  {
    daysAgo: 58,
    name: 'Châu Minh Trí',
    email: 'tri.chau@example.com',
    field: 'doanh-nghiep',
    title: 'Thành lập công ty TNHH một thành viên cần vốn điều lệ tối thiểu bao nhiêu?',
    body: 'Tôi muốn mở công ty TNHH một thành viên kinh doanh phân bón tại Tây Ninh. Xin hỏi pháp luật có quy định vốn điều lệ tối thiểu không, hồ sơ nộp ở đâu và mất bao lâu?',
    answer: {
      by: 'ha',
      afterDays: 6,
      html: '<p>Luật Doanh nghiệp năm 2020 không quy định vốn điều lệ tối thiểu, trừ ngành nghề kinh doanh có điều kiện về vốn pháp định. Kinh doanh phân bón không yêu cầu vốn pháp định nhưng phải đáp ứng điều kiện về cửa hàng, người trực tiếp bán hàng.</p><p>Anh nộp hồ sơ đăng ký doanh nghiệp trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp; Phòng Đăng ký kinh doanh thuộc Sở Tài chính giải quyết trong 03 ngày làm việc kể từ khi nhận hồ sơ hợp lệ.</p>',
    },
  },
  {
    daysAgo: 54,
    name: 'Tạ Văn Đức',
    phone: '0200 000 0103',
    field: 'thue-phi-le-phi',
    unit: 'xa-hau-nghia',
    title: 'Lệ phí đăng ký hộ kinh doanh sau khi Long An hợp nhất với Tây Ninh',
    body: 'Trước đây tỉnh Long An có nghị quyết riêng về lệ phí đăng ký hộ kinh doanh. Nay đã hợp nhất tỉnh, tôi đăng ký hộ kinh doanh ở xã Hậu Nghĩa thì áp dụng mức lệ phí nào?',
    answer: {
      by: 'ha',
      afterDays: 9,
      html: '<p>Sau khi hợp nhất, các nghị quyết của Hội đồng nhân dân tỉnh Long An tiếp tục được áp dụng trong phạm vi địa bàn cũ cho đến khi Hội đồng nhân dân tỉnh Tây Ninh ban hành văn bản thay thế hoặc bãi bỏ. Vì vậy, mức lệ phí đăng ký hộ kinh doanh tại xã Hậu Nghĩa hiện áp dụng theo Nghị quyết số 18/2021/NQ-HĐND của Hội đồng nhân dân tỉnh Long An.</p><p>Ông có thể tra cứu tình trạng hiệu lực của văn bản trên trang văn bản pháp luật của tỉnh.</p>',
      documents: ['18/2021/NQ-HĐND'],
    },
  },
  {
    daysAgo: 50,
    name: 'Mai Thị Hạnh',
    email: 'hanh.mai@example.com',
    publishName: true,
    field: 'bao-hiem',
    title: 'Điều kiện hưởng lương hưu theo Luật Bảo hiểm xã hội năm 2024',
    body: 'Tôi 52 tuổi, đã đóng bảo hiểm xã hội bắt buộc được 16 năm thì nghỉ việc. Nghe nói luật mới chỉ cần 15 năm đóng là được hưởng lương hưu. Xin hỏi tôi cần đóng tiếp thế nào để được hưởng?',
    answer: {
      by: 'diem',
      afterDays: 7,
      html: '<p>Đúng vậy. Luật Bảo hiểm xã hội năm 2024 (có hiệu lực từ ngày 01/7/2025) giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm. Chị đã đóng đủ 16 năm nên khi đủ tuổi nghỉ hưu theo lộ trình của Bộ luật Lao động sẽ được hưởng lương hưu.</p><p>Trong thời gian chờ đủ tuổi, chị có thể tham gia bảo hiểm xã hội tự nguyện để tăng tỷ lệ hưởng, hoặc bảo lưu thời gian đã đóng. Chị không nên rút bảo hiểm xã hội một lần vì sẽ mất quyền hưởng lương hưu và thẻ bảo hiểm y tế.</p>',
    },
    featured: true,
  },
  {
    daysAgo: 47,
    name: 'Nguyễn Hoàng Long',
    email: 'long.nguyen@example.com',
    field: 'bao-hiem',
    unit: 'phuong-long-hoa',
    title: 'Người làm tự do có được hỗ trợ tiền đóng bảo hiểm xã hội tự nguyện không?',
    body: 'Tôi chạy xe ôm công nghệ, thu nhập không ổn định. Xin hỏi nếu tham gia bảo hiểm xã hội tự nguyện thì Nhà nước có hỗ trợ tiền đóng không, mức hỗ trợ bao nhiêu?',
    answer: {
      by: 'diem',
      afterDays: 4,
      html: '<p>Có. Người tham gia bảo hiểm xã hội tự nguyện được Nhà nước hỗ trợ một phần tiền đóng theo mức chuẩn hộ nghèo khu vực nông thôn: người thuộc hộ nghèo được hỗ trợ 50%, hộ cận nghèo 40%, các đối tượng khác 20%. Ngân sách địa phương có thể hỗ trợ thêm.</p><p>Anh đăng ký tại đại lý thu bảo hiểm xã hội ở phường hoặc trên ứng dụng VssID.</p>',
    },
  },
  {
    daysAgo: 44,
    name: 'Hồ Thị Thanh',
    email: 'thanh.ho@example.com',
    field: 'tu-phap',
    unit: 'xa-duc-hoa',
    title: 'Chứng thực bản sao sau khi bỏ cấp huyện thì đến đâu?',
    body: 'Trước đây tôi thường chứng thực bản sao văn bằng tại Phòng Tư pháp huyện Đức Hòa. Nay không còn cấp huyện, tôi cần chứng thực bản sao bằng đại học thì đến cơ quan nào?',
    answer: {
      by: 'phuc',
      afterDays: 3,
      html: '<p>Từ ngày 01/7/2025, việc chứng thực bản sao từ bản chính giấy tờ do cơ quan Việt Nam cấp được thực hiện tại Ủy ban nhân dân xã, phường và các tổ chức hành nghề công chứng. Chị có thể đến bộ phận một cửa của Ủy ban nhân dân xã Đức Hòa hoặc bất kỳ xã, phường nào, không phụ thuộc nơi cư trú.</p>',
      documents: ['2310/STP-HCTP'],
    },
  },
  {
    daysAgo: 41,
    name: 'Dương Văn Thắng',
    email: 'thang.duong@example.com',
    publishName: true,
    field: 'tu-phap',
    unit: 'xa-tan-bien',
    title: 'Hòa giải viên ở cơ sở được hỗ trợ bao nhiêu cho mỗi vụ việc?',
    body: 'Tôi là hòa giải viên ở ấp thuộc xã Tân Biên. Xin hỏi mức chi thù lao cho hòa giải viên theo vụ việc hiện nay là bao nhiêu và thủ tục thanh toán như thế nào?',
    answer: {
      by: 'khoa',
      afterDays: 5,
      html: '<p>Mức chi cho công tác hòa giải ở cơ sở trên địa bàn tỉnh được quy định tại Nghị quyết số 12/2024/NQ-HĐND, trong đó có mức thù lao cho hòa giải viên tính theo vụ, việc. Sở Tư pháp đã có Hướng dẫn số 07/HD-STP về hồ sơ, thủ tục thanh toán.</p><p>Tổ hòa giải lập hồ sơ vụ việc (sổ theo dõi, biên bản hòa giải) và gửi Ủy ban nhân dân xã để thanh toán từ nguồn kinh phí được giao.</p>',
      documents: ['12/2024/NQ-HĐND', '07/HD-STP'],
    },
  },
  {
    daysAgo: 38,
    name: 'Kiều Thị Yến',
    email: 'yen.kieu@example.com',
    field: 'tu-phap',
    title: 'Ai được trợ giúp pháp lý miễn phí?',
    body: 'Mẹ tôi 75 tuổi, sống một mình, đang có tranh chấp lối đi với hàng xóm. Xin hỏi mẹ tôi có được trợ giúp pháp lý miễn phí không và liên hệ ở đâu?',
    answer: {
      by: 'diem',
      afterDays: 2,
      html: '<p>Theo Luật Trợ giúp pháp lý năm 2017, người cao tuổi có khó khăn về tài chính, người thuộc hộ nghèo, người có công với cách mạng, trẻ em, người khuyết tật có khó khăn về tài chính… được trợ giúp pháp lý miễn phí.</p><p>Chị có thể đưa mẹ đến Trung tâm Trợ giúp pháp lý nhà nước tỉnh Tây Ninh hoặc liên hệ qua Ủy ban nhân dân xã, phường để được hướng dẫn; trợ giúp viên pháp lý có thể đến tận nhà nếu người cao tuổi không đi lại được.</p>',
      documents: ['88/KH-STP'],
    },
  },
  {
    daysAgo: 35,
    name: 'Lương Văn Hòa',
    phone: '0200 000 0104',
    field: 'dat-dai',
    unit: 'xa-hau-nghia',
    title: 'Tranh chấp ranh giới đất với hàng xóm phải hòa giải ở xã trước khi khởi kiện?',
    body: 'Nhà tôi và nhà bên cạnh tranh chấp khoảng 1 mét ranh giới đất. Tôi muốn nộp đơn ra tòa ngay thì có được không, hay bắt buộc phải hòa giải ở xã trước?',
    answer: {
      by: 'diem',
      afterDays: 6,
      html: '<p>Theo Điều 235 Luật Đất đai năm 2024, Nhà nước khuyến khích các bên tự hòa giải hoặc hòa giải ở cơ sở. Tranh chấp đất đai phải được hòa giải tại Ủy ban nhân dân cấp xã trước khi khởi kiện tại Tòa án, trừ một số trường hợp luật định.</p><p>Ông nộp đơn tại Ủy ban nhân dân xã Hậu Nghĩa; thời hạn hòa giải không quá 30 ngày. Nếu hòa giải không thành, ông dùng biên bản hòa giải để khởi kiện.</p>',
    },
  },
  {
    daysAgo: 32,
    name: 'Thái Ngọc Ánh',
    email: 'anh.thai@example.com',
    publishName: true,
    field: 'giao-duc',
    unit: 'phuong-tan-ninh',
    title: 'Học sinh trung học cơ sở công lập có phải đóng học phí năm học 2025–2026?',
    body: 'Con tôi học lớp 8 trường công lập ở phường Tân Ninh. Đầu năm học nhà trường thông báo miễn học phí. Xin hỏi chính sách này áp dụng cho những cấp học nào?',
    answer: {
      by: 'khoa',
      afterDays: 4,
      html: '<p>Từ năm học 2025–2026, học sinh từ mầm non 5 tuổi đến hết trung học phổ thông học tại cơ sở giáo dục công lập được miễn học phí theo Nghị quyết của Quốc hội. Học sinh trường ngoài công lập được hỗ trợ học phí theo mức do Hội đồng nhân dân tỉnh quy định.</p><p>Mức thu và hỗ trợ cụ thể trên địa bàn tỉnh xem tại Nghị quyết số 13/2025/NQ-HĐND.</p>',
      documents: ['13/2025/NQ-HĐND'],
    },
  },
  {
    daysAgo: 29,
    name: 'Quách Văn Tài',
    email: 'tai.quach@example.com',
    field: 'xay-dung',
    unit: 'phuong-trang-bang',
    title: 'Sửa chữa, nâng tầng nhà ở riêng lẻ tại phường có cần giấy phép xây dựng?',
    body: 'Tôi muốn nâng thêm một tầng cho căn nhà cấp 4 ở phường Trảng Bàng. Xin hỏi có phải xin giấy phép xây dựng không và lệ phí bao nhiêu?',
    answer: {
      by: 'phuc',
      afterDays: 8,
      html: '<p>Nâng tầng làm thay đổi kết cấu chịu lực của công trình nên phải có giấy phép xây dựng theo Luật Xây dựng; chỉ sửa chữa bên trong không làm thay đổi kết cấu mới được miễn.</p><p>Hồ sơ nộp tại Ủy ban nhân dân phường. Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ áp dụng theo Nghị quyết số 14/2025/NQ-HĐND.</p>',
      documents: ['14/2025/NQ-HĐND'],
    },
  },
  {
    daysAgo: 26,
    name: 'Vương Thị Diệu',
    email: 'dieu.vuong@example.com',
    field: 'hon-nhan-gia-dinh',
    unit: 'phuong-tan-an',
    title: 'Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn',
    body: 'Tôi và bạn trai chưa đăng ký kết hôn nhưng đã có con được một tháng. Xin hỏi khai sinh cho con có ghi tên cha được không và cần giấy tờ gì?',
    answer: {
      by: 'phuc',
      afterDays: 3,
      html: '<p>Được. Cha mẹ chưa đăng ký kết hôn có thể kết hợp đăng ký khai sinh và đăng ký nhận cha cho con tại Ủy ban nhân dân phường nơi cư trú. Hồ sơ gồm giấy chứng sinh, tờ khai đăng ký khai sinh, tờ khai nhận cha con và chứng cứ chứng minh quan hệ cha con (văn bản của cơ sở y tế xác nhận quan hệ cha con hoặc cam đoan có ít nhất hai người làm chứng).</p><p>Thủ tục có thể thực hiện trực tuyến liên thông khai sinh – thường trú – thẻ bảo hiểm y tế trên Cổng Dịch vụ công.</p>',
    },
  },
  {
    daysAgo: 23,
    name: 'Tôn Thất Vinh',
    email: 'vinh.ton@example.com',
    field: 'nong-nghiep',
    unit: 'xa-tan-bien',
    title: 'Chuyển đất trồng lúa sang trồng cây ăn quả có cần xin phép?',
    body: 'Ruộng lúa của tôi ở xã Tân Biên năng suất thấp, tôi muốn chuyển sang trồng sầu riêng. Xin hỏi có phải xin phép chuyển mục đích sử dụng đất không?',
    answer: {
      by: 'phuc',
      afterDays: 10,
      html: '<p>Chuyển đổi cơ cấu cây trồng trên đất trồng lúa sang trồng cây lâu năm không phải là chuyển mục đích sử dụng đất, nhưng phải đăng ký với Ủy ban nhân dân cấp xã và phù hợp kế hoạch chuyển đổi của địa phương. Sau khi chuyển đổi, anh vẫn phải bảo đảm điều kiện để có thể trồng lúa trở lại khi cần.</p>',
    },
  },
  {
    daysAgo: 20,
    name: 'Lâm Thị Phượng',
    email: 'phuong.lam@example.com',
    publishName: true,
    field: 'lao-dong-viec-lam',
    unit: 'phuong-long-an',
    title: 'Lao động nữ mang thai có được công ty cho nghỉ khám thai hưởng lương?',
    body: 'Tôi đang mang thai tháng thứ ba, làm việc tại công ty giày da ở phường Long An. Xin hỏi tôi được nghỉ khám thai mấy lần và ai trả tiền những ngày nghỉ đó?',
    answer: {
      by: 'khoa',
      afterDays: 4,
      html: '<p>Theo Luật Bảo hiểm xã hội năm 2024, lao động nữ mang thai được nghỉ việc để đi khám thai 05 lần, mỗi lần tối đa 02 ngày, hưởng chế độ thai sản do quỹ bảo hiểm xã hội chi trả. Chị nộp giấy tờ khám thai cho công ty để lập hồ sơ đề nghị cơ quan bảo hiểm xã hội thanh toán.</p>',
    },
  },
  {
    daysAgo: 17,
    name: 'Phó Đức Anh',
    email: 'anh.pho@example.com',
    field: 'thuong-mai',
    unit: 'phuong-trang-bang',
    title: 'Tiểu thương có được tiếp tục thuê sạp khi chợ Trảng Bàng chỉnh trang?',
    body: 'Gia đình tôi thuê sạp ở chợ Trảng Bàng hơn 15 năm. Nghe tin chợ sẽ được sắp xếp, chỉnh trang. Xin hỏi tiểu thương hiện tại có được ưu tiên bố trí lại sạp không?',
    answer: {
      by: 'ha',
      afterDays: 7,
      html: '<p>Theo Quy định quản lý, kinh doanh và khai thác chợ ban hành kèm Quyết định số 13/2022/QĐ-UBND và Kế hoạch số 51/KH-UBND, thương nhân đang kinh doanh ổn định tại chợ được ưu tiên bố trí điểm kinh doanh khi chợ được cải tạo, chỉnh trang, theo phương án được công khai lấy ý kiến tiểu thương.</p>',
      documents: ['13/2022/QĐ-UBND', '51/KH-UBND'],
    },
  },
  {
    daysAgo: 14,
    name: 'Trịnh Văn Khải',
    email: 'khai.trinh@example.com',
    field: 'can-bo-cong-chuc',
    title: 'Chính sách hỗ trợ khi nghỉ việc do sắp xếp đơn vị hành chính',
    body: 'Tôi là công chức văn phòng huyện cũ, 54 tuổi, muốn nghỉ hưu trước tuổi sau khi sắp xếp bỏ cấp huyện. Xin hỏi ngoài chính sách của Trung ương tỉnh có hỗ trợ thêm không?',
    answer: {
      by: 'ha',
      afterDays: 5,
      html: '<p>Ngoài chế độ theo quy định của Chính phủ, Hội đồng nhân dân tỉnh đã ban hành Nghị quyết số 05/2025/NQ-HĐND quy định chính sách hỗ trợ thêm đối với cán bộ, công chức, viên chức và người lao động dôi dư do sắp xếp tổ chức bộ máy, đơn vị hành chính.</p><p>Anh liên hệ cơ quan đang công tác để được lập hồ sơ; Sở Nội vụ là cơ quan thẩm định.</p>',
      documents: ['05/2025/NQ-HĐND'],
    },
    featured: true,
  },
  {
    daysAgo: 11,
    name: 'Cao Thị Mỹ',
    email: 'my.cao@example.com',
    field: 'van-hoa-the-thao-du-lich',
    title: 'Người cao tuổi có được miễn phí tham quan Núi Bà Đen?',
    body: 'Tôi 68 tuổi, dự định đưa cả gia đình lên Núi Bà Đen dịp Tết. Xin hỏi người cao tuổi có được miễn hoặc giảm phí tham quan không?',
    answer: {
      by: 'khoa',
      afterDays: 2,
      html: '<p>Nghị quyết số 07/2020/NQ-HĐND quy định mức thu, miễn, giảm phí tham quan Khu du lịch quốc gia Núi Bà Đen. Tuy nhiên, quy định miễn, giảm phí tại nghị quyết này đã được bãi bỏ bởi Nghị quyết số 02/2026/NQ-HĐND. Bà nên liên hệ Ban Quản lý Khu du lịch để biết chính sách ưu đãi hiện hành của đơn vị khai thác dịch vụ.</p>',
      documents: ['07/2020/NQ-HĐND', '02/2026/NQ-HĐND'],
    },
  },
  {
    daysAgo: 8,
    name: 'Đoàn Minh Quân',
    email: 'quan.doan@example.com',
    field: 'dat-dai',
    unit: 'phuong-long-hoa',
    title: 'Thừa kế quyền sử dụng đất khi cha mất không để lại di chúc',
    body: 'Cha tôi mất năm 2023 không để lại di chúc, để lại một thửa đất 300 m². Nhà tôi có mẹ và bốn anh em. Xin hỏi thủ tục khai nhận di sản thừa kế và sang tên như thế nào?',
    answer: {
      by: 'diem',
      afterDays: 3,
      html: '<p>Khi không có di chúc, di sản được chia theo pháp luật cho hàng thừa kế thứ nhất (mẹ và bốn anh em) bằng nhau; phần tài sản chung của cha mẹ phải được tách trước khi chia.</p><p>Gia đình lập văn bản thỏa thuận phân chia di sản tại tổ chức hành nghề công chứng, sau đó nộp hồ sơ đăng ký biến động tại Chi nhánh Văn phòng đăng ký đất đai để sang tên.</p>',
      unpublished: true,
    },
  },
  {
    daysAgo: 5,
    name: 'Hà Thị Bích',
    email: 'bich.ha@example.com',
    field: 'y-te',
    unit: 'phuong-tan-an',
    title: 'Thẻ bảo hiểm y tế in tên tỉnh Long An có còn sử dụng được không?',
    body: 'Thẻ bảo hiểm y tế của gia đình tôi vẫn in nơi đăng ký khám ban đầu thuộc tỉnh Long An cũ. Xin hỏi khi đi khám ở bệnh viện tỉnh Tây Ninh thì có được hưởng đúng tuyến không?',
  },
  {
    daysAgo: 3,
    name: 'Kha Văn Tuấn',
    phone: '0200 000 0105',
    field: 'giao-thong-van-tai',
    unit: 'xa-hau-nghia',
    title: 'Xe máy chưa sang tên có bị phạt khi kiểm tra không?',
    body: 'Tôi mua lại xe máy cũ của người quen ở Long An, giấy tờ vẫn đứng tên chủ cũ. Xin hỏi khi bị kiểm tra tôi có bị phạt lỗi không sang tên không và sang tên ở đâu?',
  },
  {
    daysAgo: 2,
    name: 'Mạc Thị Hoa',
    email: 'hoa.mac@example.com',
    field: 'hon-nhan-gia-dinh',
    title: 'Xin trích lục giấy khai sinh bản sao khi giấy gốc bị mất',
    body: 'Giấy khai sinh bản chính của tôi bị mất khi nhà bị ngập. Tôi sinh ở Long An năm 1990. Xin hỏi xin cấp bản sao trích lục khai sinh ở đâu, có làm online được không?',
  },
  {
    daysAgo: 30,
    name: 'Người gửi ẩn danh',
    email: 'quangcao@example.com',
    field: 'thuong-mai',
    title: 'Dịch vụ làm sổ đỏ nhanh giá rẻ liên hệ ngay',
    body: 'Nhận làm sổ đỏ, sang tên, tách thửa nhanh chỉ trong 3 ngày, bao đậu hồ sơ, giá rẻ nhất thị trường. Liên hệ ngay để được tư vấn miễn phí.',
    rejected: 'Nội dung quảng cáo dịch vụ, không phải câu hỏi pháp luật.',
  },
];

/** Seed tracking codes are fixed (HD-TNHDQA…), so demos and browser tests can look them up. */
export const seedTrackingCode = (index: number): string =>
  `HD-TNHDQA${TRACKING_ALPHABET[Math.floor(index / TRACKING_ALPHABET.length)]}${TRACKING_ALPHABET[index % TRACKING_ALPHABET.length]}`;

const DAY_MS = 24 * 60 * 60 * 1000;
const SEED_ACTOR = 'Sở Tư pháp (dữ liệu mẫu)';

/** Demo questions, answers and their trail, in the caller's transaction (documents seeded first). */
export async function seedQuestions(db: Db, now: Date): Promise<void> {
  const questions = questionsRepository(db);
  const documentId = async (number: string) => {
    const row = await db
      .selectFrom('documents')
      .select('id')
      .where('number_key', '=', numberKey(number))
      .orderBy('id')
      .executeTakeFirst();
    return row?.id;
  };
  for (const [index, seed] of SEED_QUESTIONS.entries()) {
    const receivedAt = new Date(now.getTime() - seed.daysAgo * DAY_MS);
    const { id } = await questions.create(
      {
        name: seed.name,
        email: seed.email ?? null,
        phone: seed.phone?.replace(/\s/g, '') ?? null,
        address: seed.address ?? null,
        field: seed.field,
        unitId: seed.unit ?? null,
        title: seed.title,
        body: seed.body,
        publishName: seed.publishName ?? false,
        consents: currentConsents('vi'),
        trackingCode: seedTrackingCode(index),
      },
      receivedAt,
    );
    if (seed.rejected)
      await questions.reject(id, seed.rejected, new Date(receivedAt.getTime() + DAY_MS), SEED_ACTOR);
    if (!seed.answer) continue;
    const answeredAt = new Date(receivedAt.getTime() + seed.answer.afterDays * DAY_MS);
    const ids = await Promise.all((seed.answer.documents ?? []).map(documentId));
    const html = sanitizeHtml(seed.answer.html);
    const [answeredBy, answererTitle] = ANSWERERS[seed.answer.by];
    await questions.answer(
      id,
      {
        html,
        text: htmlToText(html),
        answeredBy,
        answererTitle,
        documentIds: ids.filter((value): value is number => value !== undefined),
      },
      answeredAt,
      SEED_ACTOR,
    );
    if (!seed.answer.unpublished) await questions.setPublished(id, true, answeredAt, SEED_ACTOR);
    if (seed.featured) await questions.setFeatured(id, true, answeredAt, SEED_ACTOR);
  }
}
