import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Banner, MediaPage } from '@pbgdpl/contract';
import type { PbgdplAdminMediaEdit } from '../src/media/media-edit.ts';
import type { PbgdplAdminMediaLibrary } from '../src/media/media-library.ts';
import type { PbgdplAdminUploadQueue } from '../src/media/upload-queue.ts';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import type { PbgdplAdminMediaPicker } from '../src/media-picker.ts';
import {
  $,
  ADMIN_TOKEN,
  api,
  button,
  go,
  mountConsole,
  pickFromLibrary,
  pngBytes,
  root,
  signedIn,
  type,
  unique,
} from './helpers.ts';
import { ready, textbox, tool } from './rich-text-support.ts';

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** The console's polite live region. */
const liveRegion = (app: Element) => root(app).querySelector('[role=status][aria-live=polite]')!;

/** The console signed in, on a new document's form, its rich-text editor ready. */
async function documentEditor() {
  const app = await mountConsole();
  await signedIn(app);
  const form = await go<HTMLElement>(app, '#/documents/new', 'pbgdpl-admin-document-form');
  await waitUntil(() => root(form).querySelector('pbgdpl-rich-text'), 'no editor', { timeout: 10000 });
  const editor = root(form).querySelector<PbgdplRichText>('pbgdpl-rich-text')!;
  await ready(editor);
  return { app, editor };
}

