import { registerLocales } from '@pbgdpl/core';

/** Messages of the administrator's question routing and outbox pages (`admin-ops:`), in their chunk. */
const vi = {
  routing: {
    title: 'Chuyển câu hỏi',
    intro:
      'Câu hỏi gửi từ trang của một đơn vị đến thẳng đơn vị đó. Câu hỏi gửi từ trang chung đến đơn vị được chọn cho lĩnh vực của nó; lĩnh vực không chọn đơn vị thì do biên tập viên Sở Tư pháp xử lý.',
    byField: 'Đơn vị nhận câu hỏi theo lĩnh vực',
    field: 'Lĩnh vực',
    unit: 'Đơn vị nhận',
    editors: 'Biên tập viên Sở Tư pháp',
    save: 'Lưu bảng chuyển câu hỏi',
    saved: 'Đã lưu bảng chuyển câu hỏi.',
    rights: 'Đơn vị tự đăng câu trả lời',
    rightsIntro:
      'Câu trả lời do cán bộ đơn vị soạn được biên tập viên duyệt rồi mới đăng. Đánh dấu những đơn vị được tự đăng câu trả lời của mình.',
    granted: '{{unit}}: được tự đăng câu trả lời.',
    withdrawn: '{{unit}}: câu trả lời cần biên tập viên duyệt.',
  },
  outbox: {
    title: 'Thư đi',
    intro: 'Thư chưa gửi được: đang chờ gửi lại, hoặc đã bỏ sau nhiều lần lỗi và cần gửi lại bằng tay.',
    off: 'Chưa cấu hình máy chủ thư (PBGDPL_SMTP_URL): không thư nào được gửi.',
    none: 'Không có thư nào đang chờ. Mọi thư đã được gửi.',
    caption: '{{count}} thư chưa gửi',
    subject: 'Tiêu đề',
    recipient: 'Người nhận',
    purpose: 'Loại thư',
    createdAt: 'Tạo lúc',
    attempts: 'Số lần thử',
    state: 'Tình trạng',
    nextAttempt: 'Gửi lại lúc {{at}}',
    failed: 'Đã bỏ lúc {{at}}',
    lastError: 'Lỗi: {{error}}',
    retry: 'Gửi lại',
    retried: 'Đã xếp thư “{{subject}}” để gửi lại.',
    refresh: 'Tải lại danh sách',
    purposes: {
      'question-receipt': 'Xác nhận nhận câu hỏi',
      'question-answered': 'Báo câu hỏi đã được trả lời',
      'account-invite': 'Thư mời',
      'account-reset': 'Đặt lại mật khẩu',
      'staff-question-assigned': 'Câu hỏi giao cho đơn vị',
      'staff-question-overdue': 'Câu hỏi quá hạn',
      'staff-answer-submitted': 'Câu trả lời chờ duyệt',
      'staff-dialogue-question': 'Câu hỏi mới cho buổi đối thoại',
      'staff-feedback-received': 'Phản ánh, kiến nghị mới',
      'staff-submitted': 'Nội dung chờ duyệt',
      'staff-returned': 'Nội dung bị trả lại',
    },
  },
};

const en: typeof vi = {
  routing: {
    title: 'Question routing',
    intro:
      "A question sent from a unit's site goes to that unit. One sent from a shared page goes to the unit chosen for its field; a field with no unit goes to the Department of Justice's editors.",
    byField: 'Unit receiving questions, by field',
    field: 'Field',
    unit: 'Receiving unit',
    editors: "Department of Justice's editors",
    save: 'Save the routing table',
    saved: 'Routing table saved.',
    rights: 'Units publishing their own answers',
    rightsIntro:
      "Answers drafted by a unit's officers are approved by an editor before they are published. Tick the units that may publish their own answers.",
    granted: '{{unit}}: publishes its own answers.',
    withdrawn: '{{unit}}: answers need an editor’s approval.',
  },
  outbox: {
    title: 'Outgoing mail',
    intro:
      'E-mails not sent yet: waiting for a retry, or given up after repeated errors and to be sent again by hand.',
    off: 'No mail server is configured (PBGDPL_SMTP_URL): no e-mail is sent.',
    none: 'No e-mail is waiting. Everything has been sent.',
    caption: '{{count}} e-mail(s) not sent',
    subject: 'Subject',
    recipient: 'Recipient',
    purpose: 'Kind',
    createdAt: 'Created',
    attempts: 'Attempts',
    state: 'State',
    nextAttempt: 'Next try at {{at}}',
    failed: 'Given up at {{at}}',
    lastError: 'Error: {{error}}',
    retry: 'Send again',
    retried: '“{{subject}}” is queued to be sent again.',
    refresh: 'Reload the list',
    purposes: {
      'question-receipt': 'Question receipt',
      'question-answered': 'Question answered',
      'account-invite': 'Invitation',
      'account-reset': 'Password reset',
      'staff-question-assigned': 'Question for the unit',
      'staff-question-overdue': 'Overdue question',
      'staff-answer-submitted': 'Answer awaiting approval',
      'staff-dialogue-question': 'New question to a dialogue session',
      'staff-feedback-received': 'New feedback on a document',
      'staff-submitted': 'Item awaiting review',
      'staff-returned': 'Item returned',
    },
  },
};

registerLocales('admin-ops', { vi, en });
