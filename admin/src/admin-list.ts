import { html, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Page } from '@pbgdpl/contract';
import { AdminElement } from './admin-element.ts';
import './confirm-dialog.ts';
import type { PbgdplAdminConfirm } from './confirm-dialog.ts';
import type { SectionContext } from './context.ts';
import { failureMessage } from './entity-form.ts';

/**
 * A list of the console: loads its current page when shown and on demand, pages, and deletes
 * a row after asking. Subclasses say how to fetch a page (with their filters) and render it
 * with `renderListTable`, including a `<pbgdpl-admin-confirm>`.
 */
export abstract class AdminList<T> extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() protected page = 1;
  @state() protected data: Page<T> | undefined;
  @state() protected error = '';
  @state() protected loading = true;
  /** Words searched for, in lists that offer a search (`renderWordSearch`). */
  @state() protected q = '';
  @query('pbgdpl-admin-confirm') protected confirm!: PbgdplAdminConfirm;

  /** The current page with the list's filters. */
  protected abstract fetchPage(): Promise<Page<T>>;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    try {
      this.data = await this.fetchPage();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    } finally {
      this.loading = false;
    }
  }

  protected goTo = (page: number): void => {
    this.page = page;
    void this.load();
  };

  /** A search box that sets `q` and reloads from the first page. */
  protected renderWordSearch(label: string): TemplateResult {
    return html`<form role="search" @submit=${this.#search}>
      <label for="q">${label}</label>
      <input id="q" name="q" type="search" .value=${this.q} />
      <button type="submit">${label}</button>
    </form>`;
  }

  #search = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.q = input.value.trim();
    this.page = 1;
    void this.load();
  };

  /** Asks first; then deletes, says so, reloads and puts focus back on the heading. */
  protected async deleteAfterAsking(
    ask: { title: string; question: string },
    remove: () => Promise<unknown>,
    done: string,
  ): Promise<void> {
    if (!(await this.confirm.ask(ask.title, ask.question, this.t('form.delete')))) return;
    try {
      await remove();
      this.ctx.announce(done);
      await this.load();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }
}
