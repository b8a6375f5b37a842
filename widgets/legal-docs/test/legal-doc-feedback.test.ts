import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { DocumentPage, PublicFeedbackPage } from '@pbgdpl/contract';
import '../src/document/legal-doc.ts';
import type { PbgdplLegalDoc } from '../src/document/legal-doc.ts';

const api = `${location.origin}/api/v1`;
const $ = <T extends Element = HTMLElement>(el: PbgdplLegalDoc, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: PbgdplLegalDoc) => el.shadowRoot!.activeElement as HTMLElement | null;

async function until(el: PbgdplLegalDoc, condition: () => unknown, what: string, timeout = 10_000) {
  await waitUntil(condition, what, { timeout });
  await el.updateComplete;
}

function fill(el: PbgdplLegalDoc, id: string, value: string | boolean) {
  const control = $<HTMLInputElement>(el, `#${id}`);
  if (!control) throw new Error(`no #${id}`);
  if (typeof value === 'boolean') {
    control.checked = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** The seeded document "52/2025/QĐ-UBND" carries published feedback with its response. */
async function documentWithFeedback(): Promise<{ id: number; feedback: PublicFeedbackPage }> {
  const page = (await (await fetch(`${api}/documents?q=52%2F2025%2FQĐ-UBND`)).json()) as DocumentPage;
  const id = page.items[0]!.id;
  const feedback = (await (await fetch(`${api}/documents/${id}/feedback`)).json()) as PublicFeedbackPage;
  return { id, feedback };
}

describe('<pbgdpl-legal-doc> feedback (phản ánh, kiến nghị)', () => {
  afterEach(() => fixtureCleanup());

  it('shows the published responses, then sends feedback with a reason and a clause for a tracking code', async function () {
    this.timeout(40_000);
    const { id, feedback } = await documentWithFeedback();
    expect(feedback.items.length).to.be.greaterThan(0);
    const el = await fixture<PbgdplLegalDoc>(
      html`<pbgdpl-legal-doc .api=${api} document-id=${id} no-track></pbgdpl-legal-doc>`,
    );
    await until(el, () => $(el, '.responses'), 'the published feedback did not show');
    expect(text($(el, '#feedback-heading'))).to.equal('Phản ánh, kiến nghị');
    expect(text($(el, '.responses'))).to.contain(text({ textContent: feedback.items[0]!.body } as Element));
    expect(text($(el, '.figures'))).to.match(/Đã nhận \d+ phản ánh, kiến nghị; đã trả lời \d+\./);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.feedback-open')!.click();
    await until(el, () => $(el, '#consent'), 'the form did not load');
    expect(active(el)?.id).to.equal('feedback-form-heading');
    $<HTMLButtonElement>(el, '.feedback-form .submit')!.click();
    await until(el, () => !$(el, '#summary')?.hidden, 'no summary');
    expect(active(el)?.id).to.equal('reason');
    expect(text($(el, '#summary'))).to.contain('Vui lòng chọn nội dung phản ánh.');
    await expect(el).to.be.accessible();

    const reason = $<HTMLSelectElement>(el, '#reason')!;
    reason.value = 'hard-to-apply';
    reason.dispatchEvent(new Event('input'));
    fill(el, 'provision', 'Khoản 2 Điều 5');
    fill(
      el,
      'body',
      'Quy định về hệ số điều chỉnh giá đất chưa nói rõ cách áp dụng cho thửa đất có nhiều mục đích sử dụng.',
    );
    fill(el, 'name', 'Lê Thị Thu');
    fill(el, 'email', 'thu.le@example.com');
    fill(el, 'consent', true);
    $<HTMLButtonElement>(el, '.feedback-form .submit')!.click();
    await until(el, () => $(el, '#feedback-receipt'), 'the feedback was not received', 30_000);
    const code = text($(el, '#feedback-receipt .code'));
    expect(code).to.match(/^PA-[2-9A-HJKMNP-Z]{8}$/);
    expect(active(el)?.id).to.equal('feedback-receipt');
    const status = (await (await fetch(`${api}/feedback/status/${code}`, { cache: 'no-store' })).json()) as {
      documentId: number;
      status: string;
    };
    expect(status).to.include({ documentId: id, status: 'pending' });
    await expect(el).to.be.accessible();
  });
});
