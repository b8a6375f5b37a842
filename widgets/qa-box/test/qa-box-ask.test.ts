import { expect, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuestionForm, QuestionTracking } from '@pbgdpl/contract';
import '../src/qa-box.ts';
import { solveChallenge } from '@pbgdpl/core/proof-of-work';
import type { PbgdplQaBox } from '../src/qa-box.ts';
import {
  $,
  $$,
  active,
  api,
  fill,
  fillDraft,
  formReady,
  mount,
  startUrl,
  text,
  until,
  validDraft,
} from './helpers.ts';

const DRAFT_KEY = `pbgdpl-qa-draft:${api}`;
const flakyApi = `${location.origin}/outage/flaky/api/v1`;

const askBox = (base = api) =>
  mount(html`<pbgdpl-qa-box api=${base} no-url mode="ask"></pbgdpl-qa-box>`, formReady);

const submit = (el: PbgdplQaBox) => $<HTMLButtonElement>(el, 'button.submit')!;
const sentCode = async (el: PbgdplQaBox) => {
  await until(el, () => $(el, '.success'), 'no success', 25_000);
  return text($(el, '.code'));
};

/** Counts the POSTs the widget makes (instrumentation only: requests still reach the real API). */
function countPosts() {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input, init) => {
    // ky hands fetch a Request; reading its method and headers leaves its body for the real fetch.
    const method = input instanceof Request ? input.method : init?.method;
    const headers = input instanceof Request ? input.headers : new Headers(init?.headers);
    if (method === 'POST') calls.push(headers.get('Idempotency-Key') ?? '');
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

async function status(code: string): Promise<QuestionTracking> {
  return (await (await fetch(`${api}/questions/status/${code}`)).json()) as QuestionTracking;
}

describe('<pbgdpl-qa-box> asking', function () {
  // Sending waits the server's minimum fill time, and from the third post on solves a proof of work.
  this.timeout(40_000);

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', startUrl);
    localStorage.removeItem(DRAFT_KEY);
  });

  it('shows every label, both consent texts (the optional one unchecked) and a hidden honeypot, accessibly', async () => {
    const el = await askBox();
    for (const id of ['name', 'email', 'phone', 'address', 'field', 'title', 'body'])
      expect(text($(el, `label[for="${id}"]`)), id).to.not.equal('');
    const consents = $$<HTMLInputElement>(el, '.consents input[type="checkbox"]');
    expect(consents).to.have.length(2);
    expect(consents.every((box) => !box.checked)).to.equal(true);
    expect(text($(el, 'label[for="consent"]'))).to.include('Tôi đồng ý để Sở Tư pháp');
    expect(text($(el, 'label[for="publish-name"]'))).to.include('công khai họ tên');
    const honeypot = $<HTMLInputElement>(el, '#website')!;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.getAttribute('autocomplete')).to.equal('off');
    expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
    expect(honeypot.getBoundingClientRect().right).to.be.lessThan(0);
    expect(text($(el, '#body-count'))).to.equal('0/5.000 ký tự');
    await expect(el).to.be.accessible();
  });

  it('checks the draft before sending: messages beside the fields, a summary alert, focus on the first problem', async () => {
    const el = await askBox();
    const posts = countPosts();
    try {
      fill(el, 'phone', '12345');
      fill(el, 'body', 'quá ngắn');
      submit(el).click();
      await until(el, () => $(el, '#name-error'), 'errors');
      expect(posts.calls).to.have.length(0);
    } finally {
      posts.restore();
    }
    expect(active(el)?.id).to.equal('name');
    const name = $<HTMLInputElement>(el, '#name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.include('name-error');
    expect(text($(el, '#name-error'))).to.equal('Vui lòng nhập họ và tên.');
    expect(text($(el, '#phone-error'))).to.include('Số điện thoại chưa đúng');
    expect(text($(el, '#body-error'))).to.equal('Nội dung câu hỏi cần ít nhất 30 ký tự.');
    expect(text($(el, '#consent-error'))).to.include('Cần đồng ý');
    expect(text($(el, '#field-error'))).to.equal('Vui lòng chọn lĩnh vực.');
    const summary = $(el, '#summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary)).to.match(/^Có \d+ mục cần sửa/);
    await expect(el).to.be.accessible();
    // Fixing a field removes its message.
    fill(el, 'name', 'Trần Văn Bình');
    await el.updateComplete;
    expect($(el, '#name-error')).to.equal(null);
    expect(name.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks for an email or a phone when neither is given', async () => {
    const el = await askBox();
    fillDraft(el, { ...validDraft('no contact'), email: '', phone: '' });
    submit(el).click();
    await until(el, () => $(el, '#contact-error'), 'contact error');
    expect(active(el)?.id).to.equal('email');
    expect($(el, '#email')!.getAttribute('aria-describedby')).to.include('contact-error');
  });

  it('shows the server’s own per-field messages next to the field', async () => {
    const el = await askBox();
    // Passes the browser's pragmatic check; the server's full email rule refuses the double dot.
    fillDraft(el, { ...validDraft('server check'), email: 'lan..nguyen@example.com', phone: '' });
    submit(el).click();
    await until(el, () => $(el, '#email-error'), 'server email error', 25_000);
    expect(active(el)?.id).to.equal('email');
    expect(text($(el, '#summary'))).to.include('Máy chủ chưa nhận câu hỏi');
    expect(localStorage.getItem(DRAFT_KEY)).to.include('lan..nguyen@example.com');
    expect(text(submit(el))).to.equal('Gửi lại');
  });

  it('sends a valid question once, shows the tracking code to copy, and looks up its status, accessibly', async () => {
    const el = await askBox();
    fillDraft(el, validDraft('gửi thành công'));
    fill(el, 'publish-name', true);
    const posts = countPosts();
    const sent = oneEvent(el, 'pbgdpl-question-sent');
    try {
      // A double click: the second click finds the button disabled and the send under way.
      submit(el).click();
      submit(el).click();
      await el.updateComplete;
      expect(submit(el).disabled).to.equal(true);
      expect(text($(el, '.busy'))).to.match(/Đang (gửi|xác minh)…/);
      await expect(el).to.be.accessible();
      const code = await sentCode(el);
      expect((await sent).detail).to.deep.equal({ trackingCode: code });
      expect(posts.calls).to.have.length(1);
    } finally {
      posts.restore();
    }
    const code = text($(el, '.code'));
    expect(code).to.match(/^HD-[2-9A-HJKMNP-Z]{8}$/);
    expect(active(el)?.id).to.equal('success-heading');
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect((await status(code)).status).to.equal('pending');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.success .primary')!.click();
    await until(el, () => $(el, '.tracking'), 'lookup result');
    expect(text($(el, '.tracking .badge'))).to.equal('Chưa trả lời');
    expect(text($(el, '[role="status"].visually-hidden'))).to.include('Chưa trả lời');
    await expect(el).to.be.accessible();
  });

  it('asks in English with lang="en": labels, messages and the consent texts of that language', async () => {
    const el = await mount(
      html`<pbgdpl-qa-box api=${api} no-url mode="ask" lang="en"></pbgdpl-qa-box>`,
      formReady,
    );
    expect(text($(el, 'label[for="name"]'))).to.match(/^Full name/);
    expect(text($(el, 'label[for="consent"]'))).to.include('I agree that the Department of Justice');
    submit(el).click();
    await until(el, () => $(el, '#name-error'), 'errors');
    expect(text($(el, '#name-error'))).to.equal('Please enter your full name.');
  });

  it('keeps the draft across a reload and restores it in a new element', async () => {
    const el = await askBox();
    fill(el, 'name', 'Phạm Thu Hương');
    fill(el, 'title', 'Một câu hỏi chưa gửi xong');
    await until(el, () => localStorage.getItem(DRAFT_KEY)?.includes('Phạm Thu Hương'), 'draft saved');
    el.remove();
    fixtureCleanup();
    const again = await askBox();
    expect($<HTMLInputElement>(again, '#name')!.value).to.equal('Phạm Thu Hương');
    expect($<HTMLInputElement>(again, '#title')!.value).to.equal('Một câu hỏi chưa gửi xong');
    // Consent is given afresh, on the text shown now.
    expect($<HTMLInputElement>(again, '#consent')!.checked).to.equal(false);
  });

  it('says why a send failed, keeps everything, and sends on retry with the same idempotency key', async () => {
    // The flaky route fails the first request of each path (503), then lets requests through.
    const el = await mount(html`<pbgdpl-qa-box api=${flakyApi} no-url mode="ask"></pbgdpl-qa-box>`, (node) =>
      $(node, '.consents'),
    );
    const draft = validDraft('thử lại');
    const posts = countPosts();
    try {
      if (!formReady(el)) $<HTMLButtonElement>(el, '.consents button')!.click();
      await until(el, () => formReady(el), 'consent texts after retry');
      fillDraft(el, draft);
      submit(el).click();
      await until(el, () => text($(el, '#summary')) !== '', 'failure message', 25_000);
      expect(text($(el, '#summary'))).to.include('503');
      expect(active(el)?.id).to.equal('summary');
      expect($<HTMLInputElement>(el, '#title')!.value).to.equal(draft.title);
      expect(localStorage.getItem(`pbgdpl-qa-draft:${flakyApi}`)).to.include(draft.title);
      submit(el).click();
      await sentCode(el);
      expect(posts.calls.length).to.be.greaterThanOrEqual(2);
      expect(new Set(posts.calls).size).to.equal(1);
    } finally {
      posts.restore();
      localStorage.removeItem(`pbgdpl-qa-draft:${flakyApi}`);
    }
  });

  it('when its form was already used (a second tab sent first), fetches a new one and sends, keeping the text', async () => {
    const original = window.fetch;
    const forms: QuestionForm[] = [];
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith('/questions/form')) forms.push((await response.clone().json()) as QuestionForm);
      return response;
    };
    try {
      const el = await askBox();
      const [form] = forms;
      // The other tab: the same form token sends another question first.
      await new Promise((resolve) => setTimeout(resolve, form!.minFillSeconds * 1000 + 250));
      const other = await original(`${api}/questions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          ...validDraft('tab khác'),
          consents: { version: form!.consentVersion, processAndAnswer: true, publishName: false },
          formToken: form!.formToken,
          proofOfWork: form!.challenge
            ? await solveChallenge(form!.challenge, new AbortController().signal)
            : undefined,
        }),
      });
      expect(other.status).to.equal(201);
      const draft = validDraft('biểu mẫu đã dùng');
      fillDraft(el, draft);
      submit(el).click();
      const code = await sentCode(el);
      expect(forms.length, 'a new form was fetched').to.be.greaterThanOrEqual(2);
      expect(forms[1]!.formToken).to.not.equal(form!.formToken);
      expect((await status(code)).title).to.equal(draft.title);
    } finally {
      window.fetch = original;
    }
  });

  it('works by keyboard alone, from the tab list to the sent question', async () => {
    const el = await mount(html`<pbgdpl-qa-box api=${api} no-url></pbgdpl-qa-box>`);
    $<HTMLElement>(el, '#tab-browse')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(el, () => formReady(el), 'ask tab');
    expect(active(el)?.id).to.equal('tab-ask');
    const draft = validDraft('bàn phím');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('name');
    await sendKeys({ type: draft.name });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: draft.email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' }); // skip the phone
    await sendKeys({ press: 'Tab' }); // skip the address
    expect(active(el)?.id).to.equal('field');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: draft.title });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: draft.body });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' }); // past the optional consent: the honeypot is not reachable
    expect(active(el)?.classList.contains('submit')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(await sentCode(el)).to.match(/^HD-/);
  });

  it('finds a question by tracking code, with the reason of a rejection, accessibly', async () => {
    const el = await mount(html`<pbgdpl-qa-box api=${api} no-url mode="ask"></pbgdpl-qa-box>`, formReady);
    $<HTMLElement>(el, '#tab-status')!.click();
    await until(el, () => $(el, '#code'), 'status tab');
    await expect(el).to.be.accessible();
    const input = $<HTMLInputElement>(el, '#code')!;
    input.value = 'abc';
    input.form!.requestSubmit();
    await until(el, () => $(el, '#code-error'), 'format error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // A code typed in lower case with a space is read as the same code.
    input.value = 'hd tnhdqa22';
    input.form!.requestSubmit();
    await until(el, () => $(el, '.tracking'), 'answered question');
    expect(text($(el, '.tracking .badge'))).to.equal('Đã trả lời');
    expect($(el, '.tracking .answer .note')).to.exist;
    await expect(el).to.be.accessible();
    // Seeded: HD-TNHDQA34 was rejected, HD-TNHDQA2Z is still waiting.
    input.value = 'HD-TNHDQA34';
    input.form!.requestSubmit();
    await until(el, () => text($(el, '.tracking .badge')) === 'Từ chối', 'rejected question');
    const rejected = await status('HD-TNHDQA34');
    expect(text($(el, '.tracking .facts'))).to.include(`Lý do ${rejected.rejectReason}`);
    expect($(el, '.tracking .answer')).to.equal(null);
    // Answered but not yet published (HD-TNHDQA2Y): no answer to read yet, and it says so.
    input.value = 'HD-TNHDQA2Y';
    input.form!.requestSubmit();
    await until(el, () => text($(el, '.tracking .badge')) === 'Đã trả lời', 'unpublished answer');
    expect($(el, '.tracking .answer')).to.equal(null);
    expect(text($(el, '.tracking .hint'))).to.include('chờ đăng');
    input.value = 'HD-TNHDQA2Z';
    input.form!.requestSubmit();
    await until(el, () => text($(el, '.tracking .badge')) === 'Chưa trả lời', 'pending question');
    input.value = 'HD-ZZZZZZZZ';
    input.form!.requestSubmit();
    await until(el, () => $(el, '.state.error'), 'unknown code');
    expect(text($(el, '.state.error'))).to.include('Không tìm thấy');
  });
});