describe('media library page', function () {
  // Uploads (one of 11 MB), image variants made by the server and the editor's chunk, on a shared machine.
  this.timeout(60_000);

  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('takes several dropped files with progress each, says what happened, searches, edits and refuses a delete in use', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const page = await go<PbgdplAdminMediaLibrary>(app, '#/media', 'pbgdpl-admin-media-library');
    await waitUntil(() => root(page).querySelector('tbody tr'), 'the demo library is not listed', {
      timeout: 10000,
    });
    await expect(page).to.be.accessible();

    // A real drop of two files: a picture and a script pretending to be one.
    const queue = $<PbgdplAdminUploadQueue>(page, 'pbgdpl-admin-upload-queue');
    await queue.updateComplete;
    const title = unique('Ảnh hội nghị ');
    const transfer = new DataTransfer();
    transfer.items.add(new File([await pngBytes(900, 600)], `${title}.png`, { type: 'image/png' }));
    transfer.items.add(new File(['#!/bin/sh\necho hi\n'], 'kich-ban.png', { type: 'image/png' }));
    const zone = $(queue, '.drop');
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => root(queue).querySelectorAll('li progress').length === 2, 'no progress per file', {
      timeout: 10000,
    });
    await waitUntil(
      () => /Xong 1\/2 tệp/.test(liveRegion(app).textContent ?? ''),
      'the summary is not announced',
      { timeout: 15000 },
    );
    const rows = [...root(queue).querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(rows[0]).to.include('Đã tải lên');
    expect(rows[1]).to.match(/Định dạng không được hỗ trợ/);
    expect(() => button(queue, /^Thử lại/)).not.to.throw();
    await expect(queue).to.be.accessible();

    // Search by words without marks finds the new picture, with its thumbnail.
    type($<HTMLInputElement>(page, '#q'), title.replace('Ảnh hội nghị', 'anh hoi nghi'));
    $<HTMLButtonElement>(page, 'form[role=search] button[type=submit]').click();
    await waitUntil(() => root(page).querySelectorAll('tbody tr').length === 1, 'search did not narrow', {
      timeout: 10000,
    });
    expect($<HTMLImageElement>(page, 'tbody img').getAttribute('src')).to.match(
      /^\/media\/\d+\/[0-9a-f]+\.webp$/,
    );

    const found = (await (
      await fetch(`${api}/admin/media?q=${encodeURIComponent(title)}`, { headers: admin })
    ).json()) as MediaPage;
    const item = found.items[0]!;

    // Its details: a description, then saved with the version loaded.
    const edit = await go<PbgdplAdminMediaEdit>(app, `#/media/${item.id}`, 'pbgdpl-admin-media-edit');
    await waitUntil(() => root(edit).querySelector('#f-alt'), 'the form did not load', { timeout: 10000 });
    type($<HTMLInputElement>(edit, '#f-alt'), 'Quang cảnh hội nghị');
    $<HTMLButtonElement>(edit, 'form button[type=submit]').click();
    await waitUntil(() => root(edit).querySelector('.ok'), 'not saved', { timeout: 10000 });
    await expect(edit).to.be.accessible();

    // A banner uses it: the delete is refused and the banner named.
    const bannerTitle = unique('Banner dùng ảnh ');
    const created = await fetch(`${api}/admin/banners`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: bannerTitle,
        alt: 'Ảnh',
        href: 'https://pbgdpl.tayninh.gov.vn/',
        image: { url: item.url, width: 900, height: 600 },
        placement: 'sidebar',
      }),
    });
    const banner = (await created.json()) as Banner;
    await edit.updateComplete;
    button(edit, 'Xóa').click();
    const confirm = root(edit).querySelector('pbgdpl-admin-confirm')!;
    await waitUntil(() => root(confirm).querySelector('dialog[open]'), 'not asked', { timeout: 10000 });
    root(confirm).querySelector<HTMLButtonElement>('dialog button:not(.cancel)')!.click();
    await waitUntil(() => root(edit).querySelector('[role=alert] li'), 'the users are not listed', {
      timeout: 10000,
    });
    expect(root(edit).querySelector('[role=alert]')!.textContent).to.include(
      `Banner ${banner.id}: ${bannerTitle}`,
    );
    expect((await fetch(`${api}/admin/media/${item.id}`, { headers: admin })).status).to.equal(200);
  });

  it('shows the library as a grid of thumbnails with name, kind and size, by keyboard, and remembers the choice', async () => {
    const app = await mountConsole();
    await signedIn(app);
    let page = await go<PbgdplAdminMediaLibrary>(app, '#/media', 'pbgdpl-admin-media-library');
    await waitUntil(() => root(page).querySelector('tbody tr'), 'the list is not shown', { timeout: 10000 });
    const list = button(page, 'Danh sách');
    expect(list.getAttribute('aria-pressed')).to.equal('true');
    // By keyboard: from the list's button to the grid's, and Enter.
    list.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(page).activeElement?.textContent?.trim()).to.equal('Lưới ảnh');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(page).querySelector('ul.grid li'), 'no grid', { timeout: 10000 });
    expect(root(page).querySelector('table')).to.equal(null);
    expect(button(page, 'Lưới ảnh').getAttribute('aria-pressed')).to.equal('true');

    const { items } = (await (
      await fetch(`${api}/admin/media?pageSize=24`, { headers: admin })
    ).json()) as MediaPage;
    const cards = [...root(page).querySelectorAll<HTMLLIElement>('ul.grid > li')];
    expect(cards).to.have.length(items.length);
    const imageAt = items.findIndex((item) => item.kind === 'image' && item.variants.length > 0);
    const image = items[imageAt]!;
    const card = cards[imageAt]!;
    const img = card.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(image.variants[0]!.url);
    expect(img.getAttribute('srcset')).to.equal(image.variants.map((v) => `${v.url} ${v.width}w`).join(', '));
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the thumbnail does not load', {
      timeout: 10000,
    });
    expect(card.textContent).to.include(image.title).and.include(image.name).and.include('Ảnh');
    expect(card.textContent).to.match(/\d+(,\d+)? (B|KB|MB)/);
    const other = cards[items.findIndex((item) => item.kind !== 'image')];
    expect(other?.querySelector('.no-preview')?.textContent).to.match(/^\.[A-Z0-9]+$/);
    expect(root(page).querySelector('ul.grid')!.getAttribute('aria-label')).to.match(/^\d+ tệp$/);
    await expect(page).to.be.accessible();

    // Elsewhere and back, even in a new console: still the grid.
    await go(app, '#/documents', 'pbgdpl-admin-documents');
    page = await go<PbgdplAdminMediaLibrary>(app, '#/media', 'pbgdpl-admin-media-library');
    await waitUntil(() => root(page).querySelector('ul.grid li'), 'the grid is not remembered', {
      timeout: 10000,
    });
    button(page, 'Danh sách').click();
    await waitUntil(() => root(page).querySelector('tbody tr'), 'back to the list', { timeout: 10000 });
    expect(localStorage.getItem('pbgdpl-admin-media-view')).to.equal('list');
  });

  it('the document form’s editor inserts a library image only with its description, as the server keeps it', async () => {
    const { editor } = await documentEditor();
    tool(editor, 'figure').click();
    await waitUntil(() => root(editor).querySelector('pbgdpl-admin-library-image'), 'no library dialog', {
      timeout: 10000,
    });
    const dialog = root(editor).querySelector('pbgdpl-admin-library-image')!;
    await customElements.whenDefined('pbgdpl-admin-library-image');
    await waitUntil(() => root(dialog).querySelector('dialog[open]'), 'the dialog is not open', {
      timeout: 10000,
    });
    await expect(dialog).to.be.accessible();

    // Without an image, and then without a description, nothing is inserted.
    const insert = button(dialog, 'Chèn ảnh');
    insert.click();
    await waitUntil(() => root(dialog).querySelector('#image-error'), 'no image asked for', {
      timeout: 10000,
    });
    const picker = root(dialog).querySelector<PbgdplAdminMediaPicker>('pbgdpl-admin-media-picker')!;
    const src = await pickFromLibrary(picker);
    type($<HTMLInputElement>(dialog, '#alt'), '');
    insert.click();
    await waitUntil(() => root(dialog).querySelector('#alt-error'), 'no description asked for', {
      timeout: 10000,
    });
    expect(editor.value).not.to.include('<img');
    type($<HTMLInputElement>(dialog, '#alt'), 'Hội nghị triển khai luật');
    type($<HTMLInputElement>(dialog, '#caption'), 'Ảnh: Sở Tư pháp');
    insert.click();
    await waitUntil(() => editor.value.includes('<figure'), 'no figure', { timeout: 10000 });
    expect(editor.value).to.include(`<img src="${src}" alt="Hội nghị triển khai luật">`);

    // The server keeps the figure as the editor wrote it.
    const number = `${Math.floor(Math.random() * 900) + 100}/2026/QĐ-UBND`;
    const saved = await fetch(`${api}/admin/documents`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        number,
        title: unique('Quyết định có ảnh '),
        type: 'quyet-dinh',
        issuerId: 'tay-ninh',
        issuedOn: '2026-01-15',
        status: 'in-force',
        fields: ['tu-phap'],
        body: editor.value,
      }),
    });
    expect(saved.status).to.equal(201);
    const stored = (await (
      await fetch(saved.headers.get('Location')!.replace(/^\/api\/v1/, api), { headers: admin })
    ).json()) as { body: string };
    expect(stored.body).to.include(`<figure><img src="${src}" alt="Hội nghị triển khai luật" />`);
    expect(stored.body).to.include('<figcaption>Ảnh: Sở Tư pháp</figcaption>');
  });

  it('the editor takes a pasted picture into the library and inserts it as a figure; a dropped one too big or not a picture is refused in Vietnamese', async () => {
    const { app, editor } = await documentEditor();
    textbox(editor).focus();

    // A real paste event carrying a PNG drawn by the browser, as a screenshot pastes.
    const title = unique('Ảnh chụp màn hình ');
    const pasted = new DataTransfer();
    pasted.items.add(new File([await pngBytes(900, 600)], `${title}.png`, { type: 'image/png' }));
    const paste = new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true });
    textbox(editor).dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(true);
    await waitUntil(() => root(editor).querySelector('pbgdpl-admin-library-image'), 'no library dialog', {
      timeout: 10000,
    });
    const dialog = root(editor).querySelector('pbgdpl-admin-library-image')!;
    await waitUntil(() => root(dialog).querySelector('dialog[open]'), 'the dialog is not open', {
      timeout: 10000,
    });
    const picker = root(dialog).querySelector<PbgdplAdminMediaPicker>('pbgdpl-admin-media-picker')!;
    await waitUntil(() => /^\/media\/\d+\/[0-9a-f]{32}\.png$/.test(picker.value), 'not uploaded', {
      timeout: 10000,
    });
    expect(liveRegion(app).textContent).to.include(`Đã tải lên ${title}.png`);
    await expect(dialog).to.be.accessible();
    type($<HTMLInputElement>(dialog, '#alt'), 'Màn hình tra cứu văn bản');
    button(dialog, 'Chèn ảnh').click();
    await waitUntil(() => editor.value.includes('<figure'), 'no figure', { timeout: 10000 });
    expect(editor.value).to.include(`<img src="${picker.value}" alt="Màn hình tra cứu văn bản">`);
    // The library has it with its smaller copies, which the widgets give as srcset.
    const found = (await (
      await fetch(`${api}/admin/media?q=${encodeURIComponent(title)}`, { headers: admin })
    ).json()) as MediaPage;
    expect(found.items.map((item) => item.url)).to.deep.equal([picker.value]);
    expect(found.items[0]!.variants.map((v) => v.width)).to.deep.equal([320, 640]);

    // Dropped files the library refuses: the server's reason, in Vietnamese; nothing inserted.
    const drop = async (file: File) => {
      const data = new DataTransfer();
      data.items.add(file);
      textbox(editor).dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      await waitUntil(() => root(dialog).querySelector('dialog[open]'), 'the dialog is not open', {
        timeout: 10000,
      });
      await waitUntil(() => root(picker).querySelector('[role=alert]'), `${file.name}: no reason given`, {
        timeout: 15000,
      });
      const reason = root(picker).querySelector('[role=alert]')!.textContent ?? '';
      button(dialog, 'Hủy').click();
      await waitUntil(() => !root(dialog).querySelector('dialog[open]'), 'the dialog stays open', {
        timeout: 10000,
      });
      return reason;
    };
    const big = new File([await pngBytes(40, 40), new Uint8Array(11 * 1024 * 1024)], 'anh-lon.png', {
      type: 'image/png',
    });
    expect(await drop(big)).to.include('Tệp quá lớn (tối đa 10 MB)');
    const script = new File(['#!/bin/sh\necho hi\n'], 'kich-ban.png', { type: 'image/png' });
    expect(await drop(script)).to.include('Định dạng không được hỗ trợ');
    expect(editor.value.match(/<figure/g)).to.have.length(1);
  });
});
