import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DocumentInput, DocumentPage, LegalDocument, RelationList } from '@pbgdpl/contract';
import '../src/document/legal-doc.ts';
import { textProblem } from '@pbgdpl/contract/text-rules';
import type { PbgdplLegalDoc } from '../src/document/legal-doc.ts';
import { speechChunks } from '@pbgdpl/core/reader';
const api = `${location.origin}/api/v1`;
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const RUN = Math.random().toString(36).slice(2, 7).toUpperCase();

const root = (el: PbgdplLegalDoc) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: PbgdplLegalDoc, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PbgdplLegalDoc, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: PbgdplLegalDoc, name: RegExp) =>
  $$<HTMLButtonElement>(el, 'button, a').find((b) => name.test(b.getAttribute('aria-label') ?? text(b)));

/** The document and its relations have arrived (or an error is shown). */
const settled = (el: PbgdplLegalDoc) =>
  Boolean($(el, '.state.error')) || (Boolean($(el, 'article.doc')) && !$(el, '.rel-state.loading'));

async function ready(el: PbgdplLegalDoc, id?: number): Promise<PbgdplLegalDoc> {
  await waitUntil(
    () =>
      settled(el) &&
      (id === undefined || $(el, 'article.doc') !== null) &&
      el.documentId === (id ?? el.documentId),
    'document did not settle',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

async function show(id: number, extra = html``): Promise<PbgdplLegalDoc> {
  const el = await fixture<PbgdplLegalDoc>(
    html`<div>${extra}<pbgdpl-legal-doc api=${api} document-id=${id} no-track></pbgdpl-legal-doc></div>`,
  );
  return ready(el.querySelector('pbgdpl-legal-doc')!);
}

async function create(input: Partial<DocumentInput>): Promise<LegalDocument> {
  const body: Partial<DocumentInput> = {
    type: 'quyet-dinh',
    issuerId: 'tay-ninh',
    issuedOn: '2025-08-01',
    status: 'in-force',
    fields: ['dat-dai'],
    body: '<p>Nội dung.</p>',
    ...input,
  };
  const response = await fetch(`${api}/admin/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`create failed ${response.status}: ${await response.text()}`);
  return (await response.json()) as LegalDocument;
}

async function apiGet<T>(path: string): Promise<T> {
  return (await (await fetch(`${api}${path}`)).json()) as T;
}

let base: LegalDocument;
let amending: LegalDocument;

before(async () => {
  base = await create({
    number: `10/2024/QĐ-UBND-${RUN}`,
    title: 'Quyết định ban hành quy định về bồi thường khi Nhà nước thu hồi đất',
    issuerId: 'long-an',
    issuedOn: '2024-03-15',
    effectiveFrom: '2024-04-01',
    status: 'partly-expired',
    statusExplicit: true,
    statusReason: 'Điều 5 được sửa đổi, bổ sung.',
    statusSince: '2025-09-01',
    signerName: 'Nguyễn Văn A',
    signerTitle: 'Phó Chủ tịch',
    scope: 'Tỉnh Long An',
    gazetteOn: '2024-03-20',
    fields: ['dat-dai', 'tai-nguyen-moi-truong'],
    body: `<h2>Chương I</h2><p>Điều 1. Phạm vi điều chỉnh.</p>
      <table><caption>Bảng giá đất</caption><tr><th>Loại đất</th><th>Giá</th><th>Ghi chú</th></tr>
      <tr><td>Đất ở</td><td>1.000.000</td><td>${'Rất dài '.repeat(40)}</td></tr></table>`,
  });
  amending = await create({
    number: `25/2025/QĐ-UBND-${RUN}`,
    title: 'Quyết định sửa đổi, bổ sung một số điều của quy định về bồi thường',
    issuedOn: '2025-08-20',
    effectiveFrom: '2025-09-01',
    body: '<p>Điều 1. Sửa đổi, bổ sung Điều 5.</p><p>Điều 2. Hiệu lực thi hành.</p>',
    attachments: [
      {
        name: 'Quyết định 25 (bản gốc).pdf',
        url: '/media/documents/qd-25.pdf',
        mediaType: 'application/pdf',
        size: 123456,
      },
      {
        name: 'Phụ lục.docx',
        url: 'https://example.org/phu-luc.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 2_621_440,
      },
    ],
    materials: [
      {
        kind: 'press-release',
        title: 'Thông cáo báo chí về Quyết định 25',
        body: '<p>Ngày 20/8/2025, UBND tỉnh ban hành…</p>',
        file: null,
      },
      {
        kind: 'outline',
        title: 'Đề cương giới thiệu',
        body: null,
        file: {
          name: 'de-cuong.pdf',
          url: '/media/documents/de-cuong.pdf',
          mediaType: 'application/pdf',
          size: 2048,
        },
      },
    ],
    relations: [
      { type: 'amends', targetNumber: base.number },
      {
        type: 'based-on',
        targetNumber: '31/2024/QH15',
        targetTitle: 'Luật Đất đai',
        targetUrl: 'https://vbpl.vn/van-ban/chi-tiet/luat-dat-dai--1',
      },
    ],
    vbplItemId: 171234,
    gazetteId: '98765',
  });
});

describe('<pbgdpl-legal-doc>', () => {
  afterEach(() => {
    try {
      localStorage.removeItem('pbgdpl-legal-doc-text-size');
    } catch {
      /* ignore */
    }
  });

  it('renders title, number, status, metadata, full text, attachments, materials and links', async () => {
    const el = await show(amending.id);
    const title = $(el, 'h2.title')!;
    expect(text(title)).to.equal(amending.title);
    expect(title.getAttribute('tabindex')).to.equal('-1');
    expect(title.getAttribute('part')).to.equal('title');
    expect(text($(el, '.number'))).to.contain(amending.number);
    expect(text($(el, 'header .status'))).to.equal('Còn hiệu lực');

    const rows = Object.fromEntries(
      $$(el, '.meta-table tr').map((tr) => [
        text(tr.querySelector('th[scope="row"]')),
        text(tr.querySelector('td')),
      ]),
    );
    expect(rows['Số ký hiệu']).to.equal(amending.number);
    expect(rows['Loại văn bản']).to.equal('Quyết định');
    expect(rows['Cơ quan ban hành']).to.equal('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(rows['Ngày ban hành']).to.equal('20/08/2025');
    expect(rows['Ngày có hiệu lực']).to.equal('01/09/2025');
    expect(rows['Tình trạng hiệu lực']).to.equal('Còn hiệu lực (từ 01/09/2025)');
    expect(rows).to.not.have.property('Lý do về tình trạng');
    expect(rows['Lĩnh vực']).to.equal('Đất đai');
    expect(rows).to.not.have.property('Ngày hết hiệu lực');

    expect(text($(el, '.body'))).to.contain('Sửa đổi, bổ sung Điều 5');

    const files = $$<HTMLAnchorElement>(el, '.attachments a.file');
    expect(files).to.have.length(2);
    expect(files[0]!.href).to.equal(`${location.origin}/media/documents/qd-25.pdf`);
    expect(files[0]!.hasAttribute('download')).to.equal(true);
    expect(text(files[0])).to.contain('(PDF, 121 KB)');
    expect(files[1]!.hasAttribute('download')).to.equal(false);
    expect(files[1]!.target).to.equal('_blank');
    expect(text(files[1])).to.contain('DOCX, 2,5 MB');

    const original = $<HTMLAnchorElement>(el, '.toolbar a.original')!;
    expect(text(original)).to.equal('Tải văn bản gốc');
    expect(original.href).to.equal(files[0]!.href);

    const groups = $$(el, '.material-group');
    expect(groups.map((g) => text(g.querySelector('.section-heading')))).to.deep.equal([
      'Thông cáo báo chí',
      'Đề cương giới thiệu',
    ]);
    expect(text($(el, '.material details summary'))).to.equal('Thông cáo báo chí về Quyết định 25');
    expect($(el, '.material details .material-body p')).to.exist;
    expect($<HTMLAnchorElement>(el, '.material-group:nth-of-type(2) a.file')!.href).to.contain(
      '/media/documents/de-cuong.pdf',
    );

    const out = $$<HTMLAnchorElement>(el, '.links-out a');
    expect(out.map((a) => text(a))).to.deep.equal([
      'Xem trên Cơ sở dữ liệu quốc gia về văn bản pháp luật (trang ngoài, mở trong thẻ mới)',
      'Xem trên Công báo (trang ngoài, mở trong thẻ mới)',
    ]);
    expect(out.every((a) => a.rel.includes('noopener') && a.target === '_blank')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('marks a former issuer, shows signer, scope, gazette date and wraps wide tables in a labelled region', async () => {
    const el = await show(base.id);
    const rows = Object.fromEntries(
      $$(el, '.meta-table tr').map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]),
    );
    expect(rows['Cơ quan ban hành']).to.equal(
      'Ủy ban nhân dân tỉnh Long An (đơn vị cũ, đến 30/06/2025; nay là Ủy ban nhân dân tỉnh Tây Ninh)',
    );
    expect(rows['Người ký']).to.equal('Phó Chủ tịch Nguyễn Văn A');
    expect(rows['Phạm vi']).to.equal('Tỉnh Long An');
    expect(rows['Ngày đăng công báo']).to.equal('20/03/2024');
    expect(rows['Tình trạng hiệu lực']).to.equal('Hết hiệu lực một phần (từ 01/09/2025)');
    expect(rows['Lý do về tình trạng']).to.equal('Điều 5 được sửa đổi, bổ sung.');
    expect(rows['Lĩnh vực']).to.equal('Đất đai, Tài nguyên, môi trường');
    expect($(el, '.attachments')).to.equal(null);
    const region = $(el, '.body .table-scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Bảng giá đất');
    expect(region.tabIndex).to.equal(0);
    expect(region.querySelector('table')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders both sides of a relation with active and passive labels', async () => {
    const active = await show(amending.id);
    const activeGroups = $$(active, '.rel-group').map((g) => text(g.querySelector('.section-heading')));
    expect(activeGroups).to.include.members(['Sửa đổi, bổ sung', 'Căn cứ ban hành']);
    const open = $<HTMLButtonElement>(active, `.rel-open[data-doc-id="${base.id}"]`)!;
    expect(text(open)).to.contain(base.number);
    expect(text(open.closest('li'))).to.contain('ban hành 15/03/2024');
    expect(text(open.closest('li')!.querySelector('.status'))).to.equal('Hết hiệu lực một phần');
    const external = $<HTMLAnchorElement>(active, '.rel-link')!;
    expect(external.href).to.equal('https://vbpl.vn/van-ban/chi-tiet/luat-dat-dai--1');
    expect(external.target).to.equal('_blank');
    expect(external.rel).to.contain('noopener');
    expect(text(external)).to.contain('trang ngoài');

    const passive = await show(base.id);
    const group = $$(passive, '.rel-group').find((g) => g.dataset.relation === 'passive.amends')!;
    expect(text(group.querySelector('.section-heading'))).to.equal('Được sửa đổi, bổ sung');
    expect($(passive, `.rel-open[data-doc-id="${amending.id}"]`)).to.exist;
  });

  it('fires pbgdpl-document-open on a related document and switches to it, focusing the title', async () => {
    const el = await show(amending.id);
    const opened = oneEvent(el, 'pbgdpl-document-open');
    $<HTMLButtonElement>(el, `.rel-open[data-doc-id="${base.id}"]`)!.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ id: base.id });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await waitUntil(() => text($(el, '.title')) === base.title, 'did not switch', { timeout: 8000 });
    expect(el.getAttribute('document-id')).to.equal(String(base.id));
    await waitUntil(() => root(el).activeElement === $(el, '.title'), 'title not focused');
  });

  it('stays on its document when the event is cancelled', async () => {
    const el = await show(amending.id);
    el.addEventListener('pbgdpl-document-open', (event) => event.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, `.rel-open[data-doc-id="${base.id}"]`)!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.documentId).to.equal(amending.id);
    expect(text($(el, '.title'))).to.equal(amending.title);
  });

  it('renders the title at the heading level asked for, sections one below', async () => {
    const el = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc
        api=${api}
        document-id=${amending.id}
        heading-level="4"
        no-track
      ></pbgdpl-legal-doc>`,
    );
    await ready(el);
    expect($(el, 'h4.title')).to.exist;
    expect($(el, 'h5#meta-heading')).to.exist;
    expect($(el, '.rel-group h6')).to.exist;
    el.focus();
    expect(root(el).activeElement).to.equal($(el, '.title'));
  });

  it('prints only the document through an adopted stylesheet, removed after printing', async () => {
    const el = await show(amending.id);
    const before = document.adoptedStyleSheets.length;
    const original = window.print;
    let during: { sheets: number; rules: string; marked: boolean } | undefined;
    window.print = () => {
      const sheet = document.adoptedStyleSheets.at(-1)!;
      during = {
        sheets: document.adoptedStyleSheets.length,
        rules: [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
        marked: el.hasAttribute('data-pbgdpl-print'),
      };
    };
    try {
      button(el, /^In văn bản$/)!.click();
    } finally {
      window.print = original;
    }
    expect(during).to.exist;
    expect(during!.sheets).to.equal(before + 1);
    expect(during!.rules).to.contain('@media print');
    expect(during!.rules).to.contain('display: none');
    expect(during!.marked).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(el.hasAttribute('data-pbgdpl-print')).to.equal(false);
    expect(el.parentElement!.hasAttribute('data-pbgdpl-print')).to.equal(false);
  });

  it('saves the full text as a self-contained HTML file', async () => {
    const el = await show(amending.id);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return createObjectURL(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      button(el, /^Lưu toàn văn/)!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.contain('text/html');
    expect(names[0]).to.equal(`25-2025-qd-ubnd-${RUN.toLowerCase()}.html`);
    const saved = await blobs[0]!.text();
    expect(saved).to.contain(amending.title);
    expect(saved).to.contain('Sửa đổi, bổ sung Điều 5');
    expect(saved).to.contain('20/08/2025');
    expect(saved).to.not.match(/<script/i);
    expect($(el, 'a[download][href^="blob:"]')).to.equal(null);
  });

  it('copies the link and announces it, with a fallback when the clipboard is denied', async () => {
    const el = await show(amending.id);
    const clipboard = navigator.clipboard;
    const copied: string[] = [];
    const writeText = clipboard.writeText;
    clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      button(el, /^Sao chép liên kết$/)!.click();
      await waitUntil(() => text($(el, '.notice')) === 'Đã sao chép liên kết', 'no announcement');
      expect(copied).to.deep.equal([location.href]);
      expect($(el, '.notice')!.getAttribute('role')).to.equal('status');
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      button(el, /^Sao chép liên kết$/)!.click();
      await waitUntil(() => text($(el, '.notice')).startsWith('Không sao chép được'), 'no fallback');
      expect(text($(el, '.notice'))).to.contain(location.href);
    } finally {
      clipboard.writeText = writeText;
    }
  });

  it('offers Facebook and a Zalo copy link without navigator.share', async () => {
    const el = await show(amending.id);
    if (typeof navigator.share === 'function') {
      expect(button(el, /^Chia sẻ văn bản$/)).to.exist;
      return;
    }
    const facebook = $<HTMLAnchorElement>(el, 'a.facebook')!;
    expect(facebook.href).to.equal(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(location.href)}`,
    );
    expect(facebook.rel).to.contain('noopener');
    expect($(el, 'button.zalo')).to.exist;
  });

  it('changes the text size with a class, announces it and remembers it', async () => {
    const el = await show(amending.id);
    expect($(el, 'article')!.classList.contains('size-1')).to.equal(true);
    expect(button(el, /^Cỡ chữ mặc định$/)!.getAttribute('aria-pressed')).to.equal('true');
    button(el, /^Tăng cỡ chữ$/)!.click();
    await el.updateComplete;
    expect($(el, 'article')!.classList.contains('size-2')).to.equal(true);
    expect(button(el, /^Cỡ chữ mặc định$/)!.getAttribute('aria-pressed')).to.equal('false');
    expect(text($(el, '.notice'))).to.equal('Cỡ chữ 115%');
    expect(localStorage.getItem('pbgdpl-legal-doc-text-size')).to.equal('2');
    expect($$(el, '[style]')).to.have.length(0);

    const again = await show(amending.id);
    expect($(again, 'article')!.classList.contains('size-2')).to.equal(true);
    button(again, /^Cỡ chữ mặc định$/)!.click();
    await again.updateComplete;
    expect($(again, 'article')!.classList.contains('size-1')).to.equal(true);
    expect(localStorage.getItem('pbgdpl-legal-doc-text-size')).to.equal(null);
  });

  it('survives blocked storage', async () => {
    const getItem = Storage.prototype.getItem;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await show(amending.id);
      button(el, /^Tăng cỡ chữ$/)!.click();
      await el.updateComplete;
      expect($(el, 'article')!.classList.contains('size-2')).to.equal(true);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('hides read-aloud without speechSynthesis', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      const el = await show(amending.id);
      expect(button(el, /^Đọc văn bản$/)).to.equal(undefined);
    } finally {
      if (own) Object.defineProperty(window, 'speechSynthesis', own);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
  });

  it('cuts long texts into chunks a speech engine can read', () => {
    const long = `${'Điều khoản rất dài, có nhiều vế, '.repeat(30)}kết thúc. Câu ngắn.`;
    const chunks = speechChunks(long);
    expect(chunks.length).to.be.greaterThan(4);
    expect(chunks.every((chunk) => chunk.length <= 180)).to.equal(true);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).to.equal(long.replace(/\s+/g, ' ').trim());
  });

  it('reads title and text aloud in chunks, pauses, resumes and stops', async () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    const calls: string[] = [];
    const fake = {
      speak: (utterance: SpeechSynthesisUtterance) => {
        spoken.push(utterance);
        setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 0);
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      cancel: () => calls.push('cancel'),
      getVoices: () => [],
    };
    const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
    try {
      const el = await show(amending.id);
      button(el, /^Đọc văn bản$/)!.click();
      await el.updateComplete;
      await waitUntil(() => spoken.length >= 1, 'nothing spoken');
      expect(spoken[0]!.text).to.contain(amending.title);
      expect(spoken[0]!.lang).to.equal('vi-VN');
      expect(spoken.map((u) => u.text).join(' ')).to.contain('Hiệu lực thi hành');
      await waitUntil(() => Boolean(button(el, /^Đọc văn bản$/)), 'did not finish');

      fake.speak = (utterance) => void spoken.push(utterance); // a long chunk that does not end
      button(el, /^Đọc văn bản$/)!.click();
      await el.updateComplete;
      button(el, /^Tạm dừng đọc$/)!.click();
      await el.updateComplete;
      button(el, /^Đọc tiếp$/)!.click();
      await el.updateComplete;
      button(el, /^Dừng đọc$/)!.click();
      await el.updateComplete;
      expect(calls).to.include.ordered.members(['pause', 'resume', 'cancel']);
      button(el, /^Đọc văn bản$/)!.click();
      calls.length = 0;
      el.remove();
      expect(calls).to.include('cancel');
    } finally {
      if (own) Object.defineProperty(window, 'speechSynthesis', own);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
  });

  it('shows a clear error for a document that does not exist', async () => {
    const el = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc api=${api} document-id="987654" no-track></pbgdpl-legal-doc>`,
    );
    await ready(el);
    expect(text($(el, '.state.error'))).to.contain('Không tìm thấy văn bản này');
    expect($(el, '.state.error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('shows a loading placeholder of the reserved height, accessibly', async () => {
    const el = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc
        api="${location.origin}/outage/slow/api/v1"
        document-id=${amending.id}
        no-track
      ></pbgdpl-legal-doc>`,
    );
    const state = $(el, '.state.loading')!;
    expect(state.getAttribute('aria-busy')).to.equal('true');
    expect(state.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows the error state with retry on a server error, and loads through a flaky server', async () => {
    const el = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc
        api="${location.origin}/outage/500/api/v1"
        document-id=${amending.id}
        no-track
      ></pbgdpl-legal-doc>`,
    );
    await waitUntil(() => $(el, '.state.error'), 'no error state', { timeout: 8000 });
    expect(text($(el, '.state.error'))).to.contain('500');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.state.error .retry')!.click();
    await el.updateComplete;
    expect($(el, '.state.loading')).to.exist;
    await waitUntil(() => $(el, '.state.error'), 'no error state after retry', { timeout: 8000 });

    const flaky = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc
        api="${location.origin}/outage/flaky/api/v1"
        document-id=${amending.id}
        no-track
      ></pbgdpl-legal-doc>`,
    );
    await ready(flaky);
    expect(text($(flaky, '.title'))).to.equal(amending.title);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc api=${api} document-id=${amending.id} lang="en" no-track></pbgdpl-legal-doc>`,
    );
    await ready(el);
    expect(text($(el, '#meta-heading'))).to.equal('Document details');
    expect(text($(el, 'header .status'))).to.equal('In force');
    expect(button(el, /^Print the document$/)).to.exist;
    expect($$(el, '.rel-group .section-heading').map((h) => text(h))).to.include('Amends and supplements');
    expect(text($$(el, '.attachments a.file')[1])).to.contain('DOCX, 2.5 MB');
    const rows = $$(el, '.meta-table th').map((th) => text(th));
    expect(rows).to.include.members(['Number', 'Issued by', 'Legal status']);
    await expect(el).to.be.accessible();
  });

  it('sends one view beacon per document shown, none with no-track', async () => {
    const sent: string[] = [];
    const original = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      if (data instanceof Blob) void data.text().then((value) => sent.push(value));
      return original(url, data);
    };
    try {
      const el = await fixture<PbgdplLegalDoc>(
        html`<pbgdpl-legal-doc api=${api} document-id=${amending.id} unit="so-tu-phap"></pbgdpl-legal-doc>`,
      );
      await ready(el);
      el.requestUpdate();
      await el.updateComplete;
      await waitUntil(() => sent.length > 0, 'no beacon', { timeout: 3000 });
      const events = sent.flatMap(
        (value) => (JSON.parse(value) as { events: Array<Record<string, string>> }).events,
      );
      expect(events.filter((e) => e.subject === 'document')).to.deep.equal([
        { type: 'view', subject: 'document', subjectId: String(amending.id), unit: 'so-tu-phap' },
      ]);
    } finally {
      navigator.sendBeacon = original;
    }
  });

  it('renders a seeded document with its parts', async function () {
    const page = await apiGet<DocumentPage>('/documents?pageSize=100');
    const seeded = page.items.filter((item) => !item.number.endsWith(RUN));
    let found: LegalDocument | undefined;
    for (const item of seeded) {
      const doc = await apiGet<LegalDocument>(`/documents/${item.id}`);
      const related = await apiGet<RelationList>(`/documents/${item.id}/related`);
      if (doc.attachments.length && doc.materials.length && related.items.length) {
        found = doc;
        break;
      }
    }
    if (!found) return this.skip(); // the seed has no such document (yet)
    const el = await show(found.id);
    expect(text($(el, '.title'))).to.equal(found.title);
    expect($$(el, '.attachments li')).to.have.length(found.attachments.length);
    expect($$(el, '.material')).to.have.length(found.materials.length);
    expect($$(el, '.rel-item').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    // The other side of one of its relations names it with the opposite label.
    const related = await apiGet<RelationList>(`/documents/${found.id}/related`);
    const ours = related.items.find((item) => item.document);
    if (!ours?.document) return;
    const other = await show(ours.document.id);
    const opposite = `${ours.direction === 'active' ? 'passive' : 'active'}.${ours.type}`;
    const group = $$(other, '.rel-group').find((g) => g.dataset.relation === opposite)!;
    expect(group, opposite).to.exist;
    expect(group.querySelector(`.rel-open[data-doc-id="${found.id}"]`)).to.exist;
    expect(text(group.querySelector('.section-heading'))).to.not.equal(
      text(
        $$(el, '.rel-group')
          .find((g) => g.dataset.relation === `${ours.direction}.${ours.type}`)!
          .querySelector('.section-heading'),
      ),
    );
  });

  it('registers safely twice', async () => {
    const { PbgdplLegalDoc } = await import('../src/document/legal-doc.ts');
    expect(customElements.get('pbgdpl-legal-doc')).to.equal(PbgdplLegalDoc);
  });
});

