import { expect, fixture, html } from '@open-wc/testing';
import {
  defineElement,
  formatDate,
  formatNumber,
  loaderSettings,
  resolveConfig,
  resolveLang,
} from '../src/index.ts';
import { localesReady, registerLocales, translator } from '../src/i18n.ts';
import { parseUntrustedHtml, sanitizeHtml } from '../src/sanitize.ts';
import '../src/provider.ts';

describe('format', () => {
  it('writes dates as dd/mm/yyyy in Vietnam time, in both languages', () => {
    expect(formatDate('2025-07-01')).to.equal('01/07/2025');
    expect(formatDate('2025-06-30T18:30:00Z')).to.equal('01/07/2025');
    expect(formatDate('2025-07-01', 'en')).to.equal('01/07/2025');
    expect(formatDate('not a date')).to.equal('');
  });
  it('groups thousands with dots in Vietnamese', () => {
    expect(formatNumber(1234567)).to.equal('1.234.567');
    expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
  });
});

describe('sanitizeHtml', () => {
  it('keeps the markup legal text needs', () => {
    const clean = sanitizeHtml(
      '<h2>Điều 1</h2><p><strong>Phạm vi</strong></p><table><tr><td colspan="2">Ô</td></tr></table>',
    );
    expect(clean).to.contain('<h2>Điều 1</h2>').and.contain('<strong>').and.contain('colspan="2"');
  });
  it('removes scripts, handlers, styles, forms and frames', () => {
    const clean = sanitizeHtml(
      '<p style="color:red" onclick="alert(1)">a</p><script>alert(1)</script><img src=x onerror=alert(1)><iframe src="//x"></iframe><form><input></form><svg onload=alert(1)></svg>',
    );
    expect(clean).to.equal('<p>a</p>');
  });
  it('allows only web, mail and phone links, opened safely', () => {
    const clean = sanitizeHtml(
      '<a href="javascript:alert(1)">x</a><a href="https://vbpl.vn/">y</a><a href="tel:0276">z</a>',
    );
    expect(clean).to.contain('<a>x</a>');
    expect(clean).to.contain('href="https://vbpl.vn/"').and.contain('rel="noopener noreferrer"');
    expect(clean).to.contain('href="tel:0276"');
  });
  it('keeps header and merged cells, figures from the media library, footnotes, sub and sup', () => {
    const html =
      '<table><thead><tr><th scope="col" colspan="2">Nội dung</th></tr></thead><tbody><tr><td rowspan="2">1</td></tr></tbody></table>' +
      '<figure><img src="/media/anh/a.jpg" alt="Hội nghị"><figcaption>Ảnh</figcaption></figure>' +
      '<p>m<sup>2</sup>H<sub>2</sub>O<sup><a href="#fn-1" id="fnref-1">1</a></sup></p><blockquote><p>Trích</p></blockquote>';
    expect(sanitizeHtml(html)).to.equal(html);
  });
  it('drops attributes where they mean nothing, ids that are not footnotes, and images from elsewhere', () => {
    expect(sanitizeHtml('<p colspan="2" id="x" lang="vi">a</p><a id="top" href="#fn-1">b</a>')).to.equal(
      '<p lang="vi">a</p><a href="#fn-1">b</a>',
    );
    for (const src of ['https://evil.example/p.gif', 'data:image/png;base64,AAAA', 'x', '/media/../admin/'])
      expect(sanitizeHtml(`<p>a<img src="${src}" alt="b">c</p>`), src).to.equal('<p>ac</p>');
    expect(
      sanitizeHtml('<img src="/media/a.png" alt="A">', { base: 'https://api.example.vn/api/v1' }),
    ).to.equal('<img src="https://api.example.vn/media/a.png" alt="A">');
  });
  it('parses untrusted HTML inert for a program to read, keeping only the attributes asked for', () => {
    const body = parseUntrustedHtml(
      '<h1 class="x">T</h1><p data-office-style="mso-list:l0" onclick="alert(1)">a<img src=x onerror="window.__pwned=1"></p><script>window.__pwned=1</script>',
      ['data-office-style'],
      ['h1'],
    );
    expect(body.ownerDocument).to.not.equal(document);
    expect(body.innerHTML).to.equal('<h1>T</h1><p data-office-style="mso-list:l0">a</p>');
  });
  it('points server paths at the API server when given its address', () => {
    const body = '<a href="/media/documents/a.pdf">a</a><a href="#dieu-2">b</a>';
    const clean = sanitizeHtml(body, { base: 'https://api.example.vn/api/v1' });
    expect(clean).to.contain('href="https://api.example.vn/media/documents/a.pdf"');
    expect(clean).to.contain('href="#dieu-2"');
    // The base belongs to that call only.
    expect(sanitizeHtml(body)).to.contain('href="/media/documents/a.pdf"');
  });
});

