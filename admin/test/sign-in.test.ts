import { expect, waitUntil } from '@open-wc/testing';
import { ADMIN_TOKEN, $, button, deepActive, mountConsole, root, signedIn, signIn, view } from './helpers.ts';

describe('<pbgdpl-admin> sign-in', () => {
  afterEach(() => {
    sessionStorage.clear();
    document.documentElement.lang = 'vi';
  });

  it('asks for the access token in a labelled password field, accessibly', async () => {
    const app = await mountConsole();
    await waitUntil(() => root(app).querySelector('pbgdpl-admin-sign-in'));
    const form = root(app).querySelector('pbgdpl-admin-sign-in')!;
    await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const input = $<HTMLInputElement>(form, '#token');
    expect(input.type).to.equal('password');
    expect($(form, 'label[for=token]').textContent).to.contain('Mã truy cập');
    expect(root(form).textContent).to.contain('pnpm cli tokens create');
    await expect(app).to.be.accessible();
  });

  it('shows an error for a wrong token and keeps nothing', async () => {
    const app = await mountConsole();
    await signIn(app, 'wrong-token-0123456789abcdefghij');
    const form = root(app).querySelector('pbgdpl-admin-sign-in')!;
    await waitUntil(() => root(form).querySelector('#token-error'), 'no error shown');
    expect($(form, '#token-error').textContent).to.contain('không đúng');
    expect($(form, '#token').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()?.id).to.equal('token');
    expect(sessionStorage.getItem('pbgdpl-admin-token')).to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('signs in with the right token: name, role, the documents table, token in sessionStorage only', async () => {
    const app = await mountConsole();
    const list = await signedIn(app);
    expect(sessionStorage.getItem('pbgdpl-admin-token')).to.equal(ADMIN_TOKEN);
    expect(localStorage.getItem('pbgdpl-admin-token')).to.equal(null);
    expect($(app, 'header').textContent).to.contain('Quản trị viên');
    await waitUntil(() => root(list).querySelector('table, p:not([role])'), 'list did not load');
    expect($(list, 'h1').textContent).to.equal('Văn bản');
    const nav = [...root(app).querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(nav).to.deep.equal([
      'Việc của tôi',
      'Hỏi đáp',
      'Đối thoại',
      'Văn bản',
      'Phản ánh, kiến nghị',
      'Banner',
      'Video',
      'Tin bài',
      'Thư viện tệp',
      'Cuộc thi',
      'Thống kê',
      'Người dùng',
      'Mã truy cập',
      'Chuyển câu hỏi',
      'Thư đi',
      'Nguồn đồng bộ',
      'Tài khoản',
    ]);
    expect($(app, 'nav a[aria-current=page]').textContent?.trim()).to.equal('Văn bản');
    await expect(app).to.be.accessible();
  });

  it('signs in again from sessionStorage after a reload, and signs out', async () => {
    const app = await mountConsole();
    await signedIn(app);
    app.remove();
    document.body.append(app);
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-documents', 'not signed in again');
    button(app, 'Đăng xuất').click();
    await waitUntil(() => root(app).querySelector('pbgdpl-admin-sign-in'), 'not signed out');
    expect(sessionStorage.getItem('pbgdpl-admin-token')).to.equal(null);
    app.remove();
  });

  it('switches to English and back', async () => {
    const app = await mountConsole();
    const list = await signedIn(app);
    button(app, 'English').click();
    await waitUntil(() => $(list, 'h1').textContent === 'Documents', 'not in English');
    expect(document.documentElement.lang).to.equal('en');
    button(app, 'Tiếng Việt').click();
    await waitUntil(() => $(list, 'h1').textContent === 'Văn bản', 'not back in Vietnamese');
  });

  it('moves focus to the new view heading after navigation', async () => {
    const app = await mountConsole();
    await signedIn(app);
    location.hash = '#/banners';
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-banners');
    await waitUntil(() => deepActive()?.localName === 'h1', 'heading not focused');
    expect(deepActive()?.textContent).to.equal('Banner');
    history.replaceState(null, '', location.pathname);
  });
});
