/**
 * Every fixed list of values the API knows, once, as plain arrays. The contract's zod enums, the
 * console's selects and labels, the widgets' address codecs and filters are all made from these,
 * so a value added here reaches each of them. No schema code: browser bundles import this file.
 * Labels live in the locales, keyed by these values.
 */

/** Loại văn bản, from the highest legal force down, then administrative documents. */
export const DOCUMENT_TYPES = [
  'hien-phap',
  'bo-luat',
  'luat',
  'phap-lenh',
  'nghi-dinh',
  'thong-tu',
  'thong-tu-lien-tich',
  'nghi-quyet',
  'quyet-dinh',
  'chi-thi',
  'van-ban-hop-nhat',
  'ke-hoach',
  'huong-dan',
  'cong-van',
  'thong-bao',
  'bao-cao',
  'khac',
] as const;

/** Tình trạng hiệu lực: the six values of the national legal database. */
export const DOCUMENT_STATUSES = [
  'in-force', // Còn hiệu lực
  'partly-expired', // Hết hiệu lực một phần
  'expired', // Hết hiệu lực toàn bộ
  'not-yet-in-force', // Chưa có hiệu lực
  'suspended', // Ngưng hiệu lực
  'outdated', // Không còn phù hợp
] as const;

/**
 * Lĩnh vực, shared by documents, questions, videos and reporters. At most 32: the search
 * catalog keeps a document's fields as the bits of one 32-bit word.
 */
export const LEGAL_FIELDS = [
  'dan-su',
  'hinh-su',
  'hanh-chinh',
  'khieu-nai-to-cao',
  'tro-giup-phap-ly',
  'bo-may-hanh-chinh',
  'can-bo-cong-chuc',
  'tu-phap',
  'dat-dai',
  'xay-dung',
  'tai-nguyen-moi-truong',
  'nong-nghiep',
  'tai-chinh-ngan-sach',
  'thue-phi-le-phi',
  'dau-tu',
  'doanh-nghiep',
  'thuong-mai',
  'giao-thong-van-tai',
  'lao-dong-viec-lam',
  'bao-hiem',
  'giao-duc',
  'y-te',
  'van-hoa-the-thao-du-lich',
  'thong-tin-truyen-thong',
  'khoa-hoc-cong-nghe',
  'hon-nhan-gia-dinh',
  'dan-toc-ton-giao',
  'quoc-phong-an-ninh',
  'xu-ly-vi-pham-hanh-chinh',
] as const;

/**
 * Relations in their active form ("this document amends the target"), in the national legal
 * database's order; the passive form ("is amended by") is the same relation seen from the
 * target, so one row serves both sides.
 */
export const RELATION_TYPES = [
  'based-on', // căn cứ ban hành / là căn cứ ban hành của
  'guides', // hướng dẫn áp dụng / được hướng dẫn áp dụng
  'details', // quy định chi tiết, hướng dẫn thi hành / được quy định chi tiết
  'consolidates', // hợp nhất / được hợp nhất
  'amends', // sửa đổi, bổ sung / được sửa đổi, bổ sung
  'corrects', // đính chính / được đính chính
  'replaces', // thay thế / được thay thế
  'repeals', // bãi bỏ / bị bãi bỏ
  'references', // dẫn chiếu / được dẫn chiếu
  'interprets', // giải thích / được giải thích
  'suspends-execution', // đình chỉ thi hành / bị đình chỉ thi hành
  'suspends-effect', // tạm ngưng hiệu lực / bị tạm ngưng hiệu lực
  'announces', // công bố / được công bố
] as const;

export const RELATION_DIRECTIONS = ['active', 'passive'] as const;

/** Tài liệu giới thiệu văn bản (plan appendix 2.1). */
export const MATERIAL_KINDS = [
  'press-release', // Thông cáo báo chí
  'content-introduction', // Tài liệu giới thiệu nội dung
  'dissemination', // Tài liệu tuyên truyền, phổ biến, tập huấn
  'outline', // Đề cương giới thiệu nghị quyết HĐND / quyết định UBND
] as const;

export const DOCUMENT_SORTS = ['relevance', 'issued', 'effective'] as const;

/**
 * Since 1/7/2025 local government has two levels (province, commune). Districts and merged
 * provinces remain as historical units so old documents and questions keep their issuer.
 */
export const UNIT_KINDS = [
  'province',
  'department',
  'commune',
  'ward',
  'special-zone',
  'former-province',
  'former-district',
  'former-commune',
] as const;

