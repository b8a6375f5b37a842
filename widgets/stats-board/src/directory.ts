import { html, nothing, type TemplateResult } from 'lit';
import type { Reporter, ReporterPage } from '@pbgdpl/contract';
import { REPORTER_ROLES } from '@pbgdpl/contract/values';
import { formatDate, formatNumber, type Lang, type Translate } from '@pbgdpl/core';

export const PAGE_SIZE = 10;

export interface DirectoryContext {
  t: Translate;
  lang: Lang;
  q: string;
  role: string;
  onSearch: (q: string, role: string) => void;
  onPage: (page: number) => void;
}

function person(t: Translate, lang: Lang, r: Reporter): TemplateResult {
  const from = formatDate(r.termStart, lang);
  return html`<li class="person" part="reporter">
    <strong class="person-name">${r.name}</strong>
    <span>${t(`role.${r.role}`)}${r.position ? html` · ${r.position}` : nothing}</span>
    <span>${r.unitName}</span>
    <span>${t('directory.fields')}: ${r.fields.map((f) => t(`core:field.${f}`)).join(', ')}</span>
    <span class="muted">
      ${r.termEnd
        ? t('directory.termTo', { from, to: formatDate(r.termEnd, lang) })
        : t('directory.term', { from })}
    </span>
  </li>`;
}

/** The search form: words (diacritics optional, the server folds them) and a role. */
export function renderSearch(ctx: DirectoryContext): TemplateResult {
  const { t } = ctx;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    ctx.onSearch(String(data.get('q') ?? '').trim(), String(data.get('role') ?? ''));
  };
  return html`<form class="search" role="search" @submit=${submit}>
    <label>${t('directory.search')} <input type="search" name="q" .value=${ctx.q} maxlength="100" /></label>
    <label
      >${t('directory.role')}
      <select name="role">
        <option value="" ?selected=${!ctx.role}>${t('directory.allRoles')}</option>
        ${REPORTER_ROLES.map(
          (role) => html`<option value=${role} ?selected=${ctx.role === role}>${t(`role.${role}`)}</option>`,
        )}
      </select>
    </label>
    <button type="submit">${t('directory.submit')}</button>
  </form>`;
}

export function renderPeople(ctx: DirectoryContext, page: ReporterPage): TemplateResult {
  const { t, lang } = ctx;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return html`<p class="count" role="status">
      ${t('directory.count', { n: formatNumber(page.total, lang) })}
    </p>
    <ul class="people">
      ${page.items.map((r) => person(t, lang, r))}
    </ul>
    ${pages > 1
      ? html`<nav class="pager" aria-label=${t('directory.pages')}>
          <button type="button" ?disabled=${page.page <= 1} @click=${() => ctx.onPage(page.page - 1)}>
            <span aria-hidden="true">‹</span> ${t('directory.previous')}
          </button>
          <span
            >${t('directory.page', {
              page: formatNumber(page.page, lang),
              pages: formatNumber(pages, lang),
            })}</span
          >
          <button type="button" ?disabled=${page.page >= pages} @click=${() => ctx.onPage(page.page + 1)}>
            ${t('directory.next')} <span aria-hidden="true">›</span>
          </button>
        </nav>`
      : nothing}`;
}
