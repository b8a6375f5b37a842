import { escapeHtml } from '@pbgdpl/contract/html-policy';
import { etagOf, type ListBehaviour, listen, misbehave } from './sources-upstreams.ts';

/**
 * One news entry of the fake portal. OUR FIXTURE, written to the RSS 2.0 specification
 * (rssboard.org: channel, item with title, link, description, guid, pubDate as RFC 822, category)
 * and to Atom (RFC 4287: entry with id, title, link rel="alternate", published, updated,
 * summary, content type="html", category term). Portals built on the usual Vietnamese
 * government CMSes put an image and escaped HTML in `description`, as the first item does.
 */
export interface FeedEntry {
  id: string;
  title: string;
  link: string | null;
  html: string;
  date: string;
  categories: string[];
}

export function feedFixture(origin: string): FeedEntry[] {
  const lead =
    'Sáng 20/02/2026, Bộ Tư pháp tổ chức hội nghị trực tuyến quán triệt các luật mới được Quốc hội thông qua tại Kỳ họp thứ 10, ' +
    'trong đó có Luật Phổ biến, giáo dục pháp luật (sửa đổi). Hội nghị được kết nối tới 34 tỉnh, thành phố và hơn 3.300 xã, phường, ' +
    'đặc khu; các đại biểu thảo luận cách đưa pháp luật tới người dân nhanh, đúng và dễ hiểu hơn.';
  return [
    {
      id: `${origin}/tin-tuc/hoi-nghi-quan-triet-luat-moi-123.html`,
      title: 'Hội nghị trực tuyến quán triệt các luật mới được thông qua tại Kỳ họp thứ 10',
      link: `${origin}/tin-tuc/hoi-nghi-quan-triet-luat-moi-123.html`,
      html: `<img src="${origin}/anh/hoi-nghi.jpg" onerror="alert(1)"/><p>${lead}</p><script>alert(2)</script>`,
      date: 'Fri, 20 Feb 2026 02:30:00 GMT',
      categories: ['Tư pháp'],
    },
    {
      id: 'tin-124',
      title: 'Ngày Pháp luật Việt Nam 2026: hưởng ứng tại cơ sở',
      link: `${origin}/tin-tuc/ngay-phap-luat-2026-124.html`,
      html: '<p>Các địa phương triển khai hoạt động hưởng ứng Ngày Pháp luật.</p>',
      date: 'Sat, 21 Feb 2026 01:00:00 GMT',
      categories: ['Đất đai', 'Không có lĩnh vực này'],
    },
    {
      id: 'tin-125',
      title: 'Tập huấn kỹ năng cho hòa giải viên ở cơ sở',
      link: `${origin}/tin-tuc/tap-huan-hoa-giai-vien-125.html`,
      html: '<p>Lớp tập huấn dành cho hòa giải viên ở cơ sở của 96 xã, phường.</p>',
      date: 'Sun, 22 Feb 2026 03:15:00 GMT',
      categories: [],
    },
    {
      // No link to an original: an article must keep one, so the run rejects it.
      id: 'tin-126',
      title: 'Thông báo không có đường dẫn',
      link: null,
      html: '<p>Nội dung.</p>',
      date: 'Mon, 23 Feb 2026 03:15:00 GMT',
      categories: [],
    },
  ];
}

function rss(entries: FeedEntry[], origin: string): string {
  const items = entries.map((e) =>
    [
      '<item>',
      `<title>${escapeHtml(e.title)}</title>`,
      e.link ? `<link>${escapeHtml(e.link)}</link>` : '',
      `<description><![CDATA[${e.html}]]></description>`,
      `<guid isPermaLink="${e.id.startsWith('http') ? 'true' : 'false'}">${escapeHtml(e.id)}</guid>`,
      `<pubDate>${e.date}</pubDate>`,
      ...e.categories.map((c) => `<category>${escapeHtml(c)}</category>`),
      '</item>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Cổng thông tin điện tử PBGDPL quốc gia</title><link>${origin}/</link>
<description>Tin tức</description>${items.join('\n')}</channel></rss>`;
}

function atom(entries: FeedEntry[], origin: string): string {
  const items = entries.map((e) =>
    [
      '<entry>',
      `<id>${escapeHtml(e.id.startsWith('http') ? e.id : `urn:tin:${e.id}`)}</id>`,
      `<title type="text">${escapeHtml(e.title)}</title>`,
      e.link ? `<link rel="alternate" type="text/html" href="${escapeHtml(e.link)}"/>` : '',
      `<link rel="enclosure" href="${origin}/tep.pdf"/>`,
      `<published>${new Date(e.date).toISOString()}</published>`,
      `<updated>${new Date(e.date).toISOString()}</updated>`,
      `<content type="html">${escapeHtml(e.html)}</content>`,
      ...e.categories.map((c) => `<category term="${escapeHtml(c)}"/>`),
      '</entry>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>${origin}/atom</id><title>Sở Tư pháp – Tin hoạt động</title>
<updated>2026-02-23T03:15:00Z</updated>${items.join('\n')}</feed>`;
}

/**
 * A news portal on 127.0.0.1 serving its entries as RSS 2.0 (`/rss/tin-tuc.rss`) and Atom
 * (`/atom.xml`), with an ETag and Last-Modified that conditional requests are answered by (304).
 */
export async function startFakeFeeds() {
  const state = {
    behaviour: 'ok' as ListBehaviour,
    entries: [] as FeedEntry[],
    lastModified: 'Mon, 23 Feb 2026 04:00:00 GMT',
    /** Answer with something that is not a feed. */
    notAFeed: false,
    requests: [] as Array<{ path: string; status: number; conditional: boolean }>,
  };
  const { url } = await listen((req, res) => {
    const path = req.url ?? '';
    const conditional = Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']);
    const logged: Array<{ path: string; status: number }> = [];
    if (misbehave(state.behaviour, req, res, logged)) {
      state.requests.push(...logged.map((r) => ({ ...r, conditional })));
      return;
    }
    const format = path === '/rss/tin-tuc.rss' ? 'rss' : path === '/atom.xml' ? 'atom' : null;
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      state.requests.push({ path, status, conditional });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (!format) return send(404, 'Không tìm thấy');
    if (state.notAFeed)
      return send(200, '<html><body>Bảo trì</body></html>', { 'content-type': 'text/html' });
    const body = format === 'rss' ? rss(state.entries, url) : atom(state.entries, url);
    const etag = etagOf(body);
    // RFC 9110: If-None-Match wins; If-Modified-Since is read only without it.
    const fresh = req.headers['if-none-match']
      ? req.headers['if-none-match'] === etag
      : req.headers['if-modified-since'] === state.lastModified;
    if (fresh) return send(304, '');
    return send(200, body, {
      'content-type': format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml',
      etag,
      'last-modified': state.lastModified,
    });
  });
  state.entries = feedFixture(url);
  return {
    url,
    rssUrl: `${url}/rss/tin-tuc.rss`,
    atomUrl: `${url}/atom.xml`,
    state,
    /** Changes one entry upstream, as an edit on the portal would. */
    change(id: string, fields: Partial<FeedEntry>, lastModified: string) {
      state.entries = state.entries.map((e) => (e.id === id ? { ...e, ...fields } : e));
      state.lastModified = lastModified;
    },
  };
}
