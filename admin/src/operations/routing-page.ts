import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LegalField, QuestionRouting, UnitAnswerRight } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import './operations-i18n.ts';

/**
 * Chuyển câu hỏi (admin): the unit that receives the questions of each legal field when they
 * were not asked on a unit's site, and the units that publish their own answers (each box is
 * saved when ticked).
 */
export class PbgdplAdminQuestionRouting extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private routing: QuestionRouting | undefined;
  /** Field → unit id ('' for the editors), as chosen and not saved yet. */
  @state() private chosen = new Map<LegalField, string>();
  @state() private error = '';
  @state() private saving = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#load());
  }

  async #load(): Promise<void> {
    try {
      this.#show((await this.ctx.api.get('adminQuestionRouting', {})).data);
      this.error = '';
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #show(routing: QuestionRouting): void {
    this.routing = routing;
    this.chosen = new Map(routing.fields.map((route) => [route.field, route.unit?.id ?? '']));
  }

  async #save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    this.saving = true;
    const fields = [...this.chosen].flatMap(([field, unit]) => (unit ? [{ field, unit }] : []));
    try {
      this.#show(await this.ctx.api.send('adminQuestionRoutingUpdate', { body: { fields } }));
      this.error = '';
      this.ctx.announce(this.t('admin-ops:routing.saved'));
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
    this.saving = false;
  }

  async #setRight(right: UnitAnswerRight, box: HTMLInputElement): Promise<void> {
    const publishesAnswers = box.checked;
    try {
      await this.ctx.api.send('adminUnitAnswerRight', {
        params: { unit: right.unit.id },
        body: { publishesAnswers },
      });
      right.publishesAnswers = publishesAnswers;
      this.error = '';
      const key = publishesAnswers ? 'granted' : 'withdrawn';
      this.ctx.announce(this.t(`admin-ops:routing.${key}`, { unit: right.unit.name }));
    } catch (error) {
      box.checked = !publishesAnswers;
      this.error = failureMessage(this.t, error);
    }
  }

  protected override render() {
    const { t } = this;
    const k = (key: string) => t(`admin-ops:routing.${key}`);
    const routing = this.routing;
    const error = this.error ? html`<p class="notice" role="alert">${this.error}</p>` : nothing;
    if (!routing)
      return html`<h1 tabindex="-1">${k('title')}</h1>
        ${error || html`<p role="status">${t('core:loading')}</p>`}`;
    return html`<h1 tabindex="-1">${k('title')}</h1>
      <p>${k('intro')}</p>
      ${error}
      <form @submit=${(event: Event) => this.#save(event)}>
        <table>
          <caption>
            ${k('byField')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${k('field')}</th>
              <th scope="col">${k('unit')}</th>
            </tr>
          </thead>
          <tbody>
            ${routing.fields.map(
              ({ field }) =>
                html`<tr>
                  <th scope="row"><label for="route-${field}">${t(`core:field.${field}`)}</label></th>
                  <td>
                    <select
                      id="route-${field}"
                      @input=${(event: Event) => {
                        this.chosen = new Map(this.chosen).set(
                          field,
                          (event.target as HTMLSelectElement).value,
                        );
                      }}
                    >
                      <option value="" ?selected=${!this.chosen.get(field)}>${k('editors')}</option>
                      ${routing.units.map(
                        ({ unit }) =>
                          html`<option value=${unit.id} ?selected=${this.chosen.get(field) === unit.id}>
                            ${unit.name}
                          </option>`,
                      )}
                    </select>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
        <div class="form-actions">
          <button type="submit" class="primary" ?disabled=${this.saving}>${k('save')}</button>
        </div>
      </form>
      <fieldset>
        <legend><h2>${k('rights')}</h2></legend>
        <p>${k('rightsIntro')}</p>
        <div class="check-grid">
          ${routing.units.map(
            (right) =>
              html`<div class="field check">
                <input
                  type="checkbox"
                  id="right-${right.unit.id}"
                  .checked=${right.publishesAnswers}
                  @change=${(event: Event) => this.#setRight(right, event.target as HTMLInputElement)}
                />
                <label for="right-${right.unit.id}">${right.unit.name}</label>
              </div>`,
          )}
        </div>
      </fieldset>`;
  }
}

defineElement('pbgdpl-admin-question-routing', PbgdplAdminQuestionRouting);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-question-routing': PbgdplAdminQuestionRouting;
  }
}
