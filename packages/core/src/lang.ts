import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, type Lang } from './i18n.ts';

/** The nearest `lang` attribute, crossing shadow roots; `<html>` is left to the caller. */
function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      if (node === document.documentElement) return undefined;
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * Language for an element: its own or nearest ancestor's `lang` (a provider counts) > the
 * configured language (loader `data-lang`) > the document's `lang` > Vietnamese. The
 * configured language outranks `<html lang>` because many CMS themes ship `lang="en"` on
 * Vietnamese pages.
 */
export function resolveLang(element: Element, configured?: string): Lang {
  return (
    toLang(nearestLang(element)) ??
    toLang(configured) ??
    toLang(document.documentElement.getAttribute('lang')) ??
    'vi'
  );
}

type LangHost = ReactiveControllerHost & Element;
const hosts = new Set<LangHost>();
let observer: MutationObserver | undefined;

/** Re-renders its host when any `lang` attribute on the page changes (one observer per page). */
export class LangObserver implements ReactiveController {
  readonly #host: LangHost;

  constructor(host: LangHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) {
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
