import type { Choices } from './snippet.ts';
import { elementAttributes } from './snippet.ts';

/**
 * The live preview: the real widget element in the page's light DOM (the loader watches the
 * document, not shadow roots), loaded by the real loader of this server. The theme reaches it
 * through a constructable stylesheet: no `style=` attribute, which the page's CSP forbids.
 */
export class Preview {
  readonly host = document.createElement('div');
  private readonly sheet = new CSSStyleSheet();
  private key = '';

  constructor() {
    this.host.slot = 'preview';
    this.host.className = 'preview-host';
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    // The loader's address is fixed; import() needs no Trusted Types script URL.
    import(/* @vite-ignore */ new URL('/embed/pbgdpl.js', location.href).href).catch((error: unknown) =>
      console.warn('[configure] loader failed', error),
    );
  }

  /** Shows the widget as chosen; a new element only when its attributes changed. */
  show(choices: Choices): void {
    const attributes = elementAttributes(choices);
    if (choices.unit) attributes.push(['unit', choices.unit]);
    if (choices.lang) attributes.push(['lang', choices.lang]);
    const key = JSON.stringify([choices.widget.tag, attributes]);
    if (key !== this.key) {
      this.key = key;
      const element = document.createElement(choices.widget.tag);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      this.host.replaceChildren(element);
    }
    const declarations = Object.entries(choices.colours)
      .filter(([name, value]) => /^--pbgdpl-[a-z-]+$/.test(name) && /^#[0-9a-f]{6}$/i.test(value))
      .map(([name, value]) => `${name}: ${value};`);
    this.sheet.replaceSync(`.preview-host { ${declarations.join(' ')} }`);
  }
}
