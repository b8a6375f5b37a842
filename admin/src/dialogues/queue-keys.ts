import { html, type TemplateResult } from 'lit';
import type { Translate } from '@pbgdpl/core';

/** What a key does in the moderation queue. */
export type QueueCommand =
  | 'next'
  | 'previous'
  | 'accept'
  | 'merge'
  | 'reject'
  | 'in-session'
  | 'write'
  | 'publish'
  | 'close';

/** The keys, as the page lists them (the arrows move too, as in any list). */
export const QUEUE_KEYS: ReadonlyArray<[key: string, command: QueueCommand]> = [
  ['j', 'next'],
  ['k', 'previous'],
  ['a', 'accept'],
  ['m', 'merge'],
  ['r', 'reject'],
  ['s', 'in-session'],
  ['w', 'write'],
  ['p', 'publish'],
  ['Escape', 'close'],
];

const BY_KEY = new Map<string, QueueCommand>([...QUEUE_KEYS, ['ArrowDown', 'next'], ['ArrowUp', 'previous']]);

/** Typing somewhere: a letter is text there, not a command. */
function typing(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The command of a key pressed in the list of questions, if any. Letters act only there
 * (WCAG 2.1.4: single-key shortcuts only while the list has focus), never while typing or with
 * a modifier held (the browser's and the screen reader's own keys).
 */
export function queueCommand(event: KeyboardEvent): QueueCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return undefined;
  return BY_KEY.get(event.key.length === 1 ? event.key.toLowerCase() : event.key);
}

/** The keys, written out on the page. */
export function queueKeyHelp(t: Translate): TemplateResult {
  return html`<section class="keys" aria-labelledby="keys-heading">
    <h2 id="keys-heading">${t('admin-dialogue:queue.keysHeading')}</h2>
    <p>${t('admin-dialogue:queue.keysIntro')}</p>
    <dl>
      ${QUEUE_KEYS.map(
        ([key]) =>
          html`<div>
            <dt><kbd>${key === 'Escape' ? 'Esc' : key}</kbd></dt>
            <dd>${t(`admin-dialogue:queue.keys.${key}`)}</dd>
          </div>`,
      )}
    </dl>
  </section>`;
}