export const SITE_LINK_KINDS = [
  'national-portal',
  'legal-database',
  'codification',
  'gazette',
  'bookshelf',
  'other',
] as const;

export const BANNER_PLACEMENTS = ['leaderboard', 'sidebar', 'square'] as const;

/** Chưa trả lời / Đã trả lời / Từ chối. */
export const QUESTION_STATUSES = ['pending', 'answered', 'rejected'] as const;

export const QUESTION_SORTS = ['relevance', 'newest', 'featured'] as const;

/**
 * The two purposes a sender agrees to, separately (Law 91/2025/QH15): processing is required
 * to answer at all; publishing the sender's name is optional.
 */
export const CONSENT_PURPOSES = ['process-and-answer', 'publish-name'] as const;

export const QUESTION_AUDIT_ACTIONS = [
  'received',
  'routed',
  'edited',
  'answered',
  'published',
  'unpublished',
  'featured',
  'unfeatured',
  'rejected',
  'deleted',
  'consents-exported',
] as const;

/** Kinds of legal video (plan appendix 2.6). */
export const VIDEO_CATEGORIES = [
  'tieu-pham', // Tiểu phẩm pháp luật
  'tinh-huong', // Tình huống pháp luật
  'toa-dam', // Tọa đàm, trao đổi
  'huong-dan', // Hướng dẫn thủ tục
  'tin-tuc', // Tin tức, sự kiện
] as const;

export const VIDEO_SOURCE_TYPES = ['video/mp4', 'video/webm'] as const;

/** What the media library holds, by what a file is for; each kind has its types and size limit. */
export const MEDIA_KINDS = ['image', 'document', 'video', 'audio', 'caption'] as const;

/**
 * The file types each kind accepts, decided from the file's bytes (never its name or the
 * browser's word), with the extension a stored file gets. SubRip captions (`.srt`) are
 * accepted and stored as WebVTT.
 */
export const MEDIA_TYPES = {
  image: {
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/webp': 'webp',
    'image/avif': 'avif',
    'image/gif': 'gif',
    'image/svg+xml': 'svg',
  },
  document: {
    'application/pdf': 'pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'application/vnd.oasis.opendocument.text': 'odt',
  },
  video: { 'video/mp4': 'mp4', 'video/webm': 'webm' },
  // PBGDPL materials to listen to (plan appendix 2.6): MP3, M4A (AAC in MPEG-4) and Ogg.
  audio: { 'audio/mpeg': 'mp3', 'audio/mp4': 'm4a', 'audio/ogg': 'ogg' },
  caption: { 'text/vtt': 'vtt' },
} as const;

/** Extensions a file chooser offers per kind (a hint only: the server reads the bytes). */
export const MEDIA_EXTENSIONS = {
  image: ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'],
  document: ['.pdf', '.docx', '.xlsx', '.odt'],
  video: ['.mp4', '.webm'],
  audio: ['.mp3', '.m4a', '.ogg'],
  caption: ['.vtt', '.srt'],
} as const;

/** Widths (px) of the WebP copies made of every raster image wider than them, for `srcset`. */
export const IMAGE_VARIANT_WIDTHS = [320, 640, 1280] as const;

/** Items that may use a file of the library: deleting it is refused while one does. */
export const MEDIA_USER_KINDS = ['document', 'video', 'banner', 'article'] as const;

/** Báo cáo viên pháp luật / tuyên truyền viên pháp luật (Law on PBGDPL 2012, art. 35 and 37). */
export const REPORTER_ROLES = ['bao-cao-vien', 'tuyen-truyen-vien'] as const;

/** How the time series is cut: calendar months, quarters or years (Vietnam's calendar). */
export const STATS_GRANULARITIES = ['month', 'quarter', 'year'] as const;

/**
 * The headline figures the server computes: documents published, questions received and
 * answered, average days to answer, videos published and played, banner impressions and clicks.
 */
export const COMPUTED_STATS_KEYS = [
  'documents',
  'questionsReceived',
  'questionsAnswered',
  'answerDays',
  'videos',
  'videoViews',
  'bannerImpressions',
  'bannerClicks',
] as const;

/** The figures editors enter each month: conferences, trainings, contests, participants, copies. */
export const ENTERED_STATS_KEYS = ['conferences', 'trainings', 'contests', 'participants', 'copies'] as const;