describe('defineElement', () => {
  it('ignores a second registration and warns once when versions differ', () => {
    class First extends HTMLElement {
      static version = '1.0.0';
    }
    class Second extends HTMLElement {
      static version = '2.0.0';
    }
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('pbgdpl-test-define', First);
      defineElement('pbgdpl-test-define', Second);
      defineElement('pbgdpl-test-define', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('pbgdpl-test-define')).to.equal(First);
    expect(warnings).to.have.length(1);
  });
});

describe('configuration', () => {
  afterEach(() => {
    const settings = loaderSettings();
    delete settings.api;
    delete settings.lang;
  });

  it('prefers the attribute, then the provider, then the loader, then same origin', () => {
    expect(resolveConfig({}, undefined).api).to.equal(`${location.origin}/api/v1`);
    loaderSettings().api = 'https://loader.example/api/v1';
    expect(resolveConfig({}, undefined).api).to.equal('https://loader.example/api/v1');
    expect(resolveConfig({}, { api: 'https://provider.example/api/v1' }).api).to.equal(
      'https://provider.example/api/v1',
    );
    expect(
      resolveConfig({ api: 'https://own.example/api/v1/' }, { api: 'https://provider.example/api/v1' }).api,
    ).to.equal('https://own.example/api/v1');
  });

  it('takes the language from the nearest lang, then the loader, then the document', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <section lang="en"><p id="en"></p></section>
        <p id="plain"></p>
      </div>`,
    );
    expect(resolveLang(root.querySelector('#en')!)).to.equal('en');
    expect(resolveLang(root.querySelector('#plain')!)).to.equal('vi');
    expect(resolveLang(root.querySelector('#plain')!, 'en-GB')).to.equal('en');
    expect(resolveLang(root.querySelector('#plain')!, 'fr')).to.equal('vi');
  });

  it('a provider shares its settings with the widgets inside', async () => {
    const provider = await fixture(
      html`<pbgdpl-provider api="https://p.example/api/v1" unit="so-tu-phap"></pbgdpl-provider>`,
    );
    expect(getComputedStyle(provider).display).to.equal('contents');
  });
});

describe('messages', () => {
  it('imports a language only when asked, then translates in it; Vietnamese is always there', async () => {
    let imported = 0;
    registerLocales('test-lazy', {
      vi: { greeting: 'Xin chào' },
      en: () => {
        imported++;
        return Promise.resolve({ default: { greeting: 'Hello' } });
      },
    });
    expect(translator('vi', 'test-lazy')('greeting')).to.equal('Xin chào');
    expect(imported).to.equal(0);
    const ready = localesReady('en');
    expect(ready).to.be.instanceOf(Promise);
    await ready;
    expect(imported).to.equal(1);
    expect(localesReady('en')).to.equal(undefined);
    expect(translator('en', 'test-lazy')('greeting')).to.equal('Hello');
  });

  it('falls back to Vietnamese when a language cannot be loaded', async () => {
    registerLocales('test-broken', {
      vi: { greeting: 'Xin chào' },
      en: () => Promise.reject(new Error('chunk unreachable')),
    });
    await localesReady('en');
    expect(localesReady('en')).to.equal(undefined);
    expect(translator('en', 'test-broken')('greeting')).to.equal('Xin chào');
  });
});