/** Each vector goes through the full text, the title, an attachment name and a material. */
const XSS_VECTORS = [
  '<script>window.__xss = 1</script>',
  '<img src="x" onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '<svg><script>window.__xss = 4</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 5">',
  '<a href="javascript:window.__xss = 6">a</a>',
  '<a href="JaVaScRiPt:window.__xss = 7">a</a>',
  '<a href="&#106;avascript:window.__xss = 8">a</a>',
  '<a href="java&#x09;script:window.__xss = 9">a</a>',
  '<a href="  javascript:window.__xss = 10">a</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTE8L3NjcmlwdD4=">a</a>',
  '<a href="vbscript:msgbox(12)">a</a>',
  '<iframe src="javascript:parent.__xss = 13"></iframe>',
  '<iframe srcdoc="<script>parent.__xss = 14</script>"></iframe>',
  '<object data="javascript:window.__xss = 15"></object>',
  '<embed src="javascript:window.__xss = 16">',
  '<style>* { color: red } @import "javascript:window.__xss = 17";</style>',
  '<p style="background: url(javascript:window.__xss = 18)">styled</p>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss = 19">',
  '<form action="javascript:window.__xss = 20"><button>go</button></form>',
  '<input autofocus onfocus="window.__xss = 21">',
  '<details open ontoggle="window.__xss = 22"><summary>x</summary></details>',
  '<body onload="window.__xss = 23">',
  '<video><source onerror="window.__xss = 24"></video>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=25>"></noscript>',
  '<template><script>window.__xss = 26</script></template>',
  '<div onmouseover="window.__xss = 27">hover</div>',
  '<base href="javascript:/">',
  '<link rel="stylesheet" href="javascript:window.__xss = 29">',
  '<svg><a xlink:href="javascript:window.__xss = 30"><text y="10">x</text></a></svg>',
  '<math><a xlink:href="javascript:window.__xss = 31">x</a></math>',
  '<a href="data:text/html,<script>parent.__xss = 32</script>">a</a>',
  '<svg><animate onbegin="window.__xss = 33" attributeName="x" dur="1s"></animate></svg>',
  '<scr<script>ipt>window.__xss = 34</scr</script>ipt>',
  '<a href="javascript&colon;window.__xss = 35">a</a>',
  '<img srcset="x 1x" onerror="window.__xss = 36">',
  '<table background="javascript:window.__xss = 37"><tr><td>x</td></tr></table>',
  '<a href="\u0001javascript:window.__xss = 38">a</a>',
  '<svg><style><img src=x onerror="window.__xss = 39"></style></svg>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.__xss = 40">',
];

