import { fixture, html, waitUntil } from '@open-wc/testing';
import '../src/admin-app.ts';
import type { PbgdplAdmin } from '../src/admin-app.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const api = `${location.origin}/api/v1`;

/** A fresh console: no token, no drafts, the start view. */
export async function mountConsole(): Promise<PbgdplAdmin> {
  sessionStorage.clear();
  document.documentElement.lang = 'vi';
  history.replaceState(null, '', location.pathname + location.search);
  return fixture<PbgdplAdmin>(html`<pbgdpl-admin api=${api}></pbgdpl-admin>`);
}

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The current view element inside `<main>`. */
export function view<T extends HTMLElement = HTMLElement>(app: PbgdplAdmin): T {
  return root(app).querySelector('main')!.firstElementChild as T;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** What a person choosing a file in a media picker's file dialog does. */
export function chooseFile(picker: Element, file: File): void {
  const input = $<HTMLInputElement>(picker, 'input[type=file]');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens a media picker's library and chooses the first entry; the address chosen. */
export async function pickFromLibrary(picker: HTMLElement & { value: string }): Promise<string> {
  button(picker, 'Chọn trong thư viện').click();
  await waitUntil(() => root(picker).querySelector('.library button'), 'library not listed', {
    timeout: 5000,
  });
  root(picker).querySelector<HTMLButtonElement>('.library button')!.click();
  await waitUntil(() => !root(picker).querySelector('.library') && picker.value, 'nothing chosen');
  return picker.value;
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const match = (b: Element) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent?.trim() ?? '');
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button, a.button')].find(match);
  if (!found) throw new Error(`button ${String(name)} not found in <${el.localName}>`);
  return found;
}

export async function signIn(app: PbgdplAdmin, token = ADMIN_TOKEN): Promise<void> {
  await waitUntil(() => root(app).querySelector('pbgdpl-admin-sign-in'), 'no sign-in form');
  const form = root(app).querySelector('pbgdpl-admin-sign-in')!;
  await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  $<HTMLInputElement>(form, '#token').value = token;
  $<HTMLButtonElement>(form, '#token-form button[type=submit]').click();
}

export async function signedIn(app: PbgdplAdmin): Promise<HTMLElement> {
  await signIn(app);
  // The start page is Việc của tôi (each person's own work); these tests begin at Văn bản.
  await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'start view did not open', {
    timeout: 5000,
  });
  return go(app, '#/documents', 'pbgdpl-admin-documents');
}

/** Opens a view by its fragment and waits for its element. */
export async function go<T extends HTMLElement>(app: PbgdplAdmin, hash: string, tag: string): Promise<T> {
  location.hash = hash;
  await waitUntil(() => view(app)?.localName === tag, `${tag} did not open`);
  // Views in chunks of their own (accounts, videos, statistics, workflow) upgrade when they arrive.
  await customElements.whenDefined(tag);
  const el = view<T>(app);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

export const unique = (prefix: string): string => `${prefix}${Math.random().toString(36).slice(2, 8)}`;

/** A real PNG, drawn by the browser. */
export async function pngBytes(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#0b3d91';
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/png' });
}
