import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  FOOTNOTE_ID,
  IMAGE_SRC,
  SAFE_HTML_TAGS,
  SAFE_LINK,
  allowedAttribute,
} from '@pbgdpl/contract/html-policy';
import '../src/rich-text-editor.ts';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import type { ImeStep } from '../../test/support/browser-input.ts';
import { $, root } from './helpers.ts';

/** A rich-text field, its editor chunk loaded. */
export async function richText(value = '', label = 'Toàn văn'): Promise<PbgdplRichText> {
  const el = await fixture<PbgdplRichText>(
    html`<pbgdpl-rich-text label=${label} .value=${value}></pbgdpl-rich-text>`,
  );
  await ready(el);
  return el;
}

export async function ready(el: PbgdplRichText): Promise<void> {
  await waitUntil(() => root(el).querySelector('[role=toolbar]'), 'the editor did not load', {
    timeout: 5000,
  });
}

export const textbox = (el: PbgdplRichText): HTMLElement => $(el, '[role=textbox]');
export const tool = (el: PbgdplRichText, id: string): HTMLButtonElement =>
  $<HTMLButtonElement>(el, `[role=toolbar] button[data-tool="${id}"]`);

/** Real clipboard: the system clipboard holds `html` and `text`, then Ctrl+V into the focused text. */
export async function osPaste(el: PbgdplRichText, data: { html?: string; text?: string }): Promise<void> {
  el.focus();
  const before = el.value;
  await executeServerCommand('os-paste', { html: data.html ?? '', text: data.text ?? '' });
  await waitUntil(() => el.value !== before, 'the paste changed nothing', { timeout: 3000 });
}

/** Typing through Chromium's input-method path (composition events), as Telex or VNI does. */
export const ime = (steps: ImeStep[]) => executeServerCommand('ime', steps);

/** Telex keystrokes for one word, as the composition an IME shows after each key. */
export function telex(...shown: string[]): ImeStep[] {
  return [...shown.map((compose) => ({ compose })), { commit: shown.at(-1)! }];
}

export const fixtureText = async (name: string): Promise<string> =>
  (await fetch(new URL(`./fixtures/paste/${name}`, import.meta.url))).text();

/** Every element and attribute of `value` is in the allowlist; returns the parsed body to inspect. */
export function allowlisted(value: string): HTMLElement {
  const body = new DOMParser().parseFromString(value, 'text/html').body;
  for (const element of body.querySelectorAll('*')) {
    const tag = element.localName;
    if (!SAFE_HTML_TAGS.includes(tag)) throw new Error(`<${tag}> is not allowed: ${value}`);
    for (const { name, value: attribute } of element.attributes) {
      if (!allowedAttribute(tag, name)) throw new Error(`${name} on <${tag}> is not allowed: ${value}`);
      if (name === 'id' && !FOOTNOTE_ID.test(attribute)) throw new Error(`id ${attribute}`);
      if (name === 'href' && !SAFE_LINK.test(attribute)) throw new Error(`href ${attribute}`);
      if (name === 'src' && !IMAGE_SRC.test(attribute)) throw new Error(`src ${attribute}`);
    }
  }
  if (/mso-|<o:p|&nbsp;|\u00a0|<!--|class=|style=/i.test(value))
    throw new Error(`office junk left: ${value}`);
  return body;
}

/** The text of each element matching `selector`, a line break read as a space, spaces collapsed. */
export const texts = (body: Element, selector: string): string[] =>
  [...body.querySelectorAll(selector)].map((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
