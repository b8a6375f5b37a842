import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Page } from '@pbgdpl/contract';
import { AdminElement } from './admin-element.ts';
import './confirm-dialog.ts';
import type { PbgdplAdminConfirm } from './confirm-dialog.ts';
import { isAdmin, type SectionContext } from './context.ts';
import { failureMessage } from './entity-form.ts';
import { type ListTable, renderListTable } from './list-table.ts';

type DeleteRoute =
  | 'adminBannerDelete'
  | 'adminDocumentDelete'
  | 'adminVideoDelete'
  | 'adminActivityDelete'
  | 'adminReporterDelete'
  | 'adminArticleDelete'
  | 'adminContestDelete'
  | 'adminContestQuestionDelete'
  | 'adminDialogueDelete';

/**
 * A list of the console: loads its current page when shown and on demand, pages, and deletes
 * a row after asking. Subclasses say how to fetch a page (with their filters) and render it
 * with `renderTable` and `renderRowActions`, including a `<pbgdpl-admin-confirm>`.
 */
export abstract class AdminList<T, P extends Page<T> = Page<T>> extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() protected page = 1;
  @state() protected data: P | undefined;
  @state() protected error = '';
  @state() protected loading = true;
  /** Words searched for, in lists that offer a search (`renderWordSearch`). */
  @state() protected q = '';
  @query('pbgdpl-admin-confirm') protected confirm!: PbgdplAdminConfirm;
  /** Only the newest request may fill the list: filters and pages change faster than answers come. */
  #generation = 0;

  /** The current page with the list's filters. */
  protected abstract fetchPage(): Promise<P>;

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: a list defined by a chunk that arrives later (the accounts pages)
    // gets the properties set before its upgrade (`ctx`) only then.
    void this.updateComplete.then(() => this.load());
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    const generation = ++this.#generation;
    try {
      const data = await this.fetchPage();
      if (generation === this.#generation) this.data = data;
    } catch (error) {
      if (generation === this.#generation) this.error = failureMessage(this.t, error);
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  protected goTo = (page: number): void => {
    this.page = page;
    void this.load();
  };

  /** The list's error, loading or empty state, or its table and pager. */
  protected renderTable(table: Pick<ListTable<T>, 'empty' | 'caption' | 'headers' | 'row'>): TemplateResult {
    const { t, data, loading, error, goTo } = this;
    return renderListTable({ t, data, loading, error, goTo, ...table });
  }

  /**
   * A row's last cell: edit, the list's own actions, and delete for admins only; each button
   * names its row for screen readers.
   */
  protected renderRowActions(
    row: { name: string; edit: string; remove: () => void },
    own: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const { t } = this;
    const name = html`<span class="visually-hidden"> ${row.name}</span>`;
    return html`<td>
      <div class="actions">
        <a class="button" href=${row.edit}>${t('form.edit')}${name}</a>
        ${own}
        ${isAdmin(this.ctx.me)
          ? html`<button type="button" class="danger" @click=${row.remove}>
              ${t('form.delete')}${name}
            </button>`
          : nothing}
      </div>
    </td>`;
  }

  /** A search box that sets `q` and reloads from the first page. */
  protected renderWordSearch(label: string, button = label): TemplateResult {
    return html`<form role="search" @submit=${this.#search}>
      <label for="q">${label}</label>
      <input id="q" name="q" type="search" .value=${this.q} />
      <button type="submit">${button}</button>
    </form>`;
  }

  #search = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.q = input.value.trim();
    this.page = 1;
    void this.load();
  };

  /**
   * Asks first, naming the item; then deletes the version shown in the list (someone else's
   * change made meanwhile is refused, not deleted), says so, reloads and puts focus back on the
   * heading.
   */
  protected async deleteAfterAsking(
    ask: { title: string; question: string },
    route: DeleteRoute,
    row: { id: number; version: number },
    done: string,
  ): Promise<void> {
    if (!(await this.confirm.ask(ask.title, ask.question, this.t('form.delete')))) return;
    try {
      await this.ctx.api.send(
        route,
        { params: { id: row.id } },
        { headers: { 'If-Match': `"${row.version}"` } },
      );
      this.ctx.announce(done);
      await this.load();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }
}