export const STATS_KEYS = [...COMPUTED_STATS_KEYS, ...ENTERED_STATS_KEYS] as const;

export const EVENT_TYPES = ['impression', 'click', 'view', 'play'] as const;
export const EVENT_SUBJECTS = ['banner', 'video', 'document', 'question', 'article'] as const;

/**
 * Who works in the console, weakest first: a unit's contributor (drafts its own unit's content,
 * answers questions routed to it), an editor of the Ban Biên tập (reviews and publishes
 * everything), the Sở Tư pháp's administrator (accounts, settings, everything).
 */
export const ROLES = ['contributor', 'editor', 'admin'] as const;

/**
 * Where a unit's content stands: a contributor drafts and submits it; an editor returns it with a
 * comment, or publishes it (and may unpublish it later). Only published content is public or counted.
 */
export const CONTENT_STATES = ['draft', 'submitted', 'returned', 'published', 'unpublished'] as const;
export const WORKFLOW_ACTIONS = ['submit', 'return', 'publish', 'unpublish'] as const;
/**
 * Each move: from which states, to which, and the weakest role that may make it. The server
 * enforces it; the console offers only the moves it allows.
 */
export const WORKFLOW_MOVES = {
  submit: { from: ['draft', 'returned'], to: 'submitted', role: 'contributor' },
  return: { from: ['submitted'], to: 'returned', role: 'editor' },
  publish: { from: ['draft', 'submitted', 'returned', 'unpublished'], to: 'published', role: 'editor' },
  unpublish: { from: ['published'], to: 'unpublished', role: 'editor' },
} as const satisfies Record<
  (typeof WORKFLOW_ACTIONS)[number],
  {
    from: ReadonlyArray<(typeof CONTENT_STATES)[number]>;
    to: (typeof CONTENT_STATES)[number];
    role: (typeof ROLES)[number];
  }
>;
/** The kinds of content that go through review, by their names in the audit log. */
export const WORKFLOW_KINDS = ['document', 'article', 'video', 'banner', 'activity'] as const;

/**
 * Cuộc thi tìm hiểu pháp luật: a contest's state follows its rounds' windows (Vietnam time);
 * `results` once every round has ended and the organisers published the results.
 */
export const CONTEST_STATES = ['upcoming', 'open', 'closed', 'results'] as const;
export const CONTEST_ROUND_STATES = ['upcoming', 'open', 'closed'] as const;
export const CONTEST_DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** Đối tượng dự thi. */
export const CONTEST_TARGET_GROUPS = [
  'nhan-dan',
  'hoc-sinh-sinh-vien',
  'can-bo-cong-chuc',
  'doan-vien-hoi-vien',
  'nguoi-lao-dong',
  'luc-luong-vu-trang',
] as const;
/** XLSX, the spreadsheet type the bank's import takes beside CSV and the results export offers. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What a participant agrees to, each on its own: taking part is required, the others are not. */
export const CONTEST_CONSENT_PURPOSES = ['take-part', 'publish-result', 'prize-contact'] as const;

export const LANGUAGES = ['vi', 'en'] as const;

/**
 * Chuyên mục of an article (plan appendix 2.2, 2.3, 2.6, 2.8 and the sections every state site
 * has). `thong-bao-giay-moi` may carry an event (date, time, place); in `tai-lieu-pbgdpl` the
 * first attachment is the material itself.
 */
export const ARTICLE_CATEGORIES = [
  'tin-tuc-su-kien', // Tin tức – Sự kiện
  'huong-dan-chi-dao', // Hướng dẫn, chỉ đạo công tác PBGDPL (2.2)
  'hoat-dong-don-vi', // Hoạt động PBGDPL của sở, ngành, địa phương (2.3)
  'hoi-dong-phoi-hop', // Hội đồng phối hợp PBGDPL (2.3)
  'bao-cao-vien-tuyen-truyen-vien', // Báo cáo viên, tuyên truyền viên pháp luật (2.3)
  'thong-bao-giay-moi', // Thông báo – Giấy mời
  'ke-hoach-chuong-trinh', // Kế hoạch – Chương trình – Đề án
  'tai-lieu-pbgdpl', // Tài liệu PBGDPL: sổ tay, tờ gấp, hỏi đáp, infographic, audio (2.6)
] as const;

