import { css, html, nothing, type LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import type { Me, Site } from '@pbgdpl/contract';
import { ApiError, defineElement, toLang, type ApiClient, type Lang } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import { type AdminSection, maySee, type SectionContext } from './context.ts';
import { consoleClient } from './console-client.ts';
import { mediaUploader } from './media-upload.ts';
import { failureMessage } from './entity-form.ts';
import { formatDateTime } from './labels.ts';
import { href, parseHash, type Route } from './router.ts';
import { PASSWORD_ROUTE, passwordPage } from './sections/accounts.ts';
import { sections } from './sections/index.ts';
import { session } from './session.ts';
import './sign-in.ts';
import type { SignInRefusal } from './sign-in.ts';

/**
 * The editor console at `/admin/`: sign-in with e-mail and password (or an access token), then a
 * header with the site's name, who is signed in and the sections their role may use, and the
 * current view in `<main>`. Views are
 * chosen by the URL fragment; each section (see `sections/index.ts`) renders its own.
 *
 * @summary Editor console (Ban Biên tập): documents, banners, and the sections to come.
 */
export class PbgdplAdmin extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      :host {
        min-height: 100vh;
        background: var(--_color-surface);
      }
      .skip {
        position: absolute;
        left: 0.5em;
        top: -10em;
        z-index: 1;
        background: var(--_color-surface);
        color: var(--_color-primary);
      }
      .skip:focus {
        top: 0.5em;
      }
      header {
        background: var(--_color-primary);
        color: var(--_color-on-primary);
        padding: 0.75em 1.25em;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        align-items: center;
        justify-content: space-between;
      }
      header .brand {
        font-weight: 700;
        font-size: 1.1em;
        margin: 0;
      }
      header .brand span {
        display: block;
        font-weight: normal;
        font-size: 0.85em;
      }
      header a,
      header button {
        color: var(--_color-on-primary);
      }
      header button {
        background: transparent;
        border-color: var(--_color-on-primary);
      }
      header :focus-visible {
        outline-color: var(--_color-on-primary);
      }
      .user {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: center;
      }
      nav ul {
        display: flex;
        gap: 0.25em;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        display: block;
        padding: 0.35em 0.75em;
        border-radius: var(--_radius);
        text-decoration: none;
        font-weight: 600;
      }
      nav a[aria-current='page'] {
        background: var(--_color-on-primary);
        color: var(--_color-primary);
      }
      main {
        padding: 1.25em;
        max-width: 80em;
      }
      main:focus {
        outline: none;
      }
    `,
  ];

  @state() private me: Me | undefined;
  @state() private site: Site | undefined;
  @state() private adminApi: ApiClient | undefined;
  @state() private route: Route = parseHash(location.hash);
  @state() private checking = false;
  @state() private signInMessage = '';
  @state() private status = '';
  #focusView = false;
  /** Bumped on sign-out: a sign-in still in flight then changes nothing. */
  #generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    const lang = toLang(session.lang());
    if (lang) this.#applyLang(lang);
    window.addEventListener('hashchange', this.#onHashChange);
    const token = session.token();
    if (this.me) return;
    if (token) void this.#resumeToken(token);
    else if (this.route.section !== PASSWORD_ROUTE) void this.#restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  #onHashChange = () => {
    this.route = parseHash(location.hash);
    this.status = '';
    this.#focusView = true;
  };

  #applyLang(lang: Lang): void {
    document.documentElement.lang = lang;
    this.setAttribute('lang', lang);
  }

  #toggleLang(): void {
    const next: Lang = this.language === 'vi' ? 'en' : 'vi';
    session.saveLang(next);
    this.#applyLang(next);
  }

  #client(token?: string): ApiClient {
    return consoleClient({
      api: this.config.api,
      token,
      lang: () => this.language,
      onUnauthorized: () => this.#expired(),
    });
  }

  /** Signed in: the views open with this client and this person. */
  #start(api: ApiClient, me: Me): void {
    this.adminApi = api;
    this.me = me;
    this.signInMessage = '';
    this.#focusView = true;
    void api.send('site', {}).then(
      (site) => (this.site = site),
      () => undefined,
    );
  }

  /** A session cookie from an earlier visit: signed in again without a word if it is still good. */
  async #restore(): Promise<void> {
    this.checking = true;
    const generation = this.#generation;
    const api = this.#client();
    try {
      const me = await api.send('me', {});
      if (generation === this.#generation) this.#start(api, me);
    } catch {
      // No session (401) or no server: the sign-in form says the rest when it is used.
    } finally {
      this.checking = false;
    }
  }

  /** E-mail and password: the server sets the session cookie. */
  #signInWithPassword = async (email: string, password: string): Promise<SignInRefusal | undefined> => {
    const generation = this.#generation;
    const api = this.#client();
    try {
      const me = await api.send('signIn', { body: { email, password } });
      if (generation === this.#generation) this.#start(api, me);
      return undefined;
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.errors).length > 0) return error.errors;
      if (error instanceof ApiError && error.status === 429 && error.retryAfter) {
        const time = formatDateTime(new Date(Date.now() + error.retryAfter * 1000), this.language);
        return this.t('signIn.lockedUntil', { detail: failureMessage(this.t, error), time });
      }
      return failureMessage(this.t, error);
    }
  };

  /** Checks an access token with GET /admin/me; answers with an error message or nothing. */
  #signInWithToken = async (token: string): Promise<string | undefined> => {
    const generation = this.#generation;
    const api = this.#client(token);
    try {
      const me = await api.send('me', {});
      if (generation !== this.#generation) return undefined;
      session.save(token);
      this.#start(api, me);
      return undefined;
    } catch (error) {
      session.clear();
      if (error instanceof ApiError && (error.status === 401 || error.status === 403))
        return this.t('signIn.wrong');
      return failureMessage(this.t, error);
    }
  };

  /** A token kept in this tab from before the reload. */
  async #resumeToken(token: string): Promise<void> {
    this.checking = true;
    await this.#signInWithToken(token);
    this.checking = false;
  }

  /** A password chosen from a one-time link signs its person in; the link leaves the address bar. */
  #passwordChosen = (me: Me): void => {
    this.#generation++;
    session.clear();
    history.replaceState(history.state, '', '#/');
    this.route = parseHash('#/');
    this.#start(this.#client(), me);
  };

  /** A 401 from any request: back to sign-in, drafts stay in sessionStorage. */
  #expired(): void {
    if (!this.me) return;
    this.#generation++;
    session.clear();
    this.me = undefined;
    this.adminApi = undefined;
    this.signInMessage = this.t('signIn.expired');
    this.#focusView = true;
  }

  /** A person's session is ended on the server; a token is only forgotten by this tab. */
  async #signOut(): Promise<void> {
    if (this.me?.kind === 'user' && this.adminApi) {
      try {
        await this.adminApi.send('signOut', {});
      } catch (error) {
        // Still signed in on the server: say so rather than pretend.
        this.#announce(this.t('app.signOutFailed', { reason: failureMessage(this.t, error) }));
        return;
      }
    }
    this.#generation++;
    session.clear();
    this.me = undefined;
    this.adminApi = undefined;
    this.signInMessage = this.t('signIn.signedOut');
    this.#focusView = true;
  }

  #announce = (message: string) => {
    // Emptied first so the same message is announced again.
    this.status = '';
    requestAnimationFrame(() => (this.status = message));
  };

  #currentSection(): AdminSection | undefined {
    const visible = this.#visibleSections();
    return visible.find((section) => section.id === this.route.section) ?? visible[0];
  }

  #visibleSections(): AdminSection[] {
    const me = this.me;
    return me ? sections.filter((section) => maySee(me, section)) : [];
  }

  #context(api: ApiClient, me: Me): SectionContext {
    return {
      api,
      me,
      site: this.site,
      navigate: (target) => {
        location.hash = target;
      },
      replace: (target) => {
        history.replaceState(history.state, '', target);
        this.route = parseHash(target);
      },
      announce: this.#announce,
      upload: mediaUploader({
        api: this.config.api,
        // A cookie session needs no header; a token sign-in sends its token, as the client does.
        headers: () => {
          const token = session.token();
          return { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Accept-Language': this.language };
        },
        failed: () => this.t('media.failed'),
      }),
    };
  }

  protected override async updated(): Promise<void> {
    const section = this.me ? this.#currentSection() : undefined;
    document.title = `${section ? `${section.label(this.t)} — ` : ''}${this.t('app.title')}`;
    if (!this.#focusView) return;
    this.#focusView = false;
    const view = this.renderRoot.querySelector('main')?.firstElementChild as
      | (LitElement & { focusHeading?: () => Promise<void> })
      | null;
    // A view loaded as a chunk of its own (the accounts pages) is upgraded when it arrives.
    if (view && !customElements.get(view.localName)) await customElements.whenDefined(view.localName);
    await view?.updateComplete;
    await view?.focusHeading?.();
  }

  /** "Name (role, unit)" in the header. */
  #who(me: Me): string {
    const role = this.t(`role.${me.role}`);
    const unit = me.unitId && (this.site?.units.find((u) => u.id === me.unitId)?.name ?? me.unitId);
    return unit
      ? this.t('app.signedInAsOf', { name: me.name, role, unit })
      : this.t('app.signedInAs', { name: me.name, role });
  }

  /** A button, not a `#main` link: the fragment names views, and the target is in our shadow root. */
  #skip(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  protected override render() {
    const { t } = this;
    const me = this.me;
    const section = me ? this.#currentSection() : undefined;
    const otherLang = this.language === 'vi' ? 'en' : 'vi';
    return html`
      <button type="button" class="skip" @click=${() => this.#skip()}>${t('app.skip')}</button>
      <header>
        <p class="brand">
          ${this.site?.name ?? t('app.siteName')}
          <span>${t('app.title')}</span>
        </p>
        ${me
          ? html`<nav aria-label=${t('nav.label')}>
              <ul>
                ${this.#visibleSections().map(
                  (s) =>
                    html`<li>
                      <a href=${href(s.id)} aria-current=${s === section ? 'page' : 'false'}>${s.label(t)}</a>
                    </li>`,
                )}
              </ul>
            </nav>`
          : nothing}
        <div class="user">
          ${me ? html`<span>${this.#who(me)}</span>` : nothing}
          <button type="button" lang=${otherLang} @click=${() => this.#toggleLang()}>
            ${t(`app.switchTo.${otherLang}`)}
          </button>
          ${me
            ? html`<button type="button" @click=${() => void this.#signOut()}>${t('app.signOut')}</button>`
            : nothing}
        </div>
      </header>
      <main id="main" tabindex="-1">
        ${this.route.section === PASSWORD_ROUTE
          ? passwordPage(this.route.path[0] ?? '', this.#client(), this.#passwordChosen)
          : me && section && this.adminApi
            ? section.render(
                this.route.path.length && this.route.section === section.id ? this.route.path : [],
                this.#context(this.adminApi, me),
              )
            : this.checking
              ? html`<p role="status">${t('signIn.checking')}</p>`
              : html`<pbgdpl-admin-sign-in
                  .signIn=${this.#signInWithPassword}
                  .verify=${this.#signInWithToken}
                  .message=${this.signInMessage}
                ></pbgdpl-admin-sign-in>`}
      </main>
      <div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>
    `;
  }
}

defineElement('pbgdpl-admin', PbgdplAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin': PbgdplAdmin;
  }
}
