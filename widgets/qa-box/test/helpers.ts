import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PbgdplQaBox } from '../src/qa-box.ts';

export const api = `${location.origin}/api/v1`;
export const startUrl = location.href;

export const root = (el: PbgdplQaBox) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: PbgdplQaBox, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: PbgdplQaBox, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
export const active = (el: PbgdplQaBox) => root(el).activeElement as HTMLElement | null;
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until a condition holds, then for the element's render. */
export async function until(el: PbgdplQaBox, condition: () => unknown, what: string, timeout = 8000) {
  await waitUntil(condition, what, { timeout });
  await el.updateComplete;
}

/** The list settled (items, empty or error), not the skeleton. */
export const listSettled = (el: PbgdplQaBox) =>
  !$(el, '.skeleton') && Boolean($(el, '.item, .state.empty, .state.error'));

export async function mount(template: TemplateResult, settled: (el: PbgdplQaBox) => unknown = listSettled) {
  const el = await fixture<PbgdplQaBox>(template);
  await until(el, () => settled(el), 'the widget did not settle');
  return el;
}

/** Sets a form control as a person would (the input event the widget listens to). */
export function fill(el: PbgdplQaBox, id: string, value: string | boolean) {
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

export interface Draft {
  name: string;
  email: string;
  phone: string;
  field: string;
  title: string;
  body: string;
}

/** A question that passes every check; `tag` keeps each test's question apart. */
export const validDraft = (tag: string): Draft => ({
  name: 'Nguyễn Thị Lan',
  email: 'lan.nguyen@example.com',
  phone: '0912 345 678',
  field: 'hon-nhan-gia-dinh',
  title: `Thủ tục đăng ký kết hôn ${tag}`,
  body: `Tôi muốn hỏi về thủ tục đăng ký kết hôn tại Ủy ban nhân dân xã, cần những giấy tờ gì? (${tag})`,
});

export function fillDraft(el: PbgdplQaBox, draft: Draft, consent = true) {
  for (const [id, value] of Object.entries(draft)) fill(el, id, value);
  if (consent) fill(el, 'consent', true);
}

/** The ask tab with its consent texts loaded. */
export const formReady = (el: PbgdplQaBox) => Boolean($(el, '#consent'));
