import { loaderSettings } from '@pbgdpl/core/loader-settings';
import { reservedSpaceCss } from './reserved-space.ts';
import { widgetChunks } from './widgets.ts';

/**
 * The one script a webmaster pastes. It reads its own `data-api`, `data-lang` and
 * `data-unit`, watches the page for `pbgdpl-*` tags (now and later) and imports only the
 * chunks those tags need. It must stay a few KB: no Lit, no runtime here.
 */
declare const __PBGDPL_VERSION__: string;

const settings = loaderSettings();
const alreadyRunning = settings.versions.includes(__PBGDPL_VERSION__);
settings.versions.push(__PBGDPL_VERSION__);

if (!alreadyRunning) {
  // The first loader's script tag decides; a second copy (two CMS blocks) changes nothing.
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
    (candidate) => candidate.src === import.meta.url,
  );
  settings.api ??= script?.dataset.api || new URL(/* @vite-ignore */ '/api/v1', import.meta.url).href;
  settings.lang ??= script?.dataset.lang;
  settings.unit ??= script?.dataset.unit;
  reserveSpace();
  watch();
}

/**
 * Keeps each widget's room before its chunk arrives. A constructed sheet, not a `<style>`:
 * a strict `style-src` allows it, and the host's DOM stays untouched.
 */
function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reservedSpaceCss());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed sheets (before Safari 16.4) still gets every widget, unreserved.
  }
}

function watch(): void {
  const pending = new Set(Object.keys(widgetChunks));
  const loadPresent = () => {
    for (const tag of pending) {
      if (customElements.get(tag)) pending.delete(tag);
      else if (document.getElementsByTagName(tag).length > 0) {
        pending.delete(tag);
        widgetChunks[tag]?.().catch((error: unknown) => {
          // The tag's fallback content stays in place; say why for whoever debugs the page.
          console.warn(`[pbgdpl] could not load <${tag}>`, error);
        });
      }
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(loadPresent);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  loadPresent();
}