/** Đối tượng: the target groups PBGDPL work is planned for (Law on PBGDPL 2012, chapter III). */
export const AUDIENCES = [
  'can-bo-cong-chuc', // Cán bộ, công chức, viên chức
  'nguoi-lao-dong', // Người lao động
  'doanh-nghiep', // Doanh nghiệp
  'nong-dan', // Nông dân
  'hoc-sinh-sinh-vien', // Học sinh, sinh viên
  'dong-bao-dan-toc-thieu-so', // Đồng bào dân tộc thiểu số
  'nguoi-cao-tuoi', // Người cao tuổi
  'nguoi-khuyet-tat', // Người khuyết tật
  'phu-nu-tre-em', // Phụ nữ và trẻ em
  'nhan-dan', // Nhân dân nói chung
] as const;

/** The form of a PBGDPL material (category `tai-lieu-pbgdpl`). */
export const ARTICLE_MATERIAL_FORMATS = [
  'handbook',
  'leaflet',
  'qa-booklet',
  'infographic',
  'audio',
] as const;

/**
 * The categories whose articles report PBGDPL activities (plan appendix 2.3): a unit's own, the
 * coordination council's, the reporters' and propagandists'. The statistics board lists them
 * beside the activity figures of the same period and unit.
 */
export const ACTIVITY_ARTICLE_CATEGORIES = [
  'hoat-dong-don-vi',
  'hoi-dong-phoi-hop',
  'bao-cao-vien-tuyen-truyen-vien',
] as const;

export const ARTICLE_SORTS = ['relevance', 'newest', 'oldest'] as const;

/** Whether `value` is one of `list`, narrowing it: for values read from addresses and forms. */
export const isOneOf = <const T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/**
 * Where a synchronised source's items come from: the national legal database's public JSON
 * (one document per national item id), another instance of this API (its NDJSON export), or an
 * Atom or RSS feed (a portal's news) whose entries become articles.
 */
export const SOURCE_KINDS = ['vbpl-json', 'instance-ndjson', 'feed-xml'] as const;

/** What a source's items become: documents (vbpl-json, instance-ndjson) or articles (feed-xml). */
export const SOURCE_FEEDS = ['documents', 'articles'] as const;

/** How a run ended: finished, nothing changed upstream (304), or stopped by an error. */
export const SOURCE_RUN_OUTCOMES = ['finished', 'not-modified', 'failed'] as const;

/** What a run did with one upstream item. */
export const SOURCE_ITEM_OUTCOMES = ['added', 'updated', 'unchanged', 'rejected', 'conflict'] as const;

/**
 * Đối thoại chính sách – pháp luật (plan appendix 2.5): where a session stands. Questions are
 * taken while `collecting` and `live`; the conclusion is published once `concluded`. Each move
 * goes forward along `DIALOGUE_STATE_MOVES` (an organiser may skip collecting).
 */
export const DIALOGUE_STATES = ['upcoming', 'collecting', 'live', 'concluded', 'archived'] as const;
export const DIALOGUE_STATE_MOVES = {
  upcoming: ['collecting', 'live'],
  collecting: ['live'],
  live: ['concluded'],
  concluded: ['archived'],
  archived: [],
} as const satisfies Record<
  (typeof DIALOGUE_STATES)[number],
  ReadonlyArray<(typeof DIALOGUE_STATES)[number]>
>;
/** Hình thức: tại hội trường, trực tuyến, hoặc kết hợp cả hai. */
export const DIALOGUE_FORMATS = ['in-person', 'online', 'hybrid'] as const;
/**
 * A question to a session: moderators accept it, merge it into a question asked before,
 * reject it with a reason, or mark it answered in the session. Accepted and answered-in-session
 * questions are public; their written answers are published one by one.
 */
export const DIALOGUE_QUESTION_STATUSES = [
  'pending',
  'accepted',
  'merged',
  'rejected',
  'answered-in-session',
] as const;
export const DIALOGUE_MODERATIONS = ['accept', 'merge', 'reject', 'answered-in-session'] as const;
export const DIALOGUE_QUESTION_SORTS = ['support', 'newest'] as const;

/**
 * Phản ánh, kiến nghị về văn bản quy phạm pháp luật: what the sender finds wrong with a
 * document (trái pháp luật hoặc sai sót, chưa rõ, mâu thuẫn, khó áp dụng, khác).
 */
export const FEEDBACK_REASONS = ['unlawful', 'unclear', 'contradictory', 'hard-to-apply', 'other'] as const;
export const FEEDBACK_STATUSES = ['pending', 'answered', 'rejected'] as const;