/** The API refuses text with control characters (400), so only the others can be stored through it. */
const STORABLE_VECTORS = XSS_VECTORS.filter((vector) => textProblem(vector, 'line') === null);

/** Nothing that runs, navigates to script, styles inline or embeds survived in the shadow root. */
function assertHarmless(el: PbgdplLegalDoc, where: string): void {
  const all = $$(el, '*');
  for (const node of all) {
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${where} → ${attribute}`).to.equal(false);
      expect(attribute, where).to.not.equal('style');
      expect(attribute, where).to.not.equal('srcdoc');
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'background'].includes(attribute)) {
        const value = node
          .getAttribute(attribute)!
          .replace(/[\p{Cc}\s]/gu, '')
          .toLowerCase();
        expect(value, where).to.not.match(/^(javascript|data|vbscript):/);
      }
    }
  }
  const forbidden =
    'script, iframe, object, embed, meta, base, link, form, input, template, noscript, svg:not(.icon), math';
  expect(
    $$(el, forbidden).map((node) => node.outerHTML),
    where,
  ).to.deep.equal([]);
  expect($$(el, '.body style, .material-body style'), where).to.have.length(0);
}

describe('<pbgdpl-legal-doc> with hostile content', () => {
  const w = window as unknown as { __xss?: unknown; alert: (message?: unknown) => void };
  const originalAlert = window.alert;
  let alerts = 0;
  let docs: LegalDocument[] = [];

  before(async function () {
    this.timeout(30000);
    docs = await Promise.all(
      STORABLE_VECTORS.map((vector, index) =>
        create({
          number: `XSS-${index + 1}/${RUN}`,
          title: `Văn bản thử ${index + 1} ${vector}`.slice(0, 1000),
          body: `<p>Trước</p>${vector}<p>Sau</p>`,
          attachments: [
            {
              name: vector.slice(0, 255),
              url: '/media/documents/x.pdf',
              mediaType: 'application/pdf',
              size: 10,
            },
          ],
          materials: [{ kind: 'dissemination', title: vector.slice(0, 500), body: vector, file: null }],
        }),
      ),
    );
  });

  beforeEach(() => {
    delete w.__xss;
    alerts = 0;
    w.alert = () => void (alerts += 1);
  });
  afterEach(() => {
    w.alert = originalAlert;
  });

  it(`renders ${STORABLE_VECTORS.length} stored vectors without running script, javascript: links or inline styles`, async function () {
    this.timeout(60000);
    const el = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc api=${api} document-id=${docs[0]!.id} no-track></pbgdpl-legal-doc>`,
    );
    for (const [index, doc] of docs.entries()) {
      el.documentId = doc.id;
      await ready(el, doc.id);
      await waitUntil(
        () => text($(el, '.title')).startsWith(`Văn bản thử ${index + 1} `),
        `doc ${index + 1} not shown`,
      );
      // Open the material so whatever is inside gets its chance to run.
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
      await new Promise((resolve) => setTimeout(resolve, 30));
      const where = `vector ${index + 1}: ${STORABLE_VECTORS[index]}`;
      assertHarmless(el, where);
      expect(text($(el, '.title')), where).to.contain('Văn bản thử');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(w.__xss).to.equal(undefined);
    expect(alerts).to.equal(0);
    expect(document.querySelector('meta[http-equiv], base')).to.equal(null);
  });

  it('sanitizes on display too, when an API sends raw hostile data', async function () {
    this.timeout(30000);
    const realFetch = window.fetch;
    const BASE_ID = 900000;
    const raw = (index: number): LegalDocument => {
      const vector = XSS_VECTORS[index]!;
      return {
        ...docs[0]!,
        id: BASE_ID + index,
        number: `RAW-${index}`,
        title: `Thô ${index} ${vector}`,
        body: `<p>Trước</p>${vector}<p>Sau</p>`,
        attachments: [
          { name: vector, url: 'javascript:window.__xss=1', mediaType: 'application/pdf', size: 1 },
        ],
        materials: [
          {
            kind: 'outline',
            title: vector,
            body: vector,
            file: { name: vector, url: 'data:text/html,x', mediaType: 'text/html', size: 1 },
          },
        ],
        links: {
          vbpl: 'javascript:window.__xss=2',
          gazette: 'data:text/html,<script>parent.__xss=3</script>',
        },
      };
    };
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      const match = /\/documents\/(9\d{5})(\/related)?$/.exec(new URL(url).pathname);
      if (!match) return realFetch(input, init);
      const index = Number(match[1]) - BASE_ID;
      const data = match[2]
        ? {
            items: [
              {
                type: 'amends',
                direction: 'active',
                number: XSS_VECTORS[index],
                title: XSS_VECTORS[index],
                url: 'javascript:window.__xss=4',
                document: null,
              },
            ],
          }
        : raw(index);
      return Promise.resolve(
        new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } }),
      );
    };
    try {
      const el = await fixture<PbgdplLegalDoc>(
        html`<pbgdpl-legal-doc api=${api} document-id=${BASE_ID} no-track></pbgdpl-legal-doc>`,
      );
      for (const index of XSS_VECTORS.keys()) {
        el.documentId = BASE_ID + index;
        await ready(el, BASE_ID + index);
        await waitUntil(() => text($(el, '.title')).startsWith(`Thô ${index} `), `raw ${index} not shown`);
        for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
        await new Promise((resolve) => setTimeout(resolve, 30));
        assertHarmless(el, `raw vector ${index + 1}: ${XSS_VECTORS[index]}`);
        expect($(el, '.links-out')).to.equal(null);
        expect($(el, '.rel-link')).to.equal(null);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(w.__xss).to.equal(undefined);
      expect(alerts).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps hostile text as text in the title, attachment name and material title', async () => {
    const vector = STORABLE_VECTORS[1]!;
    const doc = docs[1]!;
    const el = await show(doc.id);
    expect(text($(el, '.title'))).to.equal(doc.title);
    expect(text($(el, '.attachments .file-name'))).to.equal(doc.attachments[0]!.name);
    expect(text($(el, '.material-title'))).to.equal(doc.materials[0]!.title);
    expect(doc.title).to.contain(vector.slice(0, 10));
    expect($$(el, 'img')).to.have.length(0);
    expect(w.__xss).to.equal(undefined);
  });

  it('saves hostile content without script', async () => {
    const el = await show(docs[0]!.id);
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:stub');
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      button(el, /^Lưu toàn văn/)!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    const saved = await blobs[0]!.text();
    expect(saved.match(/<script/gi) ?? []).to.have.length(0);
    expect(saved).to.contain('&lt;script&gt;');
  });
});
