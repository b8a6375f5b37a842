import type { WidgetSpec } from './manifest.ts';

/** Everything the webmaster chose; values are strings as typed, '' meaning "not set". */
export interface Choices {
  widget: WidgetSpec;
  attributes: Record<string, string>;
  /** Absolute API base, e.g. `https://pbgdpl.tayninh.gov.vn/api/v1`. */
  api: string;
  unit: string;
  lang: '' | 'vi' | 'en';
  /** Custom property → `#rrggbb`, only those that differ from the default. */
  colours: Record<string, string>;
  /** Pinned release: its loader address and SRI hash; absent: the always-newest loader. */
  pinned?: { version: string; integrity: string };
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Attributes that differ from the widget's defaults, in manifest order, ready for markup. */
export function elementAttributes(choices: Choices): [string, string][] {
  return choices.widget.attributes.flatMap((spec): [string, string][] => {
    const value = (choices.attributes[spec.name] ?? '').trim();
    if (spec.control.kind === 'checkbox') return value === 'true' ? [[spec.name, '']] : [];
    return value === '' || value === spec.defaultValue ? [] : [[spec.name, value]];
  });
}

/** The loader's address: the site's `/embed/pbgdpl.js`, or the pinned release's copy. */
export function loaderUrl(choices: Choices): string {
  const origin = new URL(choices.api).origin;
  return choices.pinned ? `${origin}/embed/${choices.pinned.version}/pbgdpl.js` : `${origin}/embed/pbgdpl.js`;
}

/** The theme as a rule for the site's stylesheet ('' when every colour is the default). */
export function themeCss(choices: Choices): string {
  const lines = Object.entries(choices.colours).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length === 0 ? '' : `${choices.widget.tag} {\n${lines.join('\n')}\n}`;
}

/** The exact block to paste: loader script tag, the element, and the theme when there is one. */
export function snippet(choices: Choices): string {
  const script = [
    `<script`,
    `  type="module"`,
    `  src="${escapeAttribute(loaderUrl(choices))}"`,
    ...(choices.pinned
      ? [`  integrity="${escapeAttribute(choices.pinned.integrity)}"`, `  crossorigin="anonymous"`]
      : []),
    `  data-api="${escapeAttribute(choices.api)}"`,
    ...(choices.unit ? [`  data-unit="${escapeAttribute(choices.unit)}"`] : []),
    ...(choices.lang ? [`  data-lang="${choices.lang}"`] : []),
    `></script>`,
  ].join('\n');
  const attributes = elementAttributes(choices)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const element = `<${choices.widget.tag}${attributes}></${choices.widget.tag}>`;
  const css = themeCss(choices);
  return [script, element, ...(css ? [`<style>\n${css}\n</style>`] : [])].join('\n');
}
